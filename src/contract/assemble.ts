/**
 * From a structurally valid definition to typed, normalised rules: calendars and service hours
 * built, durations parsed, conditions compiled, money exact, references resolved. Every problem is
 * recorded (with its path) rather than thrown, so a definition is reported on in one pass.
 */

import { compareDecimal, type Decimal, decimal, type RoundingMode } from '../billing/decimal.js';
import { currencyExponent, type Money, money } from '../billing/money.js';
import type { BillingTerms, CreditTier, DueRule, ProrationRule } from '../billing/terms.js';
import { calendarEngine, type TableCalendar, type WorkingDayCalendar } from '../calendar/calendar.js';
import { chinaCalendarReading } from '../calendar/china.js';
import type { RegionCalendarFactory } from '../calendar/region-options.js';
import { deadlineContext } from '../clock/deadline.js';
import { type Duration, formatDuration, parseDuration } from '../clock/duration.js';
import { type HoursEngine, hoursEngineFromSpec, type ServiceHoursSpec } from '../clock/service-hours.js';
import { ContractTermsError, HolidayNoticeError, type IssuePath } from '../errors/errors.js';
import type { MessageCode } from '../errors/messages.js';
import { DEFAULT_LIMITS, type Limits } from '../limits/limits.js';
import { type CompiledCondition, safeCompileCondition } from '../rules/condition.js';
import {
  type EventMatcher,
  type Measure,
  type ReplyAuthor,
  type ResponseStops,
  type SlaTarget,
  TICKET_STATUSES,
  type TicketStatus,
} from '../sla/target.js';
import { type StatusNames, statusKey } from '../sla/ticket.js';
import { ownString } from '../sla/vocabulary.js';
import { type DayNumber, MS_PER_DAY, parseCivilDate, yearOfDay } from '../time/civil-date.js';
import { type TimeZone, timeZone } from '../time/zone.js';
import { IssueList } from './issues.js';
import type {
  ContractDefinition,
  DueRuleDefinition,
  HoursDefinition,
  MeasureDefinition,
  TargetDefinition,
} from './schema.js';

/**
 * A channel of the contract's scope, resolved, with its hours engine. Contract shows it as the public
 * view `Channel` (contract/views.ts).
 */
export interface ChannelRules {
  id: string;
  kind: 'chat' | 'phone' | 'email' | 'form' | 'social' | 'other';
  name: string | undefined;
  hours: HoursEngine | undefined;
  languages: string[];
}

/**
 * Everything the contract's engines need, resolved.
 */
export interface Assembled {
  definition: ContractDefinition;
  zone: TimeZone;
  /** Undefined when the definition has no `signedOn` (an SLA-only definition). */
  signedOn: DayNumber | undefined;
  /** Undefined when the definition has no `term`. */
  termStart: DayNumber | undefined;
  termEnd: DayNumber | undefined;
  calendars: Map<string, TableCalendar>;
  hours: Map<string, HoursEngine>;
  channels: Map<string, ChannelRules>;
  targets: SlaTarget[];
  /** The status vocabulary: the built-in names and the definition's `statuses`, by statusKey. */
  statusNames: StatusNames;
  billing: BillingTerms | undefined;
}

const WEEKDAY_NUMBERS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** Builds the rules of a definition; returns undefined when an error was recorded. */
export function assemble(
  def: ContractDefinition,
  issues: IssueList,
  readFile?: (name: string) => string,
  limits: Pick<Limits, 'conditionSteps'> = DEFAULT_LIMITS,
  regionCalendar?: RegionCalendarFactory,
): Assembled | undefined {
  const zone = issues.attempt(['timeZone'], () => timeZone(def.timeZone));
  const day = (value: string, path: IssuePath) => issues.attempt(path, () => parseCivilDate(value));
  const signedOn = def.signedOn === undefined ? undefined : day(def.signedOn, ['signedOn']);
  const termStart = def.term === undefined ? undefined : day(def.term.start, ['term', 'start']);
  const termEnd = def.term === undefined ? undefined : day(def.term.end, ['term', 'end']);
  if (def.term !== undefined && termStart !== undefined && termEnd !== undefined && termEnd < termStart) {
    issues.error('term_order', { start: def.term.start, end: def.term.end }, ['term', 'end']);
  }
  // Which dates read well: the money sections need them (an SLA-only definition has none).
  const datesRead =
    (def.signedOn === undefined || signedOn !== undefined) &&
    (def.term === undefined || (termStart !== undefined && termEnd !== undefined));

  const calendars = buildCalendars(def, issues, readFile, regionCalendar);
  const defaultCalendar = calendars.size === 1 ? [...calendars.values()][0] : undefined;
  // The only calendar defined failed to build (reported once): what would count on it is skipped,
  // rather than reported again as "needs a calendar".
  const defaultFailed = Object.keys(def.calendars ?? {}).length === 1 && calendars.size === 0;
  const hours = buildHours(def, zone, calendars, issues);
  const channels = buildScope(def, hours, issues);
  const statusNames = buildStatusNames(def, issues);
  const targets =
    zone === undefined
      ? []
      : buildTargets(
          def,
          zone,
          calendars,
          defaultCalendar,
          defaultFailed,
          hours,
          statusNames,
          issues,
          limits,
        );
  warnResponseLongerThanResolution(def, targets, issues);
  const billing =
    zone === undefined || !datesRead
      ? undefined
      : buildBilling(
          def,
          { zone, signedOn, termStart, termEnd },
          calendars,
          defaultCalendar,
          defaultFailed,
          channels,
          issues,
        );
  if (termStart !== undefined && termEnd !== undefined)
    warnCoverage(def, calendars, termStart, termEnd, issues);

  if (issues.hasErrors || zone === undefined || !datesRead) return undefined;
  return {
    definition: def,
    zone,
    signedOn,
    termStart,
    termEnd,
    calendars,
    hours,
    channels,
    targets,
    statusNames,
    billing,
  };
}

