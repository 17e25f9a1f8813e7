/**
 * Clock benchmark: service hours (addBusinessTime, businessTimeBetween) and Civil-Code working-day
 * deadlines against moment-business-time and a naive minute-stepping loop, all on the same random
 * instants (2010-2025, Asia/Shanghai, inside and outside hours, and just before holiday blocks).
 *
 * Schedule: 09:00-18:00 on the working days of chinaCalendar(). moment-business-time gets the same
 * hours Monday-Friday and, as `holidays`, every official rest day Monday-Friday of the same calendar;
 * it has no way to say that a Saturday or Sunday is a make-up working day (调休上班), so on inputs
 * whose answer crosses one it answers differently. Those differences are counted, and each is checked
 * to be exactly the make-up-day effect (moment agrees with the naive loop run without make-up days).
 */
import { createRequire } from 'node:module';
import type momentType from 'moment';
import { deadline } from '../src/clock/deadline.js';
import { hoursEngine, serviceHours } from '../src/clock/service-hours.js';
import { chinaCalendar } from '../src/index.js';
import { formatOps, formatRatio, type Measurement, measureOver, printTable, random } from './harness.js';

// moment-business-time ships no types: it patches these methods onto moment's prototype.
declare module 'moment' {
  interface Moment {
    addWorkingTime(amount: number, unit: string): Moment;
    workingDiff(other: Moment, unit?: string, precise?: boolean): number;
  }
}
// moment-business-time is CommonJS and exports the very moment it patched: use that one.
const moment: typeof momentType = createRequire(import.meta.url)('moment-business-time');

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Asia/Shanghai has kept +08:00 since 1991: the naive model and moment use the fixed offset. */
const OFFSET = 8 * HOUR;
const OPEN = 9 * 60;
const CLOSE = 18 * 60;

const calendar = chinaCalendar();
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday

// ---- the naive references: one minute at a time, fixed +08:00, whole-minute instants ----

type DayTest = (date: string) => boolean;
const workingDay: DayTest = (date) => calendar.isWorkingDay(date);
/** moment-business-time's model: Monday-Friday minus the official rest days (no make-up weekend days). */
const weekdayWorkingDay: DayTest = (date) => weekdayOf(date) % 6 !== 0 && calendar.isWorkingDay(date);

/** Whether the minute starting at a local wall-clock time is open. */
function openMinute(local: number, isWorking: DayTest): boolean {
  const minuteOfDay = (local % DAY) / MINUTE;
  return minuteOfDay >= OPEN && minuteOfDay < CLOSE && isWorking(iso(local));
}

const naive = {
  /** The instant at which `minutes` open minutes have passed since t. */
  addBusinessTime(t: number, minutes: number, isWorking: DayTest = workingDay): number {
    let local = t + OFFSET;
    let left = minutes;
    while (left > 0) {
      if (openMinute(local, isWorking)) left--;
      local += MINUTE;
    }
    return local - OFFSET;
  },
  /** Milliseconds of open time in [a, b). */
  businessTimeBetween(a: number, b: number, isWorking: DayTest = workingDay): number {
    let open = 0;
    for (let local = a + OFFSET; local < b + OFFSET; local += MINUTE) {
      if (openMinute(local, isWorking)) open++;
    }
    return open * MINUTE;
  },
  /** 24:00 of the nth working day after the anchor's date (the anchor's day is not counted). */
  deadline(t: number, n: number, isWorking: DayTest = workingDay): number {
    let local = t + OFFSET;
    let counted = 0;
    for (;;) {
      local += MINUTE;
      if (local % DAY === 0) {
        // Midnight: the day before has just ended.
        if (counted === n) return local - OFFSET;
        if (isWorking(iso(local))) counted++;
      }
    }
  },
};

// ---- moment-business-time, configured with the same hours and holidays ----

