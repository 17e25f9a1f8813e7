/**
 * `contract-terms payments <contract> [--paid payments.csv --as-of <date>] [--tickets tickets.jsonl]`:
 * the payment schedule; with the payments made, each month's late-payment penalty as of a day; with
 * tickets, each month's service credits from the compliance report.
 */
import {
  type Amount,
  type ComplianceReport,
  ContractTermsError,
  formatMoney,
  money,
  type PaymentSchedule,
  type Statement,
  sumMoney,
} from '../../index.js';
import {
  type Context,
  dateOption,
  expectPositionals,
  LIMIT_OPTION,
  limitsOption,
  monthOption,
  parseCommandArgs,
  stringOption,
} from '../args.js';
import { CliError, EXIT } from '../errors.js';
import { loadContract, type PaymentRow, readPaymentsCsv, writeTextFile } from '../inputs.js';
import { write } from '../io.js';
import { formatCount, table } from '../render.js';
import { describeFailure } from '../tickets.js';
import { streamReport } from './report.js';

export const paymentsOptions = {
  from: { type: 'string' },
  to: { type: 'string' },
  paid: { type: 'string' },
  'as-of': { type: 'string' },
  tickets: { type: 'string' },
  explain: { type: 'boolean' },
  ics: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  ...LIMIT_OPTION,
} as const;

function sum(amounts: readonly Amount[], currency: string): string {
  return formatMoney(
    sumMoney(
      amounts.map((a) => money(a.amount, a.currency)),
      currency,
    ),
  );
}