/**
 * The status vocabulary: every built-in status under its own name, and the definition's names
 * (`statuses`), compared case and width insensitive; two names that compare equal must agree.
 */
function buildStatusNames(def: ContractDefinition, issues: IssueList): StatusNames {
  const names = new Map<string, TicketStatus>(TICKET_STATUSES.map((s) => [s, s]));
  const written = new Map<string, string>(TICKET_STATUSES.map((s) => [s, s]));
  for (const [name, status] of Object.entries(def.statuses ?? {})) {
    const key = statusKey(name);
    const known = names.get(key);
    if (known !== undefined && known !== status) {
      issues.error('status_name_clash', { name, other: written.get(key)!, status, otherStatus: known }, [
        'statuses',
        name,
      ]);
      continue;
    }
    names.set(key, ownString(status, TICKET_STATUSES));
    written.set(key, name);
  }
  return names;
}

/**
 * Runs `fn` on a value found at `path`, turning a library error into issues at the full path: the
 * error's own path is relative to the value given (`daysOff[0]`), so `path` goes before it.
 */
function attemptWithin<T>(issues: IssueList, path: IssuePath, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof ContractTermsError)) throw error;
    const before = issues.items.length;
    issues.fromError(error, path);
    if (error.path.length > 0)
      for (let i = before; i < issues.items.length; i++) {
        const issue = issues.items[i]!;
        issues.items[i] = { ...issue, path: [...path, ...issue.path] };
      }
    return undefined;
  }
}

function unknown(
  issues: IssueList,
  kind: string,
  name: string,
  known: Iterable<string>,
  path: IssuePath,
): void {
  issues.error('unknown_reference', { kind, name, known: [...new Set(known)].join(', ') }, path);
}

function checkUnique(
  issues: IssueList,
  kind: string,
  items: ReadonlyArray<{ id: string }>,
  path: IssuePath,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) issues.error('duplicate_id', { kind, id: item.id }, [...path, i, 'id']);
    seen.add(item.id);
  });
}

// ---- calendars and hours ----

function buildCalendars(
  def: ContractDefinition,
  issues: IssueList,
  readFile: ((name: string) => string) | undefined,
  regionCalendar: RegionCalendarFactory | undefined,
): Map<string, TableCalendar> {
  const defs = def.calendars ?? {};
  const built = new Map<string, TableCalendar>();
  const resolving = new Set<string>();
  const failed = new Set<string>();
  const resolve = (name: string): TableCalendar | undefined => {
    const done = built.get(name);
    if (done !== undefined || failed.has(name)) return done;
    const spec = defs[name]!;
    const path = ['calendars', name];
    if (resolving.has(name)) {
      issues.error('reference_cycle', { name }, [...path, 'base']);
      failed.add(name);
      return undefined;
    }
    resolving.add(name);
    let base: WorkingDayCalendar | undefined;
    switch (spec.type) {
      case 'china':
        base = chinaFromDefinition(spec, path, issues, readFile);
        break;
      case 'region':
        // date-holidays comes with the factory (contract-terms/regions), never with the parser.
        if (regionCalendar === undefined) {
          issues.error('region_calendar_needs_import', { region: spec.region }, [...path, 'region']);
          break;
        }
        base = issues.attempt([...path, 'region'], () =>
          regionCalendar(spec.region, {
            ...(spec.weekend === undefined ? {} : { weekend: spec.weekend.map((d) => WEEKDAY_NUMBERS[d]!) }),
            ...(spec.holidayTypes === undefined ? {} : { holidayTypes: spec.holidayTypes }),
          }),
        );
        break;
      case 'derived':
        if (!Object.hasOwn(defs, spec.base))
          unknown(issues, 'calendar', spec.base, Object.keys(defs), [...path, 'base']);
        else base = resolve(spec.base);
        break;
    }
    resolving.delete(name);
    if (base !== undefined && (spec.daysOff !== undefined || spec.workingDays !== undefined)) {
      const overrides = {
        ...(spec.daysOff ? { daysOff: spec.daysOff } : {}),
        ...(spec.workingDays ? { workingDays: spec.workingDays } : {}),
      };
      base = attemptWithin(issues, path, () => base!.with(overrides));
    }
    if (base === undefined) {
      failed.add(name);
      return undefined;
    }
    const engine = calendarEngine(base);
    built.set(name, engine);
    return engine;
  };
  for (const name of Object.keys(defs)) resolve(name);
  return built;
}