function configureMoment(): number {
  const holidays: string[] = [];
  for (let ms = Date.parse(calendar.coverage.start); iso(ms) <= calendar.coverage.end; ms += DAY) {
    const date = iso(ms);
    if (weekdayOf(date) % 6 !== 0 && !calendar.isWorkingDay(date)) holidays.push(date);
  }
  const day = ['09:00:00', '18:00:00'];
  const workinghours = { 0: null, 1: day, 2: day, 3: day, 4: day, 5: day, 6: null };
  // The plugin reads `workinghours` and `holidays` from the current locale.
  moment.updateLocale(moment.locale(), { workinghours, holidays } as momentType.LocaleSpecification);
  return holidays.length;
}

const at = (t: number) => moment(t).utcOffset(480);
const peer = {
  addBusinessTime: (t: number, hours: number) => at(t).addWorkingTime(hours, 'hours').format(),
  businessTimeBetween: (a: number, b: number) => at(b).workingDiff(at(a)),
  // addWorkingTime(n, 'days') is "the nth working day after this date, same time of day"; the end of
  // that day is the Civil-Code due instant (art. 201/203 without service hours).
  deadline: (t: number, n: number) => at(t).addWorkingTime(n, 'days').startOf('day').add(1, 'day').valueOf(),
};

// ---- inputs ----

interface Inputs {
  instants: number[];
  spans: Array<readonly [number, number]>;
}

/** Random whole-minute instants 2010-2025: anywhere, inside hours, and on the eve of a holiday block. */
function makeInputs(): Inputs {
  const rand = random(20_251_010);
  const firstDay = Date.UTC(2010, 0, 1) / DAY;
  const days = Date.UTC(2026, 0, 1) / DAY - firstDay;
  const randomDay = () => firstDay + Math.floor(rand() * days);
  // The last working day before a run of rest days that holds a weekday (a holiday, not a weekend).
  const eves: number[] = [];
  for (let d = firstDay; d < firstDay + days; d++) {
    if (!calendar.isWorkingDay(iso(d * DAY))) continue;
    let e = d + 1;
    let holiday = false;
    for (; !calendar.isWorkingDay(iso(e * DAY)); e++) holiday ||= weekdayOf(iso(e * DAY)) % 6 !== 0;
    if (holiday) eves.push(d);
  }
  const instants: number[] = [];
  for (let i = 0; i < 4096; i++) {
    const r = rand();
    let local: number;
    if (r < 0.4) {
      local = randomDay() * DAY + Math.floor(rand() * 1440) * MINUTE;
    } else if (r < 0.7) {
      let d = randomDay();
      while (!calendar.isWorkingDay(iso(d * DAY))) d = randomDay();
      local = d * DAY + (OPEN + Math.floor(rand() * (CLOSE - OPEN))) * MINUTE;
    } else {
      // 15:00-24:00 on the eve: the last open hours before the block, or already closed.
      local = eves[Math.floor(rand() * eves.length)]! * DAY + (15 * 60 + Math.floor(rand() * 540)) * MINUTE;
    }
    instants.push(local - OFFSET);
  }
  const spans = instants.map((a) => [a, a + Math.floor(rand() * 60 * 1440) * MINUTE] as const);
  return { instants, spans };
}

// ---- agreement ----

interface Agreement {
  checked: number;
  naiveMismatches: number;
  peerDiffers: number;
  makeUpExplained: number;
}

/** ours must equal the naive loop; moment may differ only where the naive loop without make-up days agrees with it. */
function agree<T>(
  inputs: readonly T[],
  ours: (x: T) => number,
  theirs: ((x: T) => number) | undefined,
  loop: (x: T, isWorking: DayTest) => number,
): Agreement {
  const result: Agreement = {
    checked: inputs.length,
    naiveMismatches: 0,
    peerDiffers: 0,
    makeUpExplained: 0,
  };
  for (const x of inputs) {
    const answer = ours(x);
    if (answer !== loop(x, workingDay)) result.naiveMismatches++;
    if (theirs === undefined) continue;
    const their = theirs(x);
    if (their !== answer) {
      result.peerDiffers++;
      if (their === loop(x, weekdayWorkingDay)) result.makeUpExplained++;
    }
  }
  return result;
}