export async function paymentsCommand(argv: readonly string[], ctx: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs('payments', argv, paymentsOptions, ctx);
  expectPositionals('payments', positionals, ['<contract>'], ctx);
  const { m, lang } = ctx;
  const contractFile = positionals[0]!;
  const from = monthOption('payments', values, 'from', ctx);
  const to = monthOption('payments', values, 'to', ctx);
  const paidFile = stringOption(values, 'paid');
  const asOf = dateOption('payments', values, 'as-of', ctx);
  const ticketsFile = stringOption(values, 'tickets');
  const limits = limitsOption('payments', values, ctx);
  if (paidFile !== undefined && asOf === undefined) {
    throw new CliError(m.paidNeedsAsOf, EXIT.usage, [], 'payments');
  }
  if (asOf !== undefined && paidFile === undefined) {
    throw new CliError(m.asOfNeedsPaid, EXIT.usage, [], 'payments');
  }

  const contract = await loadContract(ctx, contractFile, limits);
  if (contract.billing === undefined) throw new CliError(m.noFees({ file: contractFile }), EXIT.usage);
  const paid = paidFile === undefined ? undefined : await readPaymentsCsv(ctx, paidFile, limits);

  let schedule: PaymentSchedule;
  try {
    schedule = contract.paymentSchedule({
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    });
  } catch (error) {
    if (error instanceof ContractTermsError) throw new CliError(error.localizedMessage(lang), EXIT.usage);
    throw error;
  }
  if (values.ics === true) {
    // The due dates for a calendar app: standard output, or the file of -o.
    const text = schedule.toICS({ lang });
    const out = stringOption(values, 'out');
    if (out === undefined) await write(ctx.io.stdout, text);
    else {
      await writeTextFile(ctx, out, text);
      await write(ctx.io.stderr, `${m.wroteIcs({ file: out })}\n`);
    }
    return EXIT.ok;
  }
  const currency = schedule.currency;

  // Service credits: the compliance report of the tickets, streamed.
  let report: ComplianceReport | undefined;
  let failed = 0;
  const failureLines: string[] = [];
  if (ticketsFile !== undefined) {
    const streamed = await streamReport(contract, ticketsFile, {}, ctx);
    report = streamed.report;
    failed = streamed.failed;
    for (const f of streamed.failures.slice(0, 20)) failureLines.push(`  ${describeFailure(f, ctx)}`);
    if (failed > failureLines.length) {
      failureLines.push(`  ${m.moreFailuresReport({ count: formatCount(failed - failureLines.length) })}`);
    }
  }

  // Statements: months with payments, with tickets, or due by the as-of day.
  const statements: Statement[] = [];
  if (paid !== undefined || report !== undefined) {
    const inSchedule = new Set(schedule.payments.map((p) => p.period.month));
    for (const row of paid ?? []) {
      if (!inSchedule.has(row.month)) {
        throw new CliError(
          m.paidOutsideSchedule({ file: paidFile!, line: row.line, month: row.month }),
          EXIT.usage,
        );
      }
    }
    const reportMonths = new Set(report?.rows.map((r) => r.month) ?? []);
    for (const p of schedule.payments) {
      const month = p.period.month;
      const payments = (paid ?? []).filter((row) => row.month === month);
      const wanted =
        payments.length > 0 ||
        reportMonths.has(month) ||
        (asOf !== undefined && p.dueDate !== null && p.dueDate <= asOf);
      if (!wanted) continue;
      try {
        statements.push(
          contract.statement(month, {
            payments: payments.map((row: PaymentRow) => ({ date: row.date, amount: row.amount })),
            ...(report === undefined ? {} : { report }),
            ...(asOf === undefined ? {} : { asOf }),
          }),
        );
      } catch (error) {
        if (!(error instanceof ContractTermsError)) throw error;
        const where = payments.length > 0 ? `${paidFile}:${payments[0]!.line}: ` : '';
        throw new CliError(`${where}${month}: ${error.localizedMessage(lang)}`, EXIT.usage);
      }
    }
  }

  if (values.json === true) {
    const out = {
      contract: { id: contract.id, title: contract.title, file: contractFile },
      currency,
      schedule: { payments: schedule.payments, total: schedule.total },
      asOf: asOf ?? null,
      statements: statements.map((s) => ({
        month: s.month,
        period: s.period,
        fee: s.fee,
        credits: s.credits,
        amountDue: s.amountDue,
        dueDate: s.dueDate,
        paid: s.paid,
        lastPaymentDate: s.lastPaymentDate,
        outstanding: s.outstanding,
        daysLate: s.lateFee?.daysLate ?? 0,
        penalty: s.penalty,
        asOf: s.asOf,
        serviceCredits: s.serviceCredits,
        lateFee: s.lateFee,
        ...(values.explain === true ? { explanation: s.text(lang) } : {}),
      })),
      totals:
        statements.length === 0
          ? null
          : {
              credits: {
                amount: sum(
                  statements.flatMap((s) => (s.credits === null ? [] : [s.credits])),
                  currency,
                ),
                currency,
              },
              penalties: {
                amount: sum(
                  statements.map((s) => s.penalty),
                  currency,
                ),
                currency,
              },
              outstanding: {
                amount: sum(
                  statements.map((s) => s.outstanding),
                  currency,
                ),
                currency,
              },
            },
      tickets: report === undefined ? null : { ...report.tickets, failedLines: failed },
    };
    await write(ctx.io.stdout, `${JSON.stringify(out, null, 2)}\n`);
  } else {
    const lines = [m.scheduleTitle({ title: contract.title, id: contract.id })];
    const flag = (estimated: boolean, provisional: boolean) =>
      `${estimated ? ` ${m.estimatedMark}` : ''}${provisional ? ` ${m.provisionalMark}` : ''}`;
    lines.push(
      ...table(
        [
          { header: m.colMonth },
          { header: m.colPeriod },
          { header: m.colAmount({ currency }), align: 'right' },
          { header: m.colDueDate },
          { header: m.colRule },
          { header: m.colClause },
        ],
        schedule.payments.map((p) => [
          p.period.month,
          `${p.period.from}..${p.period.to}`,
          p.amount.amount,
          p.dueDate === null ? '—' : `${p.dueDate}${flag(p.estimated, p.provisional)}`,
          p.rule?.id ?? '—',
          p.rule?.clause ?? '—',
        ]),
      ),
      m.scheduleTotal({ count: schedule.payments.length, total: schedule.total.amount, currency }),
    );
    if (values.explain === true && statements.length === 0) {
      for (const p of schedule.payments) lines.push('', p.text(lang));
    }

    if (statements.length > 0) {
      lines.push(
        '',
        m.statementsTitle({
          asOf: asOf ?? null,
          paid: paidFile ?? null,
          tickets: ticketsFile ?? null,
        }),
        ...table(
          [
            { header: m.colMonth },
            { header: m.colDueDate },
            { header: m.colFee, align: 'right' },
            { header: m.colCredits, align: 'right' },
            { header: m.colAmountDue, align: 'right' },
            { header: m.colPaid, align: 'right' },
            { header: m.colOutstanding, align: 'right' },
            { header: m.colDaysLate, align: 'right' },
            { header: m.colLateFee, align: 'right' },
          ],
          statements.map((s) => [
            s.month,
            s.dueDate ?? '—',
            s.fee.amount,
            s.credits === null ? '—' : s.credits.amount,
            s.amountDue.amount,
            s.paid.amount,
            s.outstanding.amount,
            String(s.lateFee?.daysLate ?? 0),
            s.penalty.amount,
          ]),
        ),
        m.statementsTotal({
          credits: sum(
            statements.flatMap((s) => (s.credits === null ? [] : [s.credits])),
            currency,
          ),
          penalties: sum(
            statements.map((s) => s.penalty),
            currency,
          ),
          outstanding: sum(
            statements.map((s) => s.outstanding),
            currency,
          ),
          currency,
        }),
      );
      if (values.explain === true) for (const s of statements) lines.push('', s.text(lang));
    }
    await write(ctx.io.stdout, `${lines.join('\n')}\n`);
  }

  if (failed > 0) {
    await write(
      ctx.io.stderr,
      `${[m.failedHeading({ count: formatCount(failed) }), ...failureLines].join('\n')}\n`,
    );
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