/** A China calendar of the definition, its notice files read and every notice issue reported. */
function chinaFromDefinition(
  spec: Extract<NonNullable<ContractDefinition['calendars']>[string], { type: 'china' }>,
  path: IssuePath,
  issues: IssueList,
  readFile: ((name: string) => string) | undefined,
): WorkingDayCalendar | undefined {
  const texts: string[] = [];
  let unreadable = false;
  (spec.notices ?? []).forEach((file, i) => {
    const at = [...path, 'notices', i];
    if (readFile === undefined) {
      issues.error('notice_file_unreadable', { file, reason: 'no-reader' }, at);
      unreadable = true;
      return;
    }
    try {
      texts.push(readFile(file));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      issues.error('notice_file_unreadable', { file, reason: 'failed', detail }, at);
      unreadable = true;
    }
  });
  if (unreadable) return undefined;
  try {
    const { calendar, warnings } = chinaCalendarReading({
      ...(spec.beyondCoverage === undefined ? {} : { beyondCoverage: spec.beyondCoverage }),
      ...(spec.makeUpWorkingDays === undefined ? {} : { makeUpWorkingDays: spec.makeUpWorkingDays }),
      ...(spec.extraYears === undefined ? {} : { extraYears: spec.extraYears }),
      notices: texts,
    });
    for (const warning of warnings) {
      issues.warning(warning.code, warning.params as never, [...path, ...warning.path]);
    }
    return calendar;
  } catch (error) {
    if (error instanceof HolidayNoticeError) {
      for (const issue of error.issues) {
        issues.add(issue.severity, issue.code as MessageCode, issue.params as never, [
          ...path,
          ...issue.path,
        ]);
      }
      return undefined;
    }
    if (error instanceof ContractTermsError) {
      issues.fromError(error, [...path, 'extraYears']);
      return undefined;
    }
    throw error;
  }
}

function calendarRef(
  name: string | undefined,
  def: ContractDefinition,
  calendars: Map<string, TableCalendar>,
  issues: IssueList,
  path: IssuePath,
): TableCalendar | undefined {
  if (name === undefined) return undefined;
  const defs = def.calendars ?? {};
  if (!Object.hasOwn(defs, name)) unknown(issues, 'calendar', name, Object.keys(defs), path);
  return calendars.get(name);
}

function buildHours(
  def: ContractDefinition,
  zone: TimeZone | undefined,
  calendars: Map<string, TableCalendar>,
  issues: IssueList,
): Map<string, HoursEngine> {
  const built = new Map<string, HoursEngine>();
  for (const [name, spec] of Object.entries(def.hours ?? {})) {
    const path = ['hours', name];
    const engine = hoursFrom(spec, def, zone, calendars, issues, path);
    if (engine !== undefined) built.set(name, engine);
  }
  return built;
}

function hoursFrom(
  spec: HoursDefinition,
  def: ContractDefinition,
  zone: TimeZone | undefined,
  calendars: Map<string, TableCalendar>,
  issues: IssueList,
  path: IssuePath,
): HoursEngine | undefined {
  if (spec === '24x7') {
    return zone === undefined
      ? undefined
      : issues.attempt(path, () => hoursEngineFromSpec({ timeZone: zone.id, windows: '24x7' }, path));
  }
  const zoneId = spec.timeZone ?? zone?.id;
  if (zoneId === undefined) return undefined;
  const calendar = calendarRef(spec.calendar, def, calendars, issues, [...path, 'calendar']);
  if (spec.calendar !== undefined && calendar === undefined) return undefined;
  const full: ServiceHoursSpec = { timeZone: zoneId };
  if (calendar !== undefined) full.calendar = calendar;
  if (spec.days !== undefined) full.days = spec.days;
  if (spec.windows !== undefined) full.windows = spec.windows;
  if (spec.rules !== undefined) full.rules = spec.rules;
  if (spec.exceptions !== undefined) full.exceptions = spec.exceptions;
  if (spec.serviceDayLength !== undefined) full.serviceDayLength = spec.serviceDayLength;
  // The full path of the hours, so that a problem inside them is found at its line (hours.chat.windows[0]).
  return issues.attempt(path, () => hoursEngineFromSpec(full, path));
}

function hoursRef(
  name: string | undefined,
  def: ContractDefinition,
  hours: Map<string, HoursEngine>,
  issues: IssueList,
  path: IssuePath,
) {
  if (name === undefined) return undefined;
  const defs = def.hours ?? {};
  if (!Object.hasOwn(defs, name)) unknown(issues, 'hours', name, Object.keys(defs), path);
  return hours.get(name);
}

function buildScope(
  def: ContractDefinition,
  hours: Map<string, HoursEngine>,
  issues: IssueList,
): Map<string, ChannelRules> {
  const channels = new Map<string, ChannelRules>();
  if (def.scope === undefined) return channels;
  checkUnique(issues, 'channel', def.scope.channels, ['scope', 'channels']);
  def.scope.channels.forEach((c, i) => {
    const engine = hoursRef(c.hours, def, hours, issues, ['scope', 'channels', i, 'hours']);
    channels.set(c.id, { id: c.id, kind: c.kind, name: c.name, hours: engine, languages: c.languages ?? [] });
  });
  const desks = def.scope.desks ?? [];
  checkUnique(issues, 'desk', desks, ['scope', 'desks']);
  desks.forEach((d, i) => {
    hoursRef(d.hours, def, hours, issues, ['scope', 'desks', i, 'hours']);
    (d.channels ?? []).forEach((c, j) => {
      if (!channels.has(c))
        unknown(issues, 'channel', c, channels.keys(), ['scope', 'desks', i, 'channels', j]);
    });
  });
  checkUnique(issues, 'service', def.scope.services ?? [], ['scope', 'services']);
  return channels;
}

// ---- service-level targets ----

const MEASURE_NAMES = ['first-response', 'next-response', 'resolution', 'phone-answer'] as const;

