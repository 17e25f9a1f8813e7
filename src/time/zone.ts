/**
 * Time zones: the only module that knows about UTC offsets.
 *
 * Offsets come from the host's IANA database through `@date-fns/tz` (Intl), but Intl is slow (a
 * formatted string per call), so each zone keeps a table of its offset transitions, filled lazily
 * one year at a time, and answers `offsetAt` from that table: a one-entry cache, else a binary search.
 * Zones with a fixed offset (`UTC`, `+08:00`) never call Intl at all; zones whose offset no longer
 * changes (Asia/Shanghai since 1991) find every modern instant in one cached segment.
 */
import { tzOffset } from '@date-fns/tz';
import { InvalidTimeZoneError } from '../errors/errors.js';
import { type DayNumber, dayFromCivil, formatCivilDate, MS_PER_DAY } from './civil-date.js';
import type { EpochMs } from './instant.js';

/** Local wall-clock milliseconds: the local date and time read as if they were UTC. */
export type LocalMs = number;

/** A time zone with fast offset arithmetic. Obtain one with {@link timeZone}. */
export interface TimeZone {
  /** The canonical IANA name (or `UTC`, or a fixed offset such as `+08:00`). */
  readonly id: string;
  /** The UTC offset, in milliseconds, in force at a UTC instant. */
  offsetAt(instant: EpochMs): number;
  /** The wall-clock reading at an instant. */
  toLocal(instant: EpochMs): LocalMs;
  /**
   * The instant a wall-clock reading names: the first instant at which the local clock reads that
   * time or later. So a wall-clock time that occurs twice (a backward transition) means its first
   * occurrence, and one that does not exist (skipped by a forward transition) means the moment of
   * the jump: 02:30 on the spring-forward day in Los Angeles is 03:00 PDT, the instant the clock
   * passes 02:30. Service windows read this way contain exactly the instants whose wall-clock time
   * lies inside them (outside repeated hours).
   */
  toInstant(local: LocalMs): EpochMs;
  /** The local civil day number of an instant. */
  dayOf(instant: EpochMs): DayNumber;
  /** The instant at which a local civil day starts (its 00:00, or the first instant after a gap). */
  startOfDay(day: DayNumber): EpochMs;
  /** ISO 8601 with this zone's offset, e.g. `2025-10-09T11:00:00+08:00` (milliseconds when not zero). */
  format(instant: EpochMs): string;
  /** The offset when it is the same at every instant of [from, to], else `undefined`. */
  constantOffset(from: EpochMs, to: EpochMs): number | undefined;
}