function describeAgreement(op: string, a: Agreement): string {
  const unexplained = a.peerDiffers - a.makeUpExplained;
  return (
    `- ${op}: ${a.checked} inputs; contract-terms vs naive: ${a.naiveMismatches} mismatches; ` +
    `moment-business-time differs on ${a.peerDiffers} (${a.makeUpExplained} because of make-up working days, ` +
    `${unexplained} unexplained)`
  );
}

// ---- Intl spy: counts Intl.DateTimeFormat format / formatToParts calls while `counting` ----

let counting = false;
let intlCalls = 0;
type Format = (date?: Date | number) => string;

/** Installs the spy; returns the restore function. `format` is a getter returning a bound function, so it is wrapped too. */
function spyOnIntl(): () => void {
  const proto = Intl.DateTimeFormat.prototype;
  const formatDescriptor = Object.getOwnPropertyDescriptor(proto, 'format')!;
  const formatToParts = proto.formatToParts;
  const wrapped = new WeakMap<object, Format>();
  Object.defineProperty(proto, 'format', {
    ...formatDescriptor,
    get(this: Intl.DateTimeFormat) {
      let fn = wrapped.get(this);
      if (fn === undefined) {
        const bound = formatDescriptor.get!.call(this) as Format;
        // Formatters cached by callers keep this wrapper after the restore; it only counts while `counting`.
        fn = (date) => {
          if (counting) intlCalls++;
          return bound(date);
        };
        wrapped.set(this, fn);
      }
      return fn;
    },
  });
  proto.formatToParts = function (this: Intl.DateTimeFormat, date?: Date | number) {
    if (counting) intlCalls++;
    return formatToParts.call(this, date);
  };
  return () => {
    Object.defineProperty(proto, 'format', formatDescriptor);
    proto.formatToParts = formatToParts;
  };
}

function countIntl(fn: () => void): number {
  intlCalls = 0;
  counting = true;
  try {
    fn();
  } finally {
    counting = false;
  }
  return intlCalls;
}

// ---- the suite ----

export async function runClockBench(): Promise<void> {
  console.log(
    '## Clock (09:00-18:00 on China working days, Asia/Shanghai): contract-terms vs moment-business-time vs a naive minute-stepping loop\n',
  );
  // Before the schedule's zone is first used, so that the formatter its offsets come from is observed.
  const restoreIntl = spyOnIntl();
  try {
    await run();
  } finally {
    restoreIntl();
  }
}