function normaliseMeasure(
  measure: MeasureDefinition,
  issues: IssueList,
  path: IssuePath,
): Measure | undefined {
  if (typeof measure === 'string') return { kind: ownString(measure, MEASURE_NAMES) };
  if ('milestone' in measure) return { kind: 'milestone', milestone: measure.milestone };
  const start = measure.start as EventMatcher[];
  const stop = measure.stop as EventMatcher[];
  const key = (list: EventMatcher[]) =>
    JSON.stringify(list.map((m) => [m.event, m.status ?? null, m.milestone ?? null]).sort());
  if (key(start) === key(stop)) {
    issues.error('start_equals_stop', {}, path);
    return undefined;
  }
  return {
    kind: 'custom',
    start,
    stop,
    pause: (measure.pause ?? []) as EventMatcher[],
    resume: (measure.resume ?? []) as EventMatcher[],
  };
}

function buildTargets(
  def: ContractDefinition,
  zone: TimeZone,
  calendars: Map<string, TableCalendar>,
  defaultCalendar: TableCalendar | undefined,
  defaultFailed: boolean,
  hours: Map<string, HoursEngine>,
  statusNames: StatusNames,
  issues: IssueList,
  limits: Pick<Limits, 'conditionSteps'>,
): SlaTarget[] {
  const defs = def.targets ?? [];
  checkUnique(issues, 'target', defs, ['targets']);
  const targets: SlaTarget[] = [];
  defs.forEach((t: TargetDefinition, i) => {
    const path = ['targets', i];
    let ok = true;
    let condition: SlaTarget['condition'];
    if (t.appliesTo !== undefined) {
      const compiled = safeCompileCondition(t.appliesTo, [...path, 'appliesTo'], {
        maxSteps: limits.conditionSteps,
      });
      if (compiled.ok) condition = compiled.condition;
      else {
        ok = false;
        for (const issue of compiled.issues) issues.error(issue.code, issue.params as never, issue.path);
      }
    }
    const measure = normaliseMeasure(t.measure, issues, [...path, 'measure']);
    const cells = tableCells(t, issues, path);
    // The service hours and the end of day: one value each, or maps from a ticket field's values
    // (the channel unless hoursBy names another field) with an optional default.
    const hoursMap: Record<string, string> | undefined = typeof t.hours === 'object' ? t.hours : undefined;
    const defaultHoursName: string | undefined = typeof t.hours === 'object' ? t.hours.default : t.hours;
    const endOfDayMap = typeof t.endOfDay === 'object' ? t.endOfDay : undefined;
    const defaultEndOfDay = typeof t.endOfDay === 'object' ? t.endOfDay.default : t.endOfDay;
    const field = t.hoursBy ?? 'channel';
    if (hoursMap !== undefined && !Object.hasOwn(hoursMap, 'default') && measure?.kind === 'phone-answer') {
      // Other values run without hours (and so end their days at midnight), except phone answers.
      issues.error('hours_map_default', {}, [...path, 'hours']);
      ok = false;
    }
    for (const [section, map] of [
      ['hours', hoursMap],
      ['endOfDay', endOfDayMap],
    ] as const) {
      if (map === undefined || field !== 'channel' || def.scope === undefined) continue;
      for (const key of Object.keys(map)) {
        if (key !== 'default' && !def.scope.channels.some((c) => c.id === key)) {
          unknown(
            issues,
            'channel',
            key,
            ['default', ...def.scope.channels.map((c) => c.id)],
            [...path, section, key],
          );
          ok = false;
        }
      }
    }
    const hoursNames = hoursMap === undefined ? [['', defaultHoursName] as const] : Object.entries(hoursMap);
    const engines = new Map<string, HoursEngine | undefined>();
    for (const [key, name] of hoursNames) {
      const engine = hoursRef(
        name,
        def,
        hours,
        issues,
        hoursMap === undefined ? [...path, 'hours'] : [...path, 'hours', key],
      );
      if (name !== undefined && engine === undefined) ok = false;
      engines.set(key, engine);
    }
    const targetHours = engines.get(hoursMap === undefined ? '' : 'default');
    const named = calendarRef(t.calendar, def, calendars, issues, [...path, 'calendar']);
    // Statuses in pauseWhile: the library's names, or the help desk's own (statuses).
    const pauseWhile = new Set<string>();
    (t.pauseWhile ?? []).forEach((status, j) => {
      const mapped = statusNames.get(statusKey(status));
      if (mapped === undefined) {
        issues.error(
          'unknown_status',
          { status, known: [...TICKET_STATUSES, ...Object.keys(def.statuses ?? {})].join(', ') },
          [...path, 'pauseWhile', j],
        );
        ok = false;
      } else pauseWhile.add(mapped);
    });
    if (t.stoppedBy !== undefined && measure !== undefined && measure.kind !== 'first-response') {
      issues.error('stopped_by_measure', { measure: measure.kind }, [...path, 'stoppedBy']);
      ok = false;
    }
    if (measure?.kind === 'phone-answer' && t.hours === undefined) {
      issues.error('target_needs_hours', { measure: 'phone-answer' }, [...path, 'hours']);
      ok = false;
    }
    if (measure === undefined || cells === undefined) ok = false;
    if (t.calendar !== undefined && named === undefined) ok = false;
    if (t.calendar === undefined && t.hours === undefined && defaultFailed) ok = false;
    if (!ok || measure === undefined || cells === undefined) return;

    /** The target (or one cell of its table) on one set of service hours. */
    const build = (
      cell: Cell,
      engine: HoursEngine | undefined,
      endOfDay: 'midnight' | 'close-of-business' | undefined,
      hoursNote: SlaTarget['hoursNote'],
    ): SlaTarget | undefined => {
      const calendar = named ?? engine?.engine ?? defaultCalendar;
      const options = {
        // Instants and the start day are read on the desk's own clock when the target has hours.
        timeZone: engine?.timeZone ?? zone.id,
        ...(calendar === undefined ? {} : { calendar }),
        ...(engine === undefined ? {} : { hours: engine }),
        ...(t.counting === undefined ? {} : { counting: t.counting }),
        ...(endOfDay === undefined ? {} : { endOfDay }),
      };
      const ctx = issues.attempt(cell.path, () => deadlineContext(cell.duration, options, cell.path));
      if (ctx === undefined) return undefined;
      if (cell.condition !== undefined && both(condition, cell.condition, issues, cell.path) === undefined)
        return undefined;
      return {
        id: cell.id ?? t.id,
        clause: t.clause,
        name: t.name,
        condition:
          cell.condition === undefined
            ? condition
            : (both(condition, cell.condition, new IssueList(), cell.path) ?? cell.condition),
        measure,
        duration: cell.duration,
        deadline: ctx,
        hours: engine,
        pauseWhile,
        onReopen: ownString(t.onReopen ?? 'resume', ['resume', 'new-cycle']),
        onReclassify: ownString(t.onReclassify ?? 'retroactive', ['retroactive', 'from-change']),
        repliesFrom: new Set<ReplyAuthor>(t.repliesFrom ?? ['agent']),
        ...(t.stoppedBy === undefined ? {} : { responseStops: responseStops(t.stoppedBy) }),
        ...(cell.note === undefined ? {} : { cellNote: cell.note }),
        ...(hoursNote === undefined ? {} : { hoursNote }),
        warnAt: [...new Set(t.warnAt ?? [])].sort((a, b) => a - b),
      };
    };
    const varies = hoursMap !== undefined || endOfDayMap !== undefined;
    /** What the explanation says of the terms for one value (null: the default). */
    const note = (value: string | null): SlaTarget['hoursNote'] => {
      if (!varies) return undefined;
      const pick = <V>(map: Record<string, V> | undefined, fallback: V | undefined) =>
        map === undefined ? undefined : value !== null && Object.hasOwn(map, value) ? map[value] : fallback;
      return {
        by: field,
        value,
        hours: hoursMap === undefined ? undefined : (pick(hoursMap, defaultHoursName) ?? null),
        endOfDay: pick(endOfDayMap, defaultEndOfDay),
      };
    };
    for (const cell of cells) {
      const base = build(cell, targetHours, defaultEndOfDay, note(null));
      if (base === undefined) continue;
      if (varies) {
        const map = new Map<string, SlaTarget>();
        const values = new Set([...Object.keys(hoursMap ?? {}), ...Object.keys(endOfDayMap ?? {})]);
        values.delete('default');
        for (const value of values) {
          const engine =
            hoursMap !== undefined && Object.hasOwn(hoursMap, value) ? engines.get(value) : targetHours;
          const endOfDay =
            endOfDayMap !== undefined && Object.hasOwn(endOfDayMap, value)
              ? endOfDayMap[value]
              : defaultEndOfDay;
          const variant = build(cell, engine, endOfDay, note(value));
          if (variant !== undefined) map.set(value, variant);
        }
        base.variants = { by: field, map };
      }
      targets.push(base);
    }
  });
  return targets;
}