const MINUTE = 60_000;
const WEEK = 7 * MS_PER_DAY;
/** Years the transition table is allowed to span; instants outside are answered by Intl directly. */
const TABLE_FIRST_MS = dayFromCivil(1900, 1, 1) * MS_PER_DAY;
const TABLE_END_MS = dayFromCivil(2200, 1, 1) * MS_PER_DAY;

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Writes an offset as `+08:00` (or `+05:45`, or `-03:30`; seconds only when the offset has them). */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.abs(Math.round(offsetMs / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${sign}${pad2(hours)}:${pad2(minutes)}${seconds === 0 ? '' : `:${pad2(seconds)}`}`;
}

/**
 * Writes a wall-clock reading and its offset as ISO 8601. The plain version of a zone's `format`
 * (which caches the text of recent minutes) and its test oracle.
 */
export function formatLocal(local: LocalMs, offsetMs: number): string {
  const day = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - day * MS_PER_DAY;
  const hours = Math.floor(msOfDay / 3_600_000);
  const minutes = Math.floor((msOfDay % 3_600_000) / MINUTE);
  const seconds = Math.floor((msOfDay % MINUTE) / 1000);
  const millis = msOfDay % 1000;
  const fraction = millis === 0 ? '' : `.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}`;
  return `${formatCivilDate(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}${fraction}${formatOffset(offsetMs)}`;
}

/** `00` to `99`. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
/** The fraction of a second as {@link formatLocal} writes it: nothing for 0, else `.001` to `.999`. */
const FRACTIONS: readonly string[] = Array.from({ length: 1000 }, (_, i) =>
  i === 0 ? '' : `.${String(i).padStart(3, '0')}`,
);
/** Slots of a zone's cache of formatted minutes (a power of two). */
const MINUTE_SLOTS = 512;

abstract class BaseZone implements TimeZone {
  /**
   * The cache behind {@link format}: the text up to the seconds (`2025-10-09T11:00:`) of the local
   * minutes formatted lately, by minute number modulo the slots, and the text of the last offset.
   * A memo of pure functions: what `format` returns never depends on what it formatted before
   * (a property in zone.test.ts compares it with {@link formatLocal} in random order).
   */
  private readonly minuteKeys = new Float64Array(MINUTE_SLOTS).fill(Number.NaN);
  private readonly minuteTexts: string[] = new Array<string>(MINUTE_SLOTS).fill('');
  private lastOffset = Number.NaN;
  private lastOffsetText = '';

  constructor(readonly id: string) {}
  abstract offsetAt(instant: EpochMs): number;
  abstract constantOffset(from: EpochMs, to: EpochMs): number | undefined;

  toLocal(instant: EpochMs): LocalMs {
    return instant + this.offsetAt(instant);
  }

  toInstant(local: LocalMs): EpochMs {
    // The offsets a day either side are the candidates (no zone changes twice within two days).
    const before = this.offsetAt(local - MS_PER_DAY);
    const after = this.offsetAt(local + MS_PER_DAY);
    if (before === after) {
      const guess = local - before;
      if (this.offsetAt(guess) === before) return guess;
    }
    const withBefore = local - before;
    const withAfter = local - after;
    const beforeValid = this.offsetAt(withBefore) === before;
    const afterValid = this.offsetAt(withAfter) === after;
    if (beforeValid && afterValid) return Math.min(withBefore, withAfter); // repeated: the earlier one
    if (beforeValid) return withBefore;
    if (afterValid) return withAfter;
    // Skipped by a forward jump: the first instant reading this time or later is the jump itself.
    return this.transitionAfter(withAfter);
  }

  /** The first instant after t at which the offset changes (t itself when none is known). */
  protected transitionAfter(t: EpochMs): EpochMs {
    // Generic fallback: bisect between t and the instant a day later, to the millisecond.
    const offset = this.offsetAt(t);
    let low = t;
    let high = t + MS_PER_DAY;
    if (this.offsetAt(high) === offset) return t;
    while (high - low > 1) {
      const mid = low + Math.floor((high - low) / 2);
      if (this.offsetAt(mid) === offset) low = mid;
      else high = mid;
    }
    return high;
  }

  dayOf(instant: EpochMs): DayNumber {
    return Math.floor((instant + this.offsetAt(instant)) / MS_PER_DAY);
  }

  startOfDay(day: DayNumber): EpochMs {
    return this.toInstant(day * MS_PER_DAY);
  }

  format(instant: EpochMs): string {
    const offset = this.offsetAt(instant);
    const local = instant + offset;
    // Instants are whole milliseconds; anything else is written the plain way.
    if (!Number.isSafeInteger(local)) return formatLocal(local, offset);
    const minute = Math.floor(local / MINUTE);
    const slot = minute & (MINUTE_SLOTS - 1);
    let head: string;
    if (this.minuteKeys[slot] === minute) head = this.minuteTexts[slot]!;
    else {
      const day = Math.floor(local / MS_PER_DAY);
      const minuteOfDay = minute - day * (MS_PER_DAY / MINUTE);
      const hours = Math.floor(minuteOfDay / 60);
      head = `${formatCivilDate(day)}T${TWO_DIGITS[hours]}:${TWO_DIGITS[minuteOfDay - hours * 60]}:`;
      this.minuteKeys[slot] = minute;
      this.minuteTexts[slot] = head;
    }
    if (offset !== this.lastOffset) {
      this.lastOffset = offset;
      this.lastOffsetText = formatOffset(offset);
    }
    const msOfMinute = local - minute * MINUTE;
    const seconds = Math.floor(msOfMinute / 1000);
    return head + TWO_DIGITS[seconds] + FRACTIONS[msOfMinute - seconds * 1000] + this.lastOffsetText;
  }
}

class FixedZone extends BaseZone {
  constructor(
    id: string,
    private readonly offset: number,
  ) {
    super(id);
  }
  override offsetAt(): number {
    return this.offset;
  }
  override constantOffset(): number {
    return this.offset;
  }
  override toLocal(instant: EpochMs): LocalMs {
    return instant + this.offset;
  }
  override toInstant(local: LocalMs): EpochMs {
    return local - this.offset;
  }
  override dayOf(instant: EpochMs): DayNumber {
    return Math.floor((instant + this.offset) / MS_PER_DAY);
  }
}

/**
 * A zone whose offsets come from Intl, cached as a sorted list of segments of constant offset.
 * The table covers [lo, hi) and grows a year at a time towards the instants asked about.
 */
class IanaZone extends BaseZone {
  private starts: number[] = [];
  private offsets: number[] = [];
  private lo = 0;
  private hi = 0;
  // One-entry cache: the segment of the previous answer.
  private hitStart = 1;
  private hitEnd = 0;
  private hitOffset = 0;

  private intlOffset(instant: EpochMs): number {
    return Math.round(tzOffset(this.id, new Date(instant)) * MINUTE);
  }

  override offsetAt(instant: EpochMs): number {
    if (instant >= this.hitStart && instant < this.hitEnd) return this.hitOffset;
    if (instant < TABLE_FIRST_MS || instant >= TABLE_END_MS) return this.intlOffset(instant);
    if (this.starts.length === 0) this.init(instant);
    while (instant < this.lo) this.extendBackward();
    while (instant >= this.hi) this.extendForward();
    const { starts } = this;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= instant) low = mid;
      else high = mid - 1;
    }
    this.hitStart = starts[low]!;
    this.hitEnd = low + 1 < starts.length ? starts[low + 1]! : this.hi;
    this.hitOffset = this.offsets[low]!;
    return this.hitOffset;
  }

  override constantOffset(from: EpochMs, to: EpochMs): number | undefined {
    if (from < TABLE_FIRST_MS || to >= TABLE_END_MS) return undefined;
    const offset = this.offsetAt(from);
    this.offsetAt(to); // makes sure the table reaches `to`
    const { starts } = this;
    for (let i = 0; i < starts.length; i++) {
      if (starts[i]! > from && starts[i]! <= to) return undefined; // a transition inside
    }
    return offset;
  }

  private yearStart(instant: EpochMs): EpochMs {
    const day = Math.floor(instant / MS_PER_DAY);
    // Align the table on UTC year starts; the exact year does not matter, only the alignment.
    const approxYear = 1970 + Math.floor(day / 365.2425);
    let start = dayFromCivil(approxYear, 1, 1) * MS_PER_DAY;
    if (start > instant) start = dayFromCivil(approxYear - 1, 1, 1) * MS_PER_DAY;
    return start;
  }

  private init(instant: EpochMs): void {
    const start = this.yearStart(instant);
    this.lo = start;
    this.hi = start;
    this.starts = [start];
    this.offsets = [this.intlOffset(start)];
    this.extendForward();
  }

  /** The transitions in [from, to), scanning weekly and bisecting to the second. */
  private scan(from: EpochMs, to: EpochMs): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    let t = from;
    let offset = this.intlOffset(t);
    while (t < to) {
      const next = Math.min(t + WEEK, to);
      const nextOffset = this.intlOffset(next);
      if (nextOffset !== offset) {
        let low = t; // offset here is `offset`
        let high = next; // offset here is `nextOffset`
        while (high - low > 1000) {
          const mid = low + Math.floor((high - low) / 2000) * 1000;
          if (this.intlOffset(mid) === offset) low = mid;
          else high = mid;
        }
        found.push([high, nextOffset]);
        offset = nextOffset;
      }
      t = next;
    }
    return found;
  }

  private extendForward(): void {
    const from = this.hi;
    const to = this.yearStart(from + 400 * MS_PER_DAY);
    for (const [at, offset] of this.scan(from, to)) {
      if (this.offsets[this.offsets.length - 1] !== offset) {
        this.starts.push(at);
        this.offsets.push(offset);
      }
    }
    this.hi = to;
    this.hitEnd = this.hitStart - 1; // invalidate: the last segment may have grown
  }

  private extendBackward(): void {
    const to = this.lo;
    const from = this.yearStart(to - 200 * MS_PER_DAY);
    const fromOffset = this.intlOffset(from);
    const segments: Array<[number, number]> = [[from, fromOffset], ...this.scan(from, to)];
    const firstOffset = this.offsets[0]!;
    this.starts.shift();
    this.offsets.shift();
    const lastOffset = segments[segments.length - 1]![1];
    const newStarts = segments.map((s) => s[0]);
    const newOffsets = segments.map((s) => s[1]);
    if (lastOffset !== firstOffset) {
      newStarts.push(to);
      newOffsets.push(firstOffset);
    }
    this.starts = newStarts.concat(this.starts);
    this.offsets = newOffsets.concat(this.offsets);
    this.lo = from;
    this.hitEnd = this.hitStart - 1;
  }
}

const FIXED = /^([+-])(\d{2}):?(\d{2})$/;
const zones = new Map<string, TimeZone>();

function createZone(id: string): TimeZone {
  if (id === 'UTC' || id === 'Etc/UTC' || id === 'Z' || id === 'Etc/GMT' || id === 'GMT')
    return new FixedZone('UTC', 0);
  const fixed = FIXED.exec(id);
  if (fixed) {
    const hours = Number(fixed[2]);
    const minutes = Number(fixed[3]);
    if (hours > 23 || minutes > 59) throw new InvalidTimeZoneError('invalid_time_zone', { input: id });
    const offset = (fixed[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * MINUTE;
    return new FixedZone(formatOffset(offset), offset);
  }
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en-US', { timeZone: id }).resolvedOptions().timeZone;
  } catch {
    throw new InvalidTimeZoneError('invalid_time_zone', { input: id });
  }
  if (canonical === 'UTC' || canonical === 'Etc/UTC') return new FixedZone('UTC', 0);
  return new IanaZone(canonical);
}

/**
 * The time zone with an IANA name (`Asia/Shanghai`, `America/Los_Angeles`), `UTC`, or a fixed offset
 * (`+08:00`). Zones are cached: asking twice returns the same object and its warm tables.
 *
 * @example
 * timeZone('Asia/Shanghai').format(Date.UTC(2025, 9, 9, 3))
 * //=> '2025-10-09T11:00:00+08:00'
 */
export function timeZone(id: string): TimeZone {
  if (typeof id !== 'string' || id === '') throw new InvalidTimeZoneError('invalid_time_zone', { input: id });
  let zone = zones.get(id);
  if (zone === undefined) {
    zone = createZone(id);
    zones.set(id, zone);
  }
  return zone;
}