async function run(): Promise<void> {
  const hours = serviceHours({
    timeZone: 'Asia/Shanghai',
    calendar,
    days: 'working-days',
    windows: ['09:00-18:00'],
  });
  const engine = hoursEngine(hours);
  const holidayCount = configureMoment();
  const { instants, spans } = makeInputs();
  const civil = { calendar, counting: 'cn-civil' } as const;

  // Peers run on the first K of the same inputs (they are slow); contract-terms runs on all 4,096.
  const K = { 4: 256, 40: 128, 400: 32, between: 64, deadline: 256 } as const;
  console.log(
    `inputs: ${instants.length.toLocaleString('en-US')} whole-minute instants 2010-2025 (40% anywhere, 30% inside hours, ` +
      '30% at 15:00-24:00 on the last working day before a holiday block); spans of 0-60 days from them. ' +
      'moment-business-time and the naive loop run on the first 32-256 of them (the count is in the agreement lines).',
  );
  console.log(
    `moment-business-time: working hours Mon-Fri 09:00-18:00, holidays = the ${holidayCount} official rest days ` +
      `Mon-Fri of chinaCalendar() (${calendar.coverage.start}..${calendar.coverage.end}). It cannot express ` +
      'make-up working Saturdays/Sundays (调休上班): its working days are Mon-Fri minus holidays, so answers ' +
      'that cross a make-up working day differ.',
  );
  console.log(
    "deadline: moment-business-time has no Civil-Code counting; its addWorkingTime(2, 'days') (2nd working day " +
      'after the date, same time of day) rounded up to the end of that day is the same rule, so it is compared.',
  );

  console.log('agreement check (results compared as epoch ms):');
  const addAgreement = (h: 4 | 40 | 400) =>
    agree(
      instants.slice(0, K[h]),
      (t) => Date.parse(hours.addBusinessTime(t, `${h} hours`)),
      (t) => Date.parse(peer.addBusinessTime(t, h)),
      (t, w) => naive.addBusinessTime(t, h * 60, w),
    );
  for (const h of [4, 40, 400] as const)
    console.log(describeAgreement(`addBusinessTime ${h} h`, addAgreement(h)));
  console.log(
    describeAgreement(
      'businessTimeBetween',
      agree(
        spans.slice(0, K.between),
        ([a, b]) => hours.businessTimeBetween(a, b),
        ([a, b]) => peer.businessTimeBetween(a, b),
        ([a, b], w) => naive.businessTimeBetween(a, b, w),
      ),
    ),
  );
  console.log(
    describeAgreement(
      'deadline 2 working days',
      agree(
        instants.slice(0, K.deadline),
        (t) => deadline(t, '2 working days', civil).dueMs,
        (t) => peer.deadline(t, 2),
        (t, w) => naive.deadline(t, 2, w),
      ),
    ),
  );
  console.log('');

  const rows: string[][] = [];
  const row = (
    op: string,
    ours: Measurement,
    them: Measurement,
    loop: Measurement,
    target: 'peer' | 'naive',
  ) => {
    const vsPeer = ours.opsPerSecond / them.opsPerSecond;
    const vsNaive = ours.opsPerSecond / loop.opsPerSecond;
    const [goal, met] =
      target === 'peer'
        ? ['>= 1,000x moment-business-time', vsPeer >= 1000]
        : ['>= 100x naive', vsNaive >= 100];
    rows.push([
      op,
      formatOps(ours.opsPerSecond),
      formatOps(them.opsPerSecond),
      formatOps(loop.opsPerSecond),
      formatRatio(vsPeer),
      formatRatio(vsNaive),
      goal,
      met ? 'yes' : 'NO',
    ]);
  };

  const addCost: Record<number, Measurement> = {};
  const peerAddCost: Record<number, Measurement> = {};
  for (const h of [4, 40, 400] as const) {
    const duration = `${h} hours`;
    const ours = await measureOver('ours', instants, (t) => hours.addBusinessTime(t, duration));
    addCost[h] = ours;
    const few = instants.slice(0, K[h]);
    peerAddCost[h] = await measureOver('moment', few, (t) => peer.addBusinessTime(t, h));
    row(
      `addBusinessTime ${h} h`,
      ours,
      peerAddCost[h],
      await measureOver('naive', few, (t) => naive.addBusinessTime(t, h * 60)),
      'peer',
    );
  }
  const fewSpans = spans.slice(0, K.between);
  row(
    'businessTimeBetween (span <= 60 days)',
    await measureOver('ours', spans, ([a, b]) => hours.businessTimeBetween(a, b)),
    await measureOver('moment', fewSpans, ([a, b]) => peer.businessTimeBetween(a, b)),
    await measureOver('naive', fewSpans, ([a, b]) => naive.businessTimeBetween(a, b)),
    'naive',
  );
  const fewAnchors = instants.slice(0, K.deadline);
  row(
    "deadline '2 working days' cn-civil (.dueMs)",
    await measureOver('ours', instants, (t) => deadline(t, '2 working days', civil).dueMs),
    await measureOver('moment', fewAnchors, (t) => peer.deadline(t, 2)),
    await measureOver('naive', fewAnchors, (t) => naive.deadline(t, 2)),
    'naive',
  );
  printTable(
    [
      'operation',
      'contract-terms ops/s',
      'moment-business-time ops/s',
      'naive ops/s',
      'vs moment-business-time',
      'vs naive',
      'target',
      'met',
    ],
    rows,
  );

  // Cost against the duration: the table rows parse the duration text on every call, which costs more
  // than the computation and is noisy (2x between runs), so the ratio is taken with durations as ms.
  const ms4 = await measureOver('ours', instants, (t) => hours.addBusinessTime(t, 4 * HOUR));
  const ms400 = await measureOver('ours', instants, (t) => hours.addBusinessTime(t, 400 * HOUR));
  const open4 = await measureOver('ours', instants, (t) => engine.addOpenTime(t, 4 * HOUR));
  const open400 = await measureOver('ours', instants, (t) => engine.addOpenTime(t, 400 * HOUR));
  const between = await measureOver('ours', spans, ([a, b]) => engine.openTimeBetween(a, b));
  const msRatio = ms400.nsPerOp / ms4.nsPerOp;
  const numericRatio = open400.nsPerOp / open4.nsPerOp;
  const textRatio = addCost[400]!.nsPerOp / addCost[4]!.nsPerOp;
  const met = (ok: boolean) => (ok ? 'yes' : 'NO');
  console.log(
    `\naddBusinessTime cost at 400 h vs 4 h (durations as ms): ${msRatio.toFixed(2)}x (target <= 1.5x: ${met(msRatio <= 1.5)}); ` +
      `numeric engine addOpenTime: ${numericRatio.toFixed(2)}x (${met(numericRatio <= 1.5)}); ` +
      `with the duration text, as in the table: ${textRatio.toFixed(2)}x (parsing-dominated, noisy)`,
  );
  const msVsPeer = ms4.opsPerSecond / peerAddCost[4]!.opsPerSecond;
  console.log(
    `addBusinessTime with the duration as ms (no text to parse): 4 h ${formatOps(ms4.opsPerSecond)} ops/s = ` +
      `${formatRatio(msVsPeer)} moment-business-time (>= 1,000x: ${met(msVsPeer >= 1000)}), 400 h ${formatOps(ms400.opsPerSecond)} ops/s`,
  );
  console.log(
    `numeric engine (epoch ms in and out): addOpenTime 4 h ${formatOps(open4.opsPerSecond)} ops/s, ` +
      `400 h ${formatOps(open400.opsPerSecond)} ops/s; openTimeBetween ${formatOps(between.opsPerSecond)} ops/s`,
  );

  // Zone offsets: after warm-up, no operation may reach Intl.
  const batch = Array.from({ length: 10_000 }, (_, i) => instants[i % instants.length]!);
  const durations = ['4 hours', '40 hours', '400 hours'];
  const addBatch = () => {
    for (let i = 0; i < batch.length; i++) hours.addBusinessTime(batch[i]!, durations[i % 3]!);
  };
  addBatch(); // warm-up
  const t0 = performance.now();
  const calls = countIntl(addBatch);
  const ms = performance.now() - t0;
  // Control: an instant beyond the zone's cached table is answered by Intl, through the same formatter.
  const control = countIntl(() => engine.zone.offsetAt(Date.UTC(2300, 0, 1)));
  const observed =
    control > 0
      ? `control: one uncached offset lookup made ${control} Intl call(s), so the spy sees the library's formatter`
      : 'WARNING: the control lookup made no observed Intl call, so the spy may be blind (formatter cached before it was installed)';
  console.log(
    `zone offsets come from a cached transition table (no Intl per operation): ${calls} Intl.DateTimeFormat ` +
      `format/formatToParts calls during ${batch.length.toLocaleString('en-US')} addBusinessTime calls after warm-up ` +
      `(${ms.toFixed(1)} ms, 4/40/400 h mixed; ${calls === 0 ? 'yes' : 'NO'}; ${observed})\n`,
  );
}