/** A target, or one row of its table: its id, allowance and what selects it. */
interface Cell {
  id: string | undefined;
  duration: Duration;
  path: IssuePath;
  condition: CompiledCondition | undefined;
  note: SlaTarget['cellNote'];
}

/** The cells of a target: itself (with `within`), or one per row of its `table` (with `by`). */
function tableCells(t: TargetDefinition, issues: IssueList, path: IssuePath): Cell[] | undefined {
  const table = t.table;
  if (t.by === undefined && table === undefined) {
    if (t.within === undefined) {
      issues.error('target_allowance', { given: 'neither' }, [...path, 'within']);
      return undefined;
    }
    if (t.default !== undefined) {
      issues.error('target_allowance', { given: 'default' }, [...path, 'default']);
      return undefined;
    }
    const duration = issues.attempt([...path, 'within'], () => parseDuration(t.within!));
    return duration === undefined
      ? undefined
      : [{ id: undefined, duration, path, condition: undefined, note: undefined }];
  }
  if (t.by === undefined || table === undefined || t.within !== undefined) {
    issues.error(
      'target_allowance',
      { given: t.within !== undefined ? 'both' : t.by === undefined ? 'table' : 'by' },
      [...path, t.by === undefined ? 'table' : t.within !== undefined ? 'within' : 'by'],
    );
    return undefined;
  }
  const rows = Object.keys(table);
  if (rows.length === 0) {
    issues.error('schema_too_small', { minimum: '1', what: 'items' }, [...path, 'table']);
    return undefined;
  }
  if (t.default !== undefined && !rows.includes(t.default)) {
    unknown(issues, 'table row', t.default, rows, [...path, 'default']);
    return undefined;
  }
  const field = t.by;
  const cells: Cell[] = [];
  let ok = true;
  for (const row of rows) {
    const at = [...path, 'table', row];
    const duration = issues.attempt(at, () => parseDuration(table[row]!));
    if (duration === undefined) {
      ok = false;
      continue;
    }
    // The row's value as text, and as a number when the text is one (priority: 1 matches row "1").
    const values: unknown[] = [row];
    if (row.trim() !== '' && String(Number(row)) === row) values.push(Number(row));
    const isDefault = row === t.default;
    const logic = isDefault
      ? { or: [{ in: [{ var: field }, values] }, { in: [{ var: field }, [null, '']] }] }
      : { in: [{ var: field }, values] };
    const compiled = safeCompileCondition(logic, at);
    if (!compiled.ok) {
      for (const issue of compiled.issues) issues.error(issue.code, issue.params as never, issue.path);
      ok = false;
      continue;
    }
    cells.push({
      id: `${t.id}[${row}]`,
      duration,
      path: at,
      condition: compiled.condition,
      note: { by: field, row, isDefault },
    });
  }
  return ok ? cells : undefined;
}

