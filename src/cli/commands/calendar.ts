/**
 * `contract-terms calendar <date> [--add <duration>] [--region CN]`: is the date a working day and
 * why; with --add, when a term of that length counted from the date ends (PRC Civil Code counting).
 * `calendar --ics <year>`: the year's rest and make-up working days as iCalendar.
 * `calendar import-notice <notice.txt>`: see ./import-notice.ts.
 */
import { CalendarCoverageError, ContractTermsError, deadline, type WorkingDayCalendar } from '../../index.js';
import { type Context, expectPositionals, parseCommandArgs, stringOption } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { writeTextFile } from '../inputs.js';
import { write } from '../io.js';
import { importNoticeCommand } from './import-notice.js';

export const calendarOptions = {
  add: { type: 'string' },
  region: { type: 'string' },
  estimate: { type: 'boolean' },
  ics: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
} as const;

export async function calendarCommand(argv: readonly string[], ctx: Context): Promise<number> {
  const sub = argv.indexOf('import-notice');
  if (sub >= 0) return importNoticeCommand([...argv.slice(0, sub), ...argv.slice(sub + 1)], ctx);
  const { values, positionals } = parseCommandArgs('calendar', argv, calendarOptions, ctx);
  const ics = values.ics === true;
  expectPositionals('calendar', positionals, [ics ? '<year>' : '<date>'], ctx);
  const date = positionals[0]!;
  const { m, lang } = ctx;
  const region = (stringOption(values, 'region') ?? 'CN').toUpperCase();
  const add = stringOption(values, 'add');
  const estimate = values.estimate === true;
  if (ics && !/^\d{4}$/.test(date))
    throw new CliError(m.badYear({ value: date }), EXIT.usage, [], 'calendar');

  try {
    // Loaded when asked for (date-holidays takes a quarter of a second): no other command needs it.
    const { regionCalendar } = await import('../../regions.js');
    const calendar: WorkingDayCalendar = regionCalendar(
      region,
      estimate ? { china: { beyondCoverage: 'weekends' } } : {},
    );
    if (ics) {
      const text = calendar.toICS({ from: `${date}-01-01`, to: `${date}-12-31`, lang });
      const out = stringOption(values, 'out');
      if (out === undefined) await write(ctx.io.stdout, text);
      else {
        await writeTextFile(ctx, out, text);
        await write(ctx.io.stderr, `${m.wroteIcs({ file: out })}\n`);
      }
      return EXIT.ok;
    }
    const answer = calendar.explain.isWorkingDay(date);
    const day = calendar.day(date);
    const due = add === undefined ? undefined : deadline(date, add, { calendar });

    if (values.json === true) {
      const out = {
        date,
        calendar: calendar.id,
        timeZone: calendar.timeZone,
        dataVersion: calendar.dataVersion,
        working: answer.value,
        day,
        estimated: answer.estimated,
        provisional: answer.provisional,
        explanation: answer.text(lang),
        add: due === undefined ? null : { duration: add, explanation: due.text(lang), deadline: due },
      };
      await write(ctx.io.stdout, `${JSON.stringify(out, null, 2)}\n`);
      return EXIT.ok;
    }

    const lines = [answer.text(lang)];
    if (due !== undefined) {
      lines.push(
        '',
        m.calendarDue({
          date,
          duration: add!,
          calendar: calendar.id,
          counting: due.counting,
          due: due.due ?? '—',
          lastDay: due.lastDay ?? null,
        }),
        due.text(lang),
      );
    }
    lines.push('', m.calendarData({ calendar: calendar.id, version: calendar.dataVersion }));
    await write(ctx.io.stdout, `${lines.join('\n')}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CalendarCoverageError && !estimate) {
      throw new CliError(error.localizedMessage(lang), EXIT.usage, [m.calendarEstimateHint]);
    }
    if (error instanceof ContractTermsError) throw new CliError(error.localizedMessage(lang), EXIT.usage);
    throw error;
  }
}
