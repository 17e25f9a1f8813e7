/**
 * The limits on what the library reads, in one table: each limit's name, default, unit and what it
 * bounds. Contract definitions and ticket files come from other companies and other systems, so
 * every size that could make a reader hang or run out of memory has a stated bound, enforced where
 * that input is read with a {@link LimitError} (or, inside a definition, an issue with the same
 * code) that names the limit, where it was crossed and how to raise it. The defaults are generous
 * for real contracts and help desks; `docs/limits.md` is this table in words.
 */
import { InvalidArgumentError, type IssuePath, LimitError } from '../errors/errors.js';

/**
 * Every limit, by name. Pass some of them as `limits` to `parseContract` (the contract keeps them for
 * its ticket evaluations), or `--limit name=N` to the command line.
 *
 * @example
 * const limits: Partial<Limits> = { ticketEvents: 200_000 };
 * //=> tickets with up to 200,000 events are read
 */
export interface Limits {
  /** Bytes (UTF-8) of a contract definition's text. Default 1,048,576 (1 MiB). */
  readonly contractBytes: number;
  /** Nesting levels of a definition (each mapping and list is one level). Default 64. */
  readonly contractDepth: number;
  /** Keys of mappings and items of lists in a definition, counted together. Default 50,000. */
  readonly contractKeys: number;
  /** Characters of one string in a definition (a title, a name, a clause). Default 10,000. */
  readonly stringLength: number;
  /** Service-level targets of a definition. Default 1,000. */
  readonly targets: number;
  /** Named calendars of a definition. Default 50. */
  readonly calendars: number;
  /** Windows and dated exceptions of one service-hours definition. Default 1,000. */
  readonly windows: number;
  /** Events of one ticket. Default 10,000. */
  readonly ticketEvents: number;
  /** Bytes of one line of a JSON Lines tickets file (command line). Default 16,777,216 (16 MiB). */
  readonly ticketLineBytes: number;
  /** Bytes of a payments CSV file, which is read whole (command line). Default 16,777,216 (16 MiB). */
  readonly paymentsBytes: number;
  /** Steps of work of one evaluation of a target's condition (a few microseconds). Default 500. */
  readonly conditionSteps: number;
  /** Pauses an explanation lists one by one; longer runs are summarised. Default 10. */
  readonly explanationPauses: number;
}

/** The name of a limit. */
export type LimitName = keyof Limits;

/** One row of the limits table. */
export interface LimitSpec {
  readonly name: LimitName;
  readonly default: number;
  /** What the number counts. */
  readonly unit:
    | 'bytes'
    | 'levels'
    | 'keys'
    | 'characters'
    | 'targets'
    | 'calendars'
    | 'windows'
    | 'events'
    | 'steps'
    | 'pauses';
  /** Whether the library reads what it bounds (`ticketLineBytes` and `paymentsBytes` are the command line's alone). */
  readonly option: boolean;
}

/**
 * The limits table, in the order `docs/limits.md` lists it.
 *
 * @example
 * LIMITS.map((limit) => limit.name).slice(0, 3)
 * //=> ['contractBytes', 'contractDepth', 'contractKeys']
 */
export const LIMITS: readonly LimitSpec[] = Object.freeze([
  { name: 'contractBytes', default: 1_048_576, unit: 'bytes', option: true },
  { name: 'contractDepth', default: 64, unit: 'levels', option: true },
  { name: 'contractKeys', default: 50_000, unit: 'keys', option: true },
  { name: 'stringLength', default: 10_000, unit: 'characters', option: true },
  { name: 'targets', default: 1_000, unit: 'targets', option: true },
  { name: 'calendars', default: 50, unit: 'calendars', option: true },
  { name: 'windows', default: 1_000, unit: 'windows', option: true },
  { name: 'ticketEvents', default: 10_000, unit: 'events', option: true },
  { name: 'ticketLineBytes', default: 16_777_216, unit: 'bytes', option: false },
  { name: 'paymentsBytes', default: 16_777_216, unit: 'bytes', option: false },
  { name: 'conditionSteps', default: 500, unit: 'steps', option: true },
  { name: 'explanationPauses', default: 10, unit: 'pauses', option: true },
] as const satisfies readonly LimitSpec[]);

/**
 * The default of every limit.
 *
 * @example
 * DEFAULT_LIMITS.ticketEvents
 * //=> 10000
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze(
  Object.fromEntries(LIMITS.map((limit) => [limit.name, limit.default])) as unknown as Limits,
);

/** The largest value a limit may be set to (beyond it, numbers stop being exact in JavaScript). */
const MAX_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * Whether a name is a limit's name.
 *
 * @example
 * [isLimitName('ticketEvents'), isLimitName('toString')]
 * //=> [true, false]
 */
export function isLimitName(name: string): name is LimitName {
  return Object.hasOwn(DEFAULT_LIMITS, name);
}

/**
 * The defaults with some limits changed, checked: an unknown name, or a value that is not a whole
 * number >= 1, is an `InvalidArgumentError` naming it (a limit is never silently ignored).
 *
 * @param given - The limits to change, as an object (own properties only are read).
 * @param path - Where `given` sits in the caller's options (prefixes the error's path).
 *
 * @example
 * resolveLimits({ ticketEvents: 200_000 }).ticketEvents
 * //=> 200000
 *
 * @example
 * resolveLimits({ tickets: 5 })
 * //=> throws InvalidArgumentError: limits.tickets: tickets must be one of the limits contractBytes, ..., got 5
 */
export function resolveLimits(given: unknown, path: IssuePath = ['limits']): Limits {
  if (given === undefined) return DEFAULT_LIMITS;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new InvalidArgumentError(
      'invalid_argument',
      { name: 'limits', expected: 'limits', input: given },
      path,
    );
  }
  const out: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const name of Object.keys(given)) {
    const value = (given as Record<string, unknown>)[name];
    if (!isLimitName(name)) {
      throw new InvalidArgumentError('invalid_argument', { name, expected: 'limit-name', input: value }, [
        ...path,
        name,
      ]);
    }
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_LIMIT) {
      throw new InvalidArgumentError(
        'invalid_argument',
        { name, expected: 'positive-whole-number', input: value },
        [...path, name],
      );
    }
    out[name] = value;
  }
  return Object.freeze(out as unknown as Limits);
}

/**
 * Throws the {@link LimitError} of a limit crossed: `actual` is what was found (or at least found,
 * with `atLeast`), `path` where.
 *
 * @example
 * exceed('ticketEvents', 12_000, 10_000, ['events'])
 * //=> throws LimitError: events: the ticket has 12,000 events, over the limit of 10,000 (ticketEvents; ...)
 */
export function exceed(
  limit: LimitName,
  actual: number,
  max: number,
  path: IssuePath = [],
  atLeast = false,
): never {
  throw new LimitError('limit_exceeded', { limit, actual, max, atLeast }, path);
}