/** Both conditions: the target's own `appliesTo` and its table row's (undefined, and issues, past the size limits). */
function both(
  a: CompiledCondition | undefined,
  b: CompiledCondition,
  issues: IssueList,
  path: IssuePath,
): CompiledCondition | undefined {
  if (a === undefined) return b;
  const compiled = safeCompileCondition({ and: [a.logic, b.logic] }, path);
  if (compiled.ok) return compiled.condition;
  for (const issue of compiled.issues) issues.error(issue.code, issue.params as never, issue.path);
  return undefined;
}

/** What stops a first-response clock, from `stoppedBy` (the library's own status strings). */
function responseStops(list: readonly string[]): ResponseStops {
  return {
    reply: list.includes('reply'),
    statuses: TICKET_STATUSES.filter(
      (s) => (s === 'awaiting-customer' || s === 'on-hold') && list.includes(s),
    ),
    solved: list.includes('solved'),
  };
}

/** A duration's nominal length, for comparing targets on different clocks (a warning, not a rule). */
function nominalMs(duration: Duration, hours: HoursEngine | undefined): number {
  switch (duration.kind) {
    case 'time':
      return duration.ms;
    case 'workingDays':
      return duration.days * (hours?.serviceDayMs ?? MS_PER_DAY);
    case 'days':
      return duration.days * MS_PER_DAY;
    case 'months':
      return duration.months * 30 * MS_PER_DAY;
  }
}

function warnResponseLongerThanResolution(
  def: ContractDefinition,
  targets: SlaTarget[],
  issues: IssueList,
): void {
  const isResponse = (t: SlaTarget) =>
    t.measure.kind === 'first-response' || t.measure.kind === 'next-response';
  const scope = (t: SlaTarget) => JSON.stringify(t.condition?.logic ?? null);
  for (const response of targets.filter(isResponse)) {
    for (const resolution of targets.filter((t) => t.measure.kind === 'resolution')) {
      const same = scope(response) === scope(resolution) || resolution.condition === undefined;
      if (!same) continue;
      if (nominalMs(response.duration, response.hours) > nominalMs(resolution.duration, resolution.hours)) {
        const index = (def.targets ?? []).findIndex((t) => t.id === response.id);
        issues.warning(
          'response_longer_than_resolution',
          {
            response: response.id,
            resolution: resolution.id,
            responseWithin: {
              en: formatDuration(response.duration, 'en'),
              zh: formatDuration(response.duration, 'zh'),
            },
            resolutionWithin: {
              en: formatDuration(resolution.duration, 'en'),
              zh: formatDuration(resolution.duration, 'zh'),
            },
          },
          ['targets', index, 'within'],
        );
      }
    }
  }
}

function warnCoverage(
  def: ContractDefinition,
  calendars: Map<string, TableCalendar>,
  termStart: number,
  termEnd: number,
  issues: IssueList,
): void {
  for (const [name, calendar] of calendars) {
    if (calendar.estimatesBeyondCoverage) continue;
    const { covered } = calendar.source;
    const years: number[] = [];
    for (let y = yearOfDay(termStart); y <= yearOfDay(termEnd); y++) {
      const first = parseCivilDate(`${String(y).padStart(4, '0')}-01-01`);
      const last = parseCivilDate(`${String(y).padStart(4, '0')}-12-31`);
      const inTerm = last >= termStart && first <= termEnd;
      if (inTerm && (first < covered.first || last > covered.last)) years.push(y);
    }
    if (years.length > 0) {
      issues.warning(
        'calendar_does_not_cover',
        {
          calendar: name,
          years: years.join(', '),
          coverage: `${calendar.coverage.start}..${calendar.coverage.end}`,
        },
        def.calendars !== undefined && Object.hasOwn(def.calendars, name) ? ['calendars', name] : [],
      );
    }
  }
}

// ---- money ----

function amountOf(
  spec: { amount?: string | number | undefined; amountMinor?: number | undefined },
  currency: string,
  issues: IssueList,
  path: IssuePath,
  names: [string, string] = ['amount', 'amountMinor'],
): Money | undefined {
  const text = spec.amount;
  const minor = spec.amountMinor;
  if ((text === undefined) === (minor === undefined)) {
    issues.error('amount_form', { given: text === undefined ? 'neither' : 'both' }, path);
    return undefined;
  }
  if (typeof text === 'number') {
    issues.error('amount_not_exact', { input: String(text), whole: Number.isInteger(text) }, [
      ...path,
      names[0],
    ]);
    return undefined;
  }
  if (text !== undefined) return issues.attempt([...path, names[0]], () => money(text, currency));
  return issues.attempt([...path, names[1]], () => money(BigInt(minor!), currency));
}

/** A share written as a percentage, per mille, per ten thousand or 万分之 (the lateFee.cap shorthand). */
const SHARE_TEXT = /^(?:\d+(?:\.\d+)?\s*[%％‰‱]|万分之.+|千分之.+|百分之.+)$/;

