/**
 * The working-day table behind every calendar: one byte per day, prefix sums of working days, and
 * the position of every working day, so that each question is a few array reads.
 *
 *   working[i]  1 when day `first + i` is a working day
 *   codes[i]    the day's kind and flags (see DayCode)
 *   cum[i]      working days among days first .. first + i - 1 (cum[0] = 0, cum[size] = total)
 *   select[k]   index of the k-th working day (0-based)
 *
 * `addWorkingDays` is `select[cum[i + 1] + n - 1]`, `workingDaysBetween` is a difference of two `cum`
 * entries: the cost does not depend on n or on the length of the span.
 */
import type { DayNumber } from '../time/civil-date.js';

/** Kinds of day, stored in the low three bits of a day code. */
export const DayCode = {
  WORKDAY: 0,
  WEEKEND: 1,
  HOLIDAY: 2,
  MAKEUP_WORKDAY: 3,
  COMPANY_DAY_OFF: 4,
  COMPANY_WORKDAY: 5,
  KIND_MASK: 0b111,
  /** The day's status is an estimate (beyond official coverage, weekends only). */
  ESTIMATED: 0b1000,
  /** The day is official but a future notice may still move it (last days of the newest year). */
  PROVISIONAL: 0b1_0000,
} as const;

/** Whether a day kind (code without flags) is a working day. */
export function isWorkingKind(kind: number): boolean {
  return kind === DayCode.WORKDAY || kind === DayCode.MAKEUP_WORKDAY || kind === DayCode.COMPANY_WORKDAY;
}

/**
 * A table over the days [first, first + size).
 */
export class DayTable {
  readonly working: Uint8Array;
  readonly codes: Uint8Array;
  readonly cum: Int32Array;
  readonly select: Int32Array;
  readonly total: number;

  constructor(
    readonly first: DayNumber,
    readonly size: number,
    code: (day: DayNumber) => number,
  ) {
    const working = new Uint8Array(size);
    const codes = new Uint8Array(size);
    const cum = new Int32Array(size + 1);
    let total = 0;
    for (let i = 0; i < size; i++) {
      const c = code(first + i);
      codes[i] = c;
      const w = isWorkingKind(c & DayCode.KIND_MASK) ? 1 : 0;
      working[i] = w;
      cum[i] = total;
      total += w;
    }
    cum[size] = total;
    const select = new Int32Array(total);
    for (let i = 0, k = 0; i < size; i++) if (working[i] === 1) select[k++] = i;
    this.working = working;
    this.codes = codes;
    this.cum = cum;
    this.select = select;
    this.total = total;
  }

  /** One past the last day of the table. */
  get end(): DayNumber {
    return this.first + this.size;
  }
}