function rateOf(value: string | number, issues: IssueList, path: IssuePath): Decimal | undefined {
  if (typeof value === 'number') {
    issues.error('rate_not_exact', { input: String(value), whole: Number.isInteger(value) }, path);
    return undefined;
  }
  return issues.attempt(path, () => decimal(value));
}

function buildBilling(
  def: ContractDefinition,
  dates: {
    zone: TimeZone;
    signedOn: DayNumber | undefined;
    termStart: DayNumber | undefined;
    termEnd: DayNumber | undefined;
  },
  calendars: Map<string, TableCalendar>,
  defaultCalendar: TableCalendar | undefined,
  defaultFailed: boolean,
  channels: Map<string, ChannelRules>,
  issues: IssueList,
): BillingTerms | undefined {
  const fees = def.fees;
  for (const section of ['payment', 'lateFee', 'serviceCredits'] as const) {
    if (fees === undefined && def[section] !== undefined)
      issues.error('section_needs', { section, needs: 'fees' }, [section]);
  }
  // Billing months are the calendar months the term touches: fees without a term have none.
  if (fees !== undefined && def.term === undefined)
    issues.error('section_needs', { section: 'fees', needs: 'term' }, ['fees']);
  const exponent = fees === undefined ? undefined : currencyExponent(fees.currency);
  if (fees !== undefined && exponent === undefined)
    issues.attempt(['fees', 'currency'], () => money('0', fees.currency));
  // Without a usable currency amounts cannot be read, but every reference is still checked.
  const currency = fees !== undefined && exponent !== undefined ? fees.currency : undefined;
  checkUnique(issues, 'fee', fees?.recurring ?? [], ['fees', 'recurring']);
  const recurring = (fees?.recurring ?? []).map((fee, i) => ({
    id: fee.id,
    name: fee.name,
    clause: fee.clause,
    amount: currency === undefined ? undefined : amountOf(fee, currency, issues, ['fees', 'recurring', i]),
  }));
  const perUnit = (fees?.perUnit ?? []).map((fee, i) => ({
    id: fee.id,
    name: fee.name,
    clause: fee.clause,
    unit: fee.unit,
    price:
      currency === undefined
        ? undefined
        : amountOf(
            { amount: fee.price, amountMinor: fee.priceMinor },
            currency,
            issues,
            ['fees', 'perUnit', i],
            ['price', 'priceMinor'],
          ),
  }));
  const proration = fees?.proration;
  const first: ProrationRule =
    typeof proration === 'string' ? proration : (proration?.firstPeriod ?? 'by-calendar-days');
  const last: ProrationRule =
    typeof proration === 'string' ? proration : (proration?.lastPeriod ?? 'by-calendar-days');
  const rounding: RoundingMode = fees?.rounding ?? 'half-up';

  const dueRule = (
    rule: DueRuleDefinition,
    path: IssuePath,
    billing: 'in-advance' | 'in-arrears' | undefined,
  ): DueRule | undefined => {
    const named = calendarRef(rule.calendar, def, calendars, issues, [...path, 'calendar']);
    if (rule.calendar !== undefined && named === undefined) return undefined;
    // The only calendar failed to build (reported once): what needs it is left out, the rest checked.
    const noCalendar = rule.calendar === undefined && defaultFailed;
    const calendar = named ?? defaultCalendar;
    if ('dayOfMonth' in rule) {
      if (noCalendar) return undefined;
      return {
        kind: 'day-of-month',
        dayOfMonth: rule.dayOfMonth,
        month: rule.month,
        calendar,
        rollForward: rule.rollForward ?? true,
      };
    }
    const duration = issues.attempt([...path, 'within'], () => parseDuration(rule.within));
    if (duration === undefined) return undefined;
    // A due date is a civil date counted from a date: hours, or elapsed counting, have no moment to start from.
    if (duration.kind === 'time') {
      issues.error(
        'due_rule_days',
        { within: formatDuration(duration, 'en'), withinZh: formatDuration(duration, 'zh') },
        [...path, 'within'],
      );
      return undefined;
    }
    if (rule.counting === 'elapsed') {
      issues.error('due_rule_counting', {}, [...path, 'counting']);
      return undefined;
    }
    // Without `after`, the contract's billing says where a period's fee is counted from.
    const after =
      rule.after ??
      (billing === 'in-advance' ? 'period-start' : billing === 'in-arrears' ? 'period-end' : undefined);
    if (after === undefined) {
      issues.error('due_rule_after', { billing: path[0] === 'payment' }, [...path, 'after']);
      return undefined;
    }
    if (after === 'signing' && def.signedOn === undefined) {
      issues.error('section_needs', { section: 'after', needs: 'signedOn' }, [...path, 'after']);
      return undefined;
    }
    if (noCalendar) return undefined;
    const ctx = issues.attempt(path, () =>
      deadlineContext(
        duration,
        {
          timeZone: dates.zone.id,
          ...(calendar === undefined ? {} : { calendar }),
          ...(rule.counting === undefined ? {} : { counting: rule.counting }),
        },
        path,
      ),
    );
    if (ctx === undefined) return undefined;
    return rule.after === undefined && billing !== undefined
      ? { kind: 'after', after, deadline: ctx, fromBilling: billing }
      : { kind: 'after', after, deadline: ctx };
  };

  const payment = def.payment;
  const schedule: BillingTerms['schedule'] = [];
  if (payment !== undefined) {
    checkUnique(issues, 'payment rule', payment.schedule, ['payment', 'schedule']);
    payment.schedule.forEach((rule, i) => {
      const due = dueRule(rule.due, ['payment', 'schedule', i, 'due'], payment.billing);
      if (due !== undefined) schedule.push({ id: rule.id, clause: rule.clause, covers: rule.covers, due });
    });
  }

  let lateFee: BillingTerms['lateFee'];
  if (def.lateFee !== undefined) {
    const spec = def.lateFee;
    const dailyRate = rateOf(spec.dailyRate, issues, ['lateFee', 'dailyRate']);
    let cap: NonNullable<BillingTerms['lateFee']>['cap'];
    if (spec.cap !== undefined) {
      if (typeof spec.cap === 'string') {
        // The shorthand: a percentage is a share of the overdue amount; anything else is ambiguous.
        let share: Decimal | undefined;
        if (SHARE_TEXT.test(spec.cap.trim())) share = rateOf(spec.cap, issues, ['lateFee', 'cap']);
        else issues.error('late_fee_cap_form', { input: JSON.stringify(spec.cap) }, ['lateFee', 'cap']);
        if (share !== undefined) cap = { kind: 'share', share };
      } else if ('shareOfOverdue' in spec.cap) {
        const share = rateOf(spec.cap.shareOfOverdue, issues, ['lateFee', 'cap', 'shareOfOverdue']);
        if (share !== undefined) cap = { kind: 'share', share };
      } else if (currency !== undefined) {
        const amount = amountOf(spec.cap, currency, issues, ['lateFee', 'cap']);
        if (amount !== undefined) cap = { kind: 'amount', amount };
      }
    }
    if (dailyRate !== undefined)
      lateFee = { clause: spec.clause, dailyRate, cap, rounding: spec.rounding ?? rounding };
  }

  let credits: BillingTerms['credits'];
  if (def.serviceCredits !== undefined) {
    const spec = def.serviceCredits;
    const cap = spec.cap === undefined ? undefined : rateOf(spec.cap, issues, ['serviceCredits', 'cap']);
    checkUnique(issues, 'credit rule', spec.rules, ['serviceCredits', 'rules']);
    // A table target's rows are targets too (id[row]).
    const targetIds = (def.targets ?? []).flatMap((t) => [
      t.id,
      ...Object.keys(t.table ?? {}).map((row) => `${t.id}[${row}]`),
    ]);
    const rules = spec.rules.map((rule, i) => {
      const path = ['serviceCredits', 'rules', i];
      if (!targetIds.includes(rule.target))
        unknown(issues, 'target', rule.target, targetIds, [...path, 'target']);
      if (rule.channel !== undefined && !channels.has(rule.channel)) {
        unknown(issues, 'channel', rule.channel, channels.keys(), [...path, 'channel']);
      }
      const tiers: CreditTier[] = [];
      rule.tiers.forEach((tier, j) => {
        const at = [...path, 'tiers', j];
        if ((tier.below === undefined) === (tier.atOrBelow === undefined)) {
          issues.error('tier_threshold', { given: tier.below === undefined ? 'neither' : 'both' }, at);
          return;
        }
        const inclusive = tier.below === undefined;
        const threshold = rateOf((tier.below ?? tier.atOrBelow)!, issues, [
          ...at,
          inclusive ? 'atOrBelow' : 'below',
        ]);
        const credit = rateOf(tier.credit, issues, [...at, 'credit']);
        if (threshold !== undefined && credit !== undefined) tiers.push({ threshold, inclusive, credit });
      });
      // Widest first: a higher threshold, and at the same threshold "at or below" before "below".
      tiers.sort(
        (a, b) => compareDecimal(b.threshold, a.threshold) || Number(b.inclusive) - Number(a.inclusive),
      );
      for (let k = 1; k < tiers.length; k++) {
        const [wider, narrower] = [tiers[k - 1]!, tiers[k]!];
        if (
          (compareDecimal(wider.threshold, narrower.threshold) === 0 &&
            wider.inclusive === narrower.inclusive) ||
          compareDecimal(narrower.credit, wider.credit) < 0
        ) {
          issues.error('tiers_order', {}, [...path, 'tiers']);
          break;
        }
      }
      return { id: rule.id, clause: rule.clause, target: rule.target, channel: rule.channel, tiers };
    });
    credits = { clause: spec.clause, cap, rules };
  }

  const reporting: BillingTerms['reporting'] = [];
  checkUnique(issues, 'report', def.reporting ?? [], ['reporting']);
  (def.reporting ?? []).forEach((report, i) => {
    const due = dueRule(report.due, ['reporting', i, 'due'], undefined);
    if (due !== undefined) {
      reporting.push({
        id: report.id,
        name: report.name,
        clause: report.clause,
        period: report.period,
        due,
        contents: report.contents ?? [],
      });
    }
  });

  if (
    fees === undefined ||
    currency === undefined ||
    exponent === undefined ||
    dates.termStart === undefined ||
    dates.termEnd === undefined
  )
    return undefined;
  if (recurring.some((fee) => fee.amount === undefined) || perUnit.some((fee) => fee.price === undefined))
    return undefined;
  return {
    currency,
    exponent,
    zone: dates.zone,
    signedOn: dates.signedOn,
    termStart: dates.termStart,
    termEnd: dates.termEnd,
    calendar: defaultCalendar,
    recurring: recurring as BillingTerms['recurring'],
    perUnit: perUnit as BillingTerms['perUnit'],
    proration: { first, last },
    rounding,
    billing: payment?.billing,
    method: payment?.method,
    schedule,
    lateFee,
    credits,
    reporting,
  };
}
