/**
 * Every text the command prints, in English and Chinese. The library's own messages (contract
 * issues, ticket errors, explanations) come from the library in the same language.
 */
import type { Lang, TargetStatus } from '../index.js';

const EXIT_CODES_EN = `Exit codes:
  0  success
  1  validate: the contract is invalid; evaluate, report, payments --tickets: some ticket failed
     (its error is reported with its line number; every other ticket still has its result);
     draft: some sentence of the text was not understood (the draft leaves it out)
  2  usage error, a file that cannot be read, or an invalid contract given to another command
  3  internal error (a bug in contract-terms: please report it)`;

const EXIT_CODES_ZH = `退出码:
  0  成功
  1  validate:合同无效;evaluate、report、payments --tickets:有工单无法评估
     (其错误连同行号一并报告;其余工单的结果照常输出);
     draft:合同文本中有未能读懂的句子(草稿未采用)
  2  用法错误、文件无法读取,或其他命令收到无效合同
  3  内部错误(contract-terms 的缺陷,请报告)`;

const COMMON_EN = `  --json            machine-readable output (JSON)
  --lang en|zh      language of messages and explanations (default: en, or $CONTRACT_TERMS_LANG)
  -h, --help        this help`;

const COMMON_ZH = `  --json            机器可读的输出(JSON)
  --lang en|zh      消息与解释的语言(默认 en,或取 $CONTRACT_TERMS_LANG)
  -h, --help        显示本帮助`;

const LIMIT_EN = `  --limit name=N    change a limit, e.g. --limit ticketEvents=50000 (repeatable; the limits
                    and their defaults: docs/limits.md)`;

const LIMIT_ZH = `  --limit 名称=N    调整一项限制,例如 --limit ticketEvents=50000(可重复;各项限制及其
                    默认值见 docs/limits.md)`;

const WORKERS_EN = `  --workers <n>     evaluate on n worker threads (default: every core for a file of 32 MB or
                    more, else 1); the output is the same, in the same order`;

const WORKERS_ZH = `  --workers <n>     在 n 个工作线程上评估(默认:文件达到 32 MB 时用全部 CPU 核,否则为 1);
                    输出相同,顺序也相同`;

const C = 'examples/customer-service.contract.yaml';

const EVENTS_EN: Record<string, string> = {
  created: 'created',
  'agent-reply': 'reply',
  'bot-reply': 'bot reply',
  'customer-reply': 'customer',
  'internal-note': 'note',
  'call-offered': 'call',
  'call-answered': 'answered',
  'call-abandoned': 'abandoned',
};

const EVENTS_ZH: Record<string, string> = {
  created: '创建',
  'agent-reply': '回复',
  'bot-reply': '机器人回复',
  'customer-reply': '客户回复',
  'internal-note': '内部备注',
  'call-offered': '来电',
  'call-answered': '接听',
  'call-abandoned': '放弃',
};

/** Ticket statuses on the timeline, in Chinese (English shows the status as written). */
const TICKET_STATUSES_ZH: Record<string, string> = {
  new: '新建',
  open: '处理中',
  'awaiting-customer': '等待客户',
  'on-hold': '挂起',
  solved: '已解决',
  closed: '已关闭',
};

const en = {
  errorLabel: 'error',
  internalError: (p: { detail: string; version: string }) =>
    `internal error in contract-terms ${p.version}: ${p.detail}`,
  internalHint:
    'This is a bug in contract-terms, not a problem with your input: please report it with the command you ran. Set CONTRACT_TERMS_DEBUG=1 to see the stack trace.',
  unknownCommand: (p: { command: string; suggestion: string | null }) =>
    `unknown command "${p.command}"${p.suggestion === null ? '' : ` (did you mean "${p.suggestion}"?)`}`,
  usageLabel: 'usage',
  seeHelp: (p: { command: string }) => `run "contract-terms ${p.command} --help" for options and examples`,
  seeMainHelp: 'run "contract-terms --help" for the commands',

  // ---- arguments ----
  badLang: (p: { value: string }) => `--lang must be en or zh, not "${p.value}"`,
  unknownOption: (p: { option: string }) => `unknown option ${p.option}`,
  optionTakesNoValue: (p: { option: string }) => `option ${p.option} takes no value`,
  optionNeedsValue: (p: { option: string }) => `option ${p.option} needs a value`,
  badArguments: (p: { detail: string }) => `invalid arguments: ${p.detail}`,
  missingArgument: (p: { name: string }) => `missing argument ${p.name}`,
  extraArgument: (p: { value: string }) => `unexpected argument "${p.value}"`,
  badMonth: (p: { option: string; value: string }) => `${p.option} must be a month YYYY-MM, not "${p.value}"`,
  badDate: (p: { option: string; value: string }) =>
    `${p.option} must be a date YYYY-MM-DD, not "${p.value}"`,
  badAt: (p: { detail: string }) => `--at: ${p.detail}`,
  badLimitName: (p: { value: string; names: string }) =>
    `--limit ${p.value}: expected name=N with one of the limits ${p.names} (docs/limits.md)`,
  badLimitValue: (p: { value: string }) => `--limit ${p.value}: the value must be a whole number >= 1`,
  badWorkers: (p: { value: string }) =>
    `--workers ${p.value}: the value must be a whole number from 1 to 9999`,

  // ---- files ----
  fileMissing: (p: { file: string }) => `cannot read ${p.file}: no such file`,
  fileIsDirectory: (p: { file: string }) => `cannot read ${p.file}: it is a directory`,
  fileDenied: (p: { file: string }) => `cannot read ${p.file}: permission denied`,
  fileUnreadable: (p: { file: string; detail: string }) => `cannot read ${p.file}: ${p.detail}`,
  cannotWrite: (p: { file: string; detail: string }) => `cannot write ${p.file}: ${p.detail}`,
  contractInvalid: (p: { file: string; errors: number }) =>
    `the contract ${p.file} is invalid (${p.errors} error${p.errors === 1 ? '' : 's'}):`,
  standardInput: 'standard input',
  csvHeader: (p: { file: string; missing: string }) =>
    `${p.file}: the first line must name the columns month,date,amount (missing: ${p.missing})`,
  csvBadCell: (p: { column: string; expected: string; value: string }) =>
    `column "${p.column}" must be ${p.expected}, not "${p.value}"`,
  csvColumns: (p: { expected: number; found: number }) =>
    `expected ${p.expected} columns, as in the header, found ${p.found} (write amounts without thousands separators: 45000.00)`,
  csvEmpty: (p: { file: string }) =>
    `${p.file} is empty: expected a header month,date,amount and one payment per line`,
  csvInvalid: (p: { file: string; count: number }) =>
    `${p.file} has ${p.count} malformed line${p.count === 1 ? '' : 's'}`,

  // ---- tickets ----
  notJson: (p: { sample: string }) => `the line is not valid JSON: ${p.sample}`,
  failedLine: (p: { line: number; ticketId: string | null; code: string; message: string }) =>
    `line ${p.line}${p.ticketId === null ? '' : ` (ticket ${p.ticketId})`}: [${p.code}] ${p.message}`,
  failedHeading: (p: { count: string }) => `failed tickets (${p.count}):`,
  moreFailures: (p: { count: string }) =>
    `... and ${p.count} more (each is on standard output with its line number)`,
  moreFailuresReport: (p: { count: string }) =>
    `... and ${p.count} more, not listed here ("contract-terms evaluate" writes each with its line number)`,
  progress: (p: {
    percent: string;
    read: string;
    total: string;
    tickets: string;
    rate: string;
    eta: string;
  }) => `${p.percent}  ${p.read} / ${p.total}  ${p.tickets} tickets  ${p.rate}/s  ETA ${p.eta}`,
  status: {
    met: 'met',
    breached: 'breached',
    running: 'running',
    paused: 'paused',
    pending: 'pending',
    superseded: 'superseded',
    not_applicable: 'n/a',
  } satisfies Record<TargetStatus, string>,

  // ---- validate ----
  validOk: (p: { file: string }) => `${p.file}: valid`,
  validWithWarnings: (p: { file: string; warnings: number }) =>
    `${p.file}: valid, with ${p.warnings} warning${p.warnings === 1 ? '' : 's'}`,
  validContract: (p: { id: string; title: string }) => `contract ${p.id}: ${p.title}`,
  validTerm: (p: { start: string; end: string; zone: string }) =>
    `term ${p.start}..${p.end}, time zone ${p.zone}`,
  validScope: (p: { channels: string; channelCount: number; targets: number }) =>
    `${p.channelCount === 0 ? 'no channels' : `${p.channelCount} channel${p.channelCount === 1 ? '' : 's'} (${p.channels})`}, ${p.targets} service-level target${p.targets === 1 ? '' : 's'}`,
  validNoTerm: (p: { zone: string }) => `no term, time zone ${p.zone}`,
  validQuestion: (q: 'service-levels' | 'payments' | 'late-fees' | 'service-credits') =>
    ({
      'service-levels': 'service levels',
      payments: 'payments',
      'late-fees': 'late fees',
      'service-credits': 'service credits',
    })[q],
  validAnswers: (p: { questions: string }) => `answers: ${p.questions}`,
  validMissing: (p: { question: string; missing: string }) => `${p.question} (no ${p.missing})`,
  validCannotAnswer: (p: { questions: string }) => `cannot answer: ${p.questions}`,
  validInvalid: (p: { file: string; errors: number; warnings: number }) =>
    `${p.file}: invalid: ${p.errors} error${p.errors === 1 ? '' : 's'}, ${p.warnings} warning${p.warnings === 1 ? '' : 's'}`,

  // ---- calendar ----
  calendarDue: (p: {
    date: string;
    duration: string;
    calendar: string;
    counting: string;
    due: string;
    lastDay: string | null;
  }) =>
    `${p.duration} from ${p.date} (calendar ${p.calendar}, ${p.counting} counting): due ${p.due}${p.lastDay === null ? '' : `, the last day is ${p.lastDay}`}`,
  calendarData: (p: { calendar: string; version: string }) => `calendar ${p.calendar}, data ${p.version}`,
  calendarEstimateHint:
    'add --estimate to count days beyond the official schedule as Monday-Friday working days (an estimate)',
  badYear: (p: { value: string }) => `the year must be four digits YYYY, not "${p.value}"`,
  wroteIcs: (p: { file: string }) => `wrote the iCalendar file ${p.file}`,
  noticeRead: (p: {
    file: string;
    year: number;
    kind: string;
    title: string | null;
    published: string | null;
  }) =>
    `${p.file}: the ${p.year} notice (${p.kind === 'annual' ? "the year's schedule" : 'an amendment'})` +
    `${p.title === null ? '' : `: ${p.title}`}${p.published === null ? '' : `, signed ${p.published}`}`,
  noticeRest: (p: { days: string; count: number }) =>
    `rest ${p.days} (${p.count} day${p.count === 1 ? '' : 's'})`,
  noticeWork: (p: { days: string }) => `working ${p.days}`,
  noticeRefused: (p: { file: string; errors: number }) =>
    `${p.file}: the notice cannot be used (${p.errors} problem${p.errors === 1 ? '' : 's'}); nothing was written:`,
  noticeWrote: (p: { file: string; year: number }) =>
    `wrote ${p.file}: the ${p.year} schedule in the holiday-cn format (load it with extraYears, or name the notice file under calendars.<name>.notices)`,

  // ---- evaluate ----
  evaluateSummary: (p: { source: string; tickets: string; evaluated: string; failed: string }) =>
    `${p.source}: ${p.tickets} tickets, ${p.evaluated} evaluated, ${p.failed} failed`,
  elapsed: (p: { seconds: string; rate: string }) => `in ${p.seconds} s (${p.rate} tickets/s)`,
  unmappedStatuses: (p: { statuses: string }) =>
    `status names the contract does not map were ignored (tickets with each): ${p.statuses}; map them in the definition's statuses`,
  colTarget: 'target',

  // ---- report ----
  reportTitle: (p: { title: string; id: string }) => `Compliance report: ${p.title} [${p.id}]`,
  reportMeta: (p: { month: string; zone: string; at: string | null; evaluated: string; failed: string }) =>
    `month ${p.month}, time zone ${p.zone}${p.at === null ? '' : `, as of ${p.at}`}; ${p.evaluated} tickets in the report, ${p.failed} failed`,
  allMonths: 'all',
  reportEmpty: '(no ticket in the report)',
  rulesHeading: 'How tickets were counted:',
  colClause: 'clause',
  colChannel: 'channel',
  colMonth: 'month',
  colExcluded: 'excluded',
  colMetRate: 'met rate',
  ticketHeading: (p: { id: string; line: number; channel: string; month: string }) =>
    `ticket ${p.id} (line ${p.line}, channel ${p.channel}, month ${p.month}):`,
  ticketNoTargets: 'no target applies to this ticket',
  ticketNotFound: (p: { id: string; source: string }) =>
    `ticket "${p.id}" is not among the tickets evaluated from ${p.source} (missing, or its line failed)`,
  wroteHtml: (p: { file: string }) => `wrote the HTML report to ${p.file}`,
  wroteCsv: (p: { file: string }) => `wrote one line per ticket and target to ${p.file}`,
  wroteState: (p: { file: string }) => `wrote the report's state (for report --merge) to ${p.file}`,
  badGroupBy: (p: { value: string }) =>
    `--group-by must be names separated by commas (target, channel, month, or ticket fields), not "${p.value}"`,
  badCount: (p: { option: string; value: string }) => `${p.option} must be a whole number, not "${p.value}"`,
  mergeNeedsStates: 'report --merge needs one or more saved states (written with report --state <file>)',
  mergeNeedsContract: "report --merge --html needs --contract <file>: the page draws the contract's terms",
  badState: (p: { file: string; detail: string }) => `${p.file}: ${p.detail}`,
  mergeOtherContract: (p: { file: string; contract: string }) =>
    `${p.file} was computed from another definition than ${p.contract} (its SHA-256 differs)`,
  reportInputs: (p: { id: string; sha: string; calendars: string; read: string }) =>
    `contract ${p.id}, definition sha256 ${p.sha}; calendars ${p.calendars}; ${p.read} lines read`,
  ticketRowsHeading: 'Tickets (met when every target is met):',
  colUndetermined: 'undetermined',
  colGroup: 'group',

  // ---- payments ----
  paidNeedsAsOf: '--paid needs --as-of <YYYY-MM-DD>: the day late-payment penalties are counted through',
  asOfNeedsPaid: '--as-of is used with --paid <payments.csv>',
  noFees: (p: { file: string }) => `the contract ${p.file} has no fees: there is no payment schedule`,
  paidOutsideSchedule: (p: { file: string; line: number; month: string }) =>
    `${p.file}:${p.line}: ${p.month} is not a billing month of the schedule`,
  scheduleTitle: (p: { title: string; id: string }) => `Payment schedule: ${p.title} [${p.id}]`,
  estimatedMark: '(estimate)',
  provisionalMark: '(provisional)',
  colPeriod: 'period',
  colAmount: (p: { currency: string }) => `amount (${p.currency})`,
  colDueDate: 'due date',
  colRule: 'rule',
  scheduleTotal: (p: { count: number; total: string; currency: string }) =>
    `total: ${p.count} payment${p.count === 1 ? '' : 's'}, ${p.total} ${p.currency}`,
  statementsTitle: (p: { asOf: string | null; paid: string | null; tickets: string | null }) =>
    `Statements${p.asOf === null ? '' : ` as of ${p.asOf}`}${p.paid === null ? '' : `; payments from ${p.paid}`}${p.tickets === null ? '' : `; service credits from the tickets in ${p.tickets}`}:`,
  colFee: 'fee',
  colCredits: 'credits',
  colAmountDue: 'amount due',
  colPaid: 'paid',
  colOutstanding: 'outstanding',
  colDaysLate: 'days late',
  colLateFee: 'late fee',
  statementsTotal: (p: { credits: string; penalties: string; outstanding: string; currency: string }) =>
    `total: credits ${p.credits} ${p.currency}, late fees ${p.penalties} ${p.currency}, outstanding ${p.outstanding} ${p.currency}`,

  // ---- the HTML report ----
  html: {
    title: 'Compliance report',
    cardTickets: 'tickets in the report',
    cardMetRate: 'met rate, all targets',
    cardBreached: 'targets breached',
    cardFailed: 'lines that failed',
    metRateChart: 'Met rate per target and channel',
    metRateNote:
      'Bars: met / (met + breached). Dashed red line: the highest service-credit threshold of the target; orange bars are below it.',
    tableHeading: 'Per target, channel and month',
    barTooltip: (p: {
      target: string;
      clause: string;
      channel: string;
      met: number;
      breached: number;
      excluded: number;
      rate: string;
    }) =>
      `${p.target} (clause ${p.clause}), channel ${p.channel}: ${p.met} met, ${p.breached} breached, ${p.excluded} excluded; met rate ${p.rate}`,
    thresholdTooltip: (p: { percent: string }) => `service credits apply below ${p.percent}%`,
    noCounted: 'no ticket counted',
    timelineChart: (p: { id: string }) => `Timeline of ticket ${p.id}`,
    rowTicketsHeading: 'The tickets of each row',
    rowTicketsColumns: ['ticket', 'target', 'outcome', 'reason', 'due', 'stopped', 'measured (ms)'],
    eventsLane: 'events',
    eventLabel: (type: string): string => EVENTS_EN[type] ?? type,
    ticketStatusLabel: (status: string): string => status,
    clockHours: (p: { name: string }) => `service hours ${p.name}`,
    clockWorkingDays: (p: { name: string }) => `working days of calendar ${p.name}`,
    clockWall: 'wall clock',
    pausedTooltip: (p: { from: string; to: string }) => `paused ${p.from} – ${p.to}`,
    pausesTooltip: (p: { count: number; from: string; to: string }) =>
      `${p.count} pauses ${p.from} – ${p.to} (closer together than the chart can show apart)`,
    eventsTooltip: (p: { count: number; first: string }) => `${p.count} events here, the first: ${p.first}`,
    cyclesNote: (p: { drawn: number; count: number }) =>
      `${p.drawn} of ${p.count} cycles drawn (the first and the last)`,
    cycleTooltip: (p: { status: string; start: string; elapsed: string; allowance: string }) =>
      `${p.status}: started ${p.start}, used ${p.elapsed} of ${p.allowance}`,
    due: 'due',
    at: 'as of',
    legendOpen: 'clock running (service hours / working days)',
    legendPaused: 'paused',
    legendCycle: 'measured span',
    footer: (p: { source: string }) =>
      `Generated by contract-terms from ${p.source}. Times are in the contract's time zone.`,
  },

  // ---- draft ----
  draftStatus: (status: 'read' | 'placeholder' | 'assumed' | 'not-understood') =>
    ({ read: 'read', placeholder: 'placeholder', assumed: 'assumed', 'not-understood': 'NOT UNDERSTOOD' })[
      status
    ],
  draftAgreement: (p: { title: string; from: number; to: number }) =>
    `${p.title} (lines ${p.from}-${p.to} of the text)`,
  draftOutside: (p: { from: number; to: number; before: boolean }) =>
    `lines ${p.from}-${p.to}: ${p.before ? 'before' : 'after'} the agreement, not read`,
  draftTruncated: (p: { clause: string }) => `the text stops inside clause ${p.clause}`,
  draftMissing: (p: { option: string; message: string }) => `missing: ${p.option}: ${p.message}`,
  draftAbsent: (p: { message: string }) => `not in the draft: ${p.message}`,
  draftSummary: (p: {
    file: string;
    targets: number;
    read: number;
    placeholder: number;
    assumed: number;
    notUnderstood: number;
  }) =>
    `${p.file}: ${p.targets} service-level target${p.targets === 1 ? '' : 's'}; ${p.read} read, ${p.placeholder} placeholder${p.placeholder === 1 ? '' : 's'} to confirm, ${p.assumed} assumed, ${p.notUnderstood} not understood`,
  draftBadValue: (p: { value: string }) => `--value must be key=value, not "${p.value}"`,
  draftBadTerm: (p: { value: string }) => `--term must be YYYY-MM-DD..YYYY-MM-DD, not "${p.value}"`,
  draftStdout: 'standard output',

  help: {
    main: `contract-terms: the terms of a service contract as rules you can question.

Usage: contract-terms <command> [options]

Commands:
  validate <contract>                      check a contract file: every problem with file, line and column
  calendar <date> [--add <duration>]       is it a working day, and what is due after a duration, and why
  calendar import-notice <notice.txt>      read a State Council holiday notice into next year's calendar
  calendar --ics <year>                    the year's holidays and make-up working days as iCalendar
  evaluate <contract> <tickets.jsonl|->    one JSON line per ticket: status of every target
  report <contract> <tickets.jsonl>        the compliance report: table, JSON or HTML with charts
  payments <contract>                      payment schedule, late fees (--paid) and service credits (--tickets)
  draft <contract.txt> [-o draft.yaml]     draft a definition from the agreement's text, with what was read

Every command takes --json, --lang en|zh and --help.

Examples:
  contract-terms validate ${C}
  contract-terms calendar 2025-09-30 --add "10 working days"
  contract-terms evaluate ${C} examples/tickets.jsonl > results.jsonl
  contract-terms report ${C} examples/tickets.jsonl --month 2025-10 --html report.html
  contract-terms payments ${C} --paid examples/payments.csv --as-of 2025-12-01
  contract-terms draft contract.txt -o draft.yaml

${EXIT_CODES_EN}

More: docs/cli.md`,
    validate: {
      usage: 'contract-terms validate <contract> [--strict] [--json] [--lang en|zh]',
      text: `Checks a contract definition (YAML or JSON) and lists every problem with its file, line and
column, then a one-line verdict. Warnings do not make a contract invalid, unless --strict.

Options:
  --strict          treat warnings as errors
${LIMIT_EN}
${COMMON_EN}

Examples:
  contract-terms validate ${C}
  contract-terms validate examples/invalid/typos.contract.yaml --lang zh
  contract-terms validate my.contract.yaml --json

${EXIT_CODES_EN}`,
    },
    calendar: {
      usage:
        'contract-terms calendar <date> [--add <duration>] [--region CN|US|JP|...] [--estimate] [--json] [--lang en|zh]\n' +
        '       contract-terms calendar --ics <year> [--region ...] [-o <file.ics>] [--lang en|zh]\n' +
        '       contract-terms calendar import-notice <notice.txt> [--year YYYY] [-o <YYYY.json>] [--json] [--lang en|zh]',
      text: `Says whether a date is a working day and why (weekend, official holiday, make-up working day).
With --add, counts a term from the date the way the PRC Civil Code counts periods (arts. 201-203):
the start day is not counted, and the term ends at 24:00 of its last day.

With --ics, writes the year's official holidays and make-up working days as all-day events of an
iCalendar file (RFC 5545) for calendar apps; re-importing a later export updates the events.

import-notice reads the text of a State Council holiday notice (《国务院办公厅关于YYYY年部分节假日
安排的通知》, or a notice amending one) as published or pasted (Traditional characters, pinyin,
full-width punctuation and stray strings are cleaned), checks everything it states about itself
(weekdays, lunar dates, day counts, make-up days on weekends), prints each festival with its rest
and make-up days and the warnings, and with -o writes the year in the holiday-cn format. A notice
whose statements disagree is refused (exit code 1) with every problem, quoting the sentence.

Options:
  --add <duration>  a term to count from the date: "10 working days", "30 days", "1 month", "2个工作日"
  --region <code>   CN (default: the State Council schedule, with make-up working days) or a
                    date-holidays region: US, US-CA, JP, DE-BY, GB, ...
  --estimate        beyond the official schedule (CN: after 2026), assume Monday-Friday (an estimate)
  --ics             the year's holidays and make-up working days as iCalendar (standard output or -o)
  -o, --out <file>  write the iCalendar file, or import-notice's holiday-cn file, there
  --year YYYY       import-notice: the year the notice is for (checked against its title; needed
                    when the copy has no year)
${COMMON_EN}

Examples:
  contract-terms calendar 2025-10-11
  contract-terms calendar 2025-09-30 --add "10 working days"
  contract-terms calendar 2025-09-30 --add 10个工作日 --lang zh
  contract-terms calendar 2025-07-03 --region US --add "1 working day"
  contract-terms calendar 2026-12-31 --add "10 working days" --estimate
  contract-terms calendar --ics 2026 -o cn-2026.ics
  contract-terms calendar import-notice notices/2027.txt -o 2027.json

${EXIT_CODES_EN}`,
    },
    evaluate: {
      usage:
        'contract-terms evaluate <contract> <tickets.jsonl|-> [--at <instant>] [--explain] [--workers <n>] [--json] [--lang en|zh]',
      text: `Evaluates every ticket of a JSON Lines file (one ticket per line; "-" reads standard input)
against the contract's service-level targets. Standard output gets one JSON line per ticket, in
input order, as soon as it is evaluated:
  {"line":12,"ok":true,"ticketId":"T1","channel":"email","month":"2025-10","targets":[...]}
  {"line":13,"ok":false,"ticketId":"T2","error":{"code":"ticket_before_created","message":"...","path":[...]}}
A line that is not JSON, a malformed ticket or an impossible timeline is an error for that line
only. Blank lines are skipped. Standard error gets a summary (counts per target and status, the
failed lines) and, in a terminal, a progress bar for inputs over 5 MB. Memory stays bounded
whatever the size of the input.

Options:
  --at <instant>    judge every ticket as of this instant (ISO 8601 with an offset): later events
                    are ignored and open targets past due are breached
  --explain         add each target's explanation (in --lang) to the output
${WORKERS_EN}
${LIMIT_EN}
  --json            the summary on standard error as JSON
  --lang en|zh      language of messages and explanations (default: en, or $CONTRACT_TERMS_LANG)
  -h, --help        this help

Examples:
  contract-terms evaluate ${C} examples/tickets.jsonl > results.jsonl
  contract-terms evaluate ${C} - --at 2025-10-20T18:00:00+08:00 < examples/tickets.jsonl
  contract-terms evaluate ${C} examples/tickets.jsonl --explain --lang zh | head -n 3

${EXIT_CODES_EN}`,
    },
    report: {
      usage:
        'contract-terms report <contract> <tickets.jsonl|-> [--month YYYY-MM] [--at <instant>] [--ticket <id>] [--group-by <names>] [--list-tickets] [--csv <out.csv|->] [--state <out.json>] [--html <out.html>] [--workers <n>] [--json] [--lang en|zh]\n       contract-terms report --merge <state.json>... [--contract <contract>] [same outputs]',
      text: `The compliance report of a JSON Lines file of tickets: per target, channel and month, the tickets
met, breached and excluded, the met rate and the 50th/90th percentiles of the measured times.

Options:
  --month YYYY-MM   only tickets created in this month (in the contract's time zone)
  --at <instant>    the report's instant: targets still open and past due count as breached
  --ticket <id>     also explain this ticket (and draw its timeline in the HTML report)
  --html <file>     also write a self-contained HTML page with charts (no network needed); with
                    --list-tickets each row links to its tickets
  --group-by <names>  rows by these names, comma-separated: target, channel, month (the default
                    is target,channel,month) and any ticket field (priority, category, ...)
  --list-tickets    rows list their tickets (met, breached, excluded with the reason) in --json
  --csv <file|->    write one line per (ticket, target): id, target, group, outcome, reason, due,
                    stop, measured time ("-" for standard output)
  --state <file>    write the report's state, to merge later with report --merge
  --exact-times-up-to <n>  past n measured times in a row, percentiles from a DDSketch (within 1%)
  --merge           the positionals are saved states (--state): merge them into one report
  --contract <file> with --merge: check the states were computed from this definition
${WORKERS_EN}
${LIMIT_EN}
${COMMON_EN}

Examples:
  contract-terms report ${C} examples/tickets.jsonl --month 2025-10
  contract-terms report ${C} examples/tickets.jsonl --month 2025-10 --html report.html --ticket CS-1004
  contract-terms report ${C} examples/tickets.jsonl --json
  contract-terms report ${C} part-1.jsonl --state part-1.json
  contract-terms report --merge part-*.json --csv merged.csv

${EXIT_CODES_EN}`,
    },
    payments: {
      usage:
        'contract-terms payments <contract> [--from YYYY-MM] [--to YYYY-MM] [--paid <payments.csv> --as-of <YYYY-MM-DD>] [--tickets <tickets.jsonl>] [--explain] [--ics [-o <file.ics>]] [--json] [--lang en|zh]',
      text: `The payment schedule: for every billing month, the period, amount, due date and the rule and
clause that make it due. With --paid, each month's statement as of a day: paid, outstanding, days
late and the late-payment penalty. With --tickets, each month's service credits, read from the
compliance report of the tickets.

payments.csv: a header line month,date,amount, then one payment per line, e.g.
  month,date,amount
  2025-09,2025-10-31,30000.00

Options:
  --from, --to      the first and last billing months to show
  --paid <file>     payments made (CSV); needs --as-of
  --as-of <date>    the day penalties are counted through (there is no implicit "today")
  --tickets <file>  tickets (JSON Lines) for the service credits
  --explain         how every due date, penalty and credit was reached
  --ics             the due dates as iCalendar all-day events, with period and amount (standard
                    output, or the file of -o)
  -o, --out <file>  with --ics: write the iCalendar file there
${LIMIT_EN}
${COMMON_EN}

Examples:
  contract-terms payments ${C}
  contract-terms payments ${C} --paid examples/payments.csv --as-of 2025-12-01
  contract-terms payments ${C} --paid examples/payments.csv --as-of 2025-12-01 --tickets examples/tickets.jsonl --explain
  contract-terms payments ${C} --ics -o payments.ics

${EXIT_CODES_EN}`,
    },
    draft: {
      usage:
        'contract-terms draft <contract.txt> [-o <draft.yaml>] [--signed-on <YYYY-MM-DD>] [--term <YYYY-MM-DD..YYYY-MM-DD>] [--time-zone <zone>] [--value key=value]... [--id <id>] [--json] [--lang en|zh]',
      text: `Reads the text of a customer-service agreement (Chinese or English) and drafts its definition:
every term the text states, each commented with its clause and sentence. Then it lists the findings
(one per sentence that states a term: read, placeholder, assumed or NOT UNDERSTOOD), what the text
leaves to supply, and the sections the text has no terms for. Website text around the agreement is
left out. Review the findings, then validate the draft. See docs/drafting.md.

The draft goes to standard output (the findings to standard error), or to the file of -o (the
findings to standard output).

Options:
  -o, --out <file>        write the draft there
  --signed-on <date>      the signing date (a payment due after signing needs it)
  --term <start..end>     the service term, both days included (fees need it)
  --time-zone <zone>      the contract's zone, when the text does not say (北京时间 is read)
  --value key=value       a value for a blank or placeholder the findings name (repeatable):
                          --value monthlyFee=50000.00, --value chat-first-response="45 seconds"
  --id <id>               the definition's id (default drafted-contract)
${COMMON_EN}

Examples:
  contract-terms draft contract.txt -o draft.yaml
  contract-terms draft contract.txt --signed-on 2025-06-20 --term 2025-07-01..2026-06-30 --value monthlyFee=50000.00 -o draft.yaml
  contract-terms draft contract.txt --json

${EXIT_CODES_EN}`,
    },
  },
};

/** The shape of a catalogue: every language has every message with the same parameters. */
export type CliMessages = typeof en;
export type CommandName = Exclude<keyof CliMessages['help'], 'main'>;

const zh: CliMessages = {
  errorLabel: '错误',
  internalError: (p) => `contract-terms ${p.version} 内部错误:${p.detail}`,
  internalHint:
    '这是 contract-terms 的缺陷,不是输入的问题:请连同所运行的命令一并报告。设置 CONTRACT_TERMS_DEBUG=1 可查看调用栈。',
  unknownCommand: (p) =>
    `未知命令 "${p.command}"${p.suggestion === null ? '' : `(是否想用 "${p.suggestion}"?)`}`,
  usageLabel: '用法',
  seeHelp: (p) => `运行 "contract-terms ${p.command} --help" 查看选项与示例`,
  seeMainHelp: '运行 "contract-terms --help" 查看所有命令',

  badLang: (p) => `--lang 只能是 en 或 zh,而不是 "${p.value}"`,
  unknownOption: (p) => `未知选项 ${p.option}`,
  optionTakesNoValue: (p) => `选项 ${p.option} 不接受取值`,
  optionNeedsValue: (p) => `选项 ${p.option} 需要一个取值`,
  badArguments: (p) => `参数无效:${p.detail}`,
  missingArgument: (p) => `缺少参数 ${p.name}`,
  extraArgument: (p) => `多余的参数 "${p.value}"`,
  badMonth: (p) => `${p.option} 必须是月份 YYYY-MM,而不是 "${p.value}"`,
  badDate: (p) => `${p.option} 必须是日期 YYYY-MM-DD,而不是 "${p.value}"`,
  badAt: (p) => `--at:${p.detail}`,
  badLimitName: (p) => `--limit ${p.value}:应为 名称=N,名称取以下限制之一:${p.names}(docs/limits.md)`,
  badLimitValue: (p) => `--limit ${p.value}:取值必须是大于或等于 1 的整数`,
  badWorkers: (p) => `--workers ${p.value}:取值必须是 1 到 9999 之间的整数`,

  fileMissing: (p) => `无法读取 ${p.file}:文件不存在`,
  fileIsDirectory: (p) => `无法读取 ${p.file}:这是一个目录`,
  fileDenied: (p) => `无法读取 ${p.file}:没有权限`,
  fileUnreadable: (p) => `无法读取 ${p.file}:${p.detail}`,
  cannotWrite: (p) => `无法写入 ${p.file}:${p.detail}`,
  contractInvalid: (p) => `合同 ${p.file} 无效(${p.errors} 处错误):`,
  standardInput: '标准输入',
  csvHeader: (p) => `${p.file}:第一行必须列出 month,date,amount 三列(缺少:${p.missing})`,
  csvBadCell: (p) => `"${p.column}" 列应为 ${p.expected},而不是 "${p.value}"`,
  csvColumns: (p) =>
    `应有 ${p.expected} 列(与表头一致),实际为 ${p.found} 列(金额请勿使用千位分隔符:45000.00)`,
  csvEmpty: (p) => `${p.file} 为空:应有表头 month,date,amount,其后每行一笔付款`,
  csvInvalid: (p) => `${p.file} 有 ${p.count} 行格式错误`,

  notJson: (p) => `该行不是有效的 JSON:${p.sample}`,
  failedLine: (p) =>
    `第 ${p.line} 行${p.ticketId === null ? '' : `(工单 ${p.ticketId})`}:[${p.code}] ${p.message}`,
  failedHeading: (p) => `无法评估的工单(${p.count}):`,
  moreFailures: (p) => `…… 另有 ${p.count} 条(每条均连同行号输出在标准输出中)`,
  moreFailuresReport: (p) =>
    `…… 另有 ${p.count} 条,此处不再列出("contract-terms evaluate" 会连同行号逐条输出)`,
  progress: (p) => `${p.percent}  ${p.read} / ${p.total}  ${p.tickets} 张工单  ${p.rate}/秒  剩余 ${p.eta}`,
  status: {
    met: '达成',
    breached: '超时',
    running: '计时中',
    paused: '暂停',
    pending: '未起算',
    superseded: '已替代',
    not_applicable: '不适用',
  },

  validOk: (p) => `${p.file}: 有效`,
  validWithWarnings: (p) => `${p.file}: 有效,有 ${p.warnings} 条警告`,
  validContract: (p) => `合同 ${p.id}:${p.title}`,
  validTerm: (p) => `期限 ${p.start}..${p.end},时区 ${p.zone}`,
  validScope: (p) =>
    `${p.channelCount === 0 ? '未列渠道' : `${p.channelCount} 个渠道(${p.channels})`},${p.targets} 项服务水平指标`,
  validNoTerm: (p) => `未约定期限,时区 ${p.zone}`,
  validQuestion: (q) =>
    ({
      'service-levels': '服务水平',
      payments: '付款',
      'late-fees': '滞纳金',
      'service-credits': '服务扣减',
    })[q],
  validAnswers: (p) => `可回答:${p.questions}`,
  validMissing: (p) => `${p.question}(缺少 ${p.missing})`,
  validCannotAnswer: (p) => `无法回答:${p.questions}`,
  validInvalid: (p) => `${p.file}: 无效:${p.errors} 处错误,${p.warnings} 条警告`,

  calendarDue: (p) =>
    `自 ${p.date} 起 ${p.duration}(日历 ${p.calendar},${p.counting} 计法):截止 ${p.due}${p.lastDay === null ? '' : `,最后一日为 ${p.lastDay}`}`,
  calendarData: (p) => `日历 ${p.calendar},数据 ${p.version}`,
  calendarEstimateHint: '加上 --estimate 可将官方安排以外的日期按周一至周五为工作日估算',
  badYear: (p) => `年份必须为四位数字 YYYY,而不是 "${p.value}"`,
  wroteIcs: (p) => `iCalendar 文件已写入 ${p.file}`,
  noticeRead: (p) =>
    `${p.file}:${p.year} 年的${p.kind === 'annual' ? '年度安排通知' : '修改通知'}` +
    `${p.title === null ? '' : `:${p.title}`}${p.published === null ? '' : `(${p.published} 发布)`}`,
  noticeRest: (p) => `放假 ${p.days}(共 ${p.count} 天)`,
  noticeWork: (p) => `上班 ${p.days}`,
  noticeRefused: (p) => `${p.file}:该通知无法使用(${p.errors} 个问题),未写入任何文件:`,
  noticeWrote: (p) =>
    `已写入 ${p.file}:${p.year} 年安排的 holiday-cn 文件(以 extraYears 加载,或将通知文件列入 calendars.<名称>.notices)`,

  evaluateSummary: (p) => `${p.source}:${p.tickets} 张工单,${p.evaluated} 张已评估,${p.failed} 张失败`,
  elapsed: (p) => `用时 ${p.seconds} 秒(每秒 ${p.rate} 张)`,
  unmappedStatuses: (p) =>
    `合同未映射的状态名已被忽略(括号内为工单数):${p.statuses};请在定义的 statuses 中映射`,
  colTarget: '指标',

  reportTitle: (p) => `服务水平达成报告:${p.title} [${p.id}]`,
  reportMeta: (p) =>
    `月份 ${p.month},时区 ${p.zone}${p.at === null ? '' : `,截至 ${p.at}`};报告含 ${p.evaluated} 张工单,${p.failed} 张失败`,
  allMonths: '全部',
  reportEmpty: '(报告中没有工单)',
  rulesHeading: '统计规则:',
  colClause: '条款',
  colChannel: '渠道',
  colMonth: '月份',
  colExcluded: '不计入',
  colMetRate: '达成率',
  ticketHeading: (p) => `工单 ${p.id}(第 ${p.line} 行,渠道 ${p.channel},月份 ${p.month}):`,
  ticketNoTargets: '没有适用于该工单的指标',
  ticketNotFound: (p) => `工单 "${p.id}" 不在 ${p.source} 已评估的工单中(不存在,或该行评估失败)`,
  wroteHtml: (p) => `HTML 报告已写入 ${p.file}`,
  wroteCsv: (p) => `已按工单与指标逐行写入 ${p.file}`,
  wroteState: (p) => `报告状态(供 report --merge 使用)已写入 ${p.file}`,
  badGroupBy: (p) =>
    `--group-by 必须是以逗号分隔的名称(target、channel、month 或工单字段),而不是 "${p.value}"`,
  badCount: (p) => `${p.option} 必须是整数,而不是 "${p.value}"`,
  mergeNeedsStates: 'report --merge 需要一个或多个已保存的状态(由 report --state <文件> 写出)',
  mergeNeedsContract: 'report --merge --html 需要 --contract <文件>:页面要绘制合同条款',
  badState: (p) => `${p.file}:${p.detail}`,
  mergeOtherContract: (p) => `${p.file} 所用的合同定义与 ${p.contract} 不同(SHA-256 不一致)`,
  reportInputs: (p) => `合同 ${p.id},定义 sha256 ${p.sha};日历 ${p.calendars};读取 ${p.read} 行`,
  ticketRowsHeading: '工单(所有指标均达成才算达成):',
  colUndetermined: '未定',
  colGroup: '分组',

  paidNeedsAsOf: '--paid 需要同时给出 --as-of <YYYY-MM-DD>:滞纳金计算截至的日期',
  asOfNeedsPaid: '--as-of 需与 --paid <payments.csv> 一起使用',
  noFees: (p) => `合同 ${p.file} 没有约定费用:没有付款计划`,
  paidOutsideSchedule: (p) => `${p.file}:${p.line}:${p.month} 不是付款计划中的结算月份`,
  scheduleTitle: (p) => `付款计划:${p.title} [${p.id}]`,
  estimatedMark: '(估算)',
  provisionalMark: '(暂定)',
  colPeriod: '期间',
  colAmount: (p) => `金额(${p.currency})`,
  colDueDate: '到期日',
  colRule: '规则',
  scheduleTotal: (p) => `合计:${p.count} 笔,${p.total} ${p.currency}`,
  statementsTitle: (p) =>
    `对账单${p.asOf === null ? '' : `(截至 ${p.asOf})`}${p.paid === null ? '' : `;付款记录:${p.paid}`}${p.tickets === null ? '' : `;服务扣减依据:${p.tickets} 中的工单`}:`,
  colFee: '费用',
  colCredits: '扣减',
  colAmountDue: '应付',
  colPaid: '已付',
  colOutstanding: '未付',
  colDaysLate: '逾期天数',
  colLateFee: '滞纳金',
  statementsTotal: (p) =>
    `合计:扣减 ${p.credits} ${p.currency},滞纳金 ${p.penalties} ${p.currency},未付 ${p.outstanding} ${p.currency}`,

  html: {
    title: '服务水平达成报告',
    cardTickets: '报告中的工单',
    cardMetRate: '总体达成率',
    cardBreached: '超时的指标',
    cardFailed: '评估失败的行',
    metRateChart: '各指标、各渠道的达成率',
    metRateNote: '条形:达成数 /(达成数 + 超时数)。红色虚线:该指标服务扣减的最高阈值;橙色条形低于该阈值。',
    tableHeading: '按指标、渠道和月份',
    barTooltip: (p) =>
      `${p.target}(第 ${p.clause} 条),渠道 ${p.channel}:达成 ${p.met},超时 ${p.breached},不计入 ${p.excluded};达成率 ${p.rate}`,
    thresholdTooltip: (p) => `低于 ${p.percent}% 时适用服务扣减`,
    noCounted: '没有计入的工单',
    timelineChart: (p) => `工单 ${p.id} 的时间线`,
    rowTicketsHeading: '各行的工单',
    rowTicketsColumns: ['工单', '指标', '结果', '原因', '期限', '停止', '用时(毫秒)'],
    eventsLane: '事件',
    eventLabel: (type) => EVENTS_ZH[type] ?? type,
    ticketStatusLabel: (status) => TICKET_STATUSES_ZH[status] ?? status,
    clockHours: (p) => `服务时间 ${p.name}`,
    clockWorkingDays: (p) => `日历 ${p.name} 的工作日`,
    clockWall: '自然时间',
    pausedTooltip: (p) => `暂停 ${p.from} – ${p.to}`,
    pausesTooltip: (p) => `${p.count} 次暂停 ${p.from} – ${p.to}(间隔过近,图中无法分开显示)`,
    eventsTooltip: (p) => `此处有 ${p.count} 个事件,第一个:${p.first}`,
    cyclesNote: (p) => `共 ${p.count} 个计时周期,图中画出 ${p.drawn} 个(最前与最后)`,
    cycleTooltip: (p) => `${p.status}:开始于 ${p.start},已用 ${p.elapsed} / ${p.allowance}`,
    due: '期限',
    at: '截至',
    legendOpen: '计时中(服务时间 / 工作日)',
    legendPaused: '暂停',
    legendCycle: '计量区间',
    footer: (p) => `由 contract-terms 根据 ${p.source} 生成。时间均为合同时区。`,
  },

  // ---- draft ----
  draftStatus: (status) =>
    ({ read: '已读取', placeholder: '模板示例值', assumed: '推定', 'not-understood': '未读懂' })[status],
  draftAgreement: (p) => `${p.title}(文本第 ${p.from}-${p.to} 行)`,
  draftOutside: (p) => `第 ${p.from}-${p.to} 行:在合同${p.before ? '之前' : '之后'},未读取`,
  draftTruncated: (p) => `文本在第 ${p.clause} 条中途结束`,
  draftMissing: (p) => `缺少:${p.option}:${p.message}`,
  draftAbsent: (p) => `草稿中没有:${p.message}`,
  draftSummary: (p) =>
    `${p.file}:${p.targets} 项服务水平指标;已读取 ${p.read},待确认的模板示例值 ${p.placeholder},推定 ${p.assumed},未读懂 ${p.notUnderstood}`,
  draftBadValue: (p) => `--value 应为 键=值,而不是 "${p.value}"`,
  draftBadTerm: (p) => `--term 应为 YYYY-MM-DD..YYYY-MM-DD,而不是 "${p.value}"`,
  draftStdout: '标准输出',

  help: {
    main: `contract-terms:把服务合同的条款变成可以查询的规则。

用法:contract-terms <命令> [选项]

命令:
  validate <合同>                          检查合同文件:列出每个问题及其文件、行、列
  calendar <日期> [--add <期限>]           是否工作日;某期限之后何时到期;以及原因
  calendar import-notice <通知.txt>        读取国务院办公厅的放假安排通知,载入下一年的日历
  calendar --ics <年份>                    以 iCalendar 格式输出该年的节假日与调休上班日
  evaluate <合同> <tickets.jsonl|->        每张工单输出一行 JSON:各指标的状态
  report <合同> <tickets.jsonl>            服务水平达成报告:表格、JSON 或带图表的 HTML
  payments <合同>                          付款计划、滞纳金(--paid)与服务扣减(--tickets)
  draft <合同.txt> [-o 草稿.yaml]          从合同文本起草定义,并列出读取结果

每个命令都支持 --json、--lang en|zh 与 --help。

示例:
  contract-terms validate ${C}
  contract-terms calendar 2025-09-30 --add 10个工作日 --lang zh
  contract-terms evaluate ${C} examples/tickets.jsonl > results.jsonl
  contract-terms report ${C} examples/tickets.jsonl --month 2025-10 --html report.html
  contract-terms payments ${C} --paid examples/payments.csv --as-of 2025-12-01
  contract-terms draft contract.txt -o draft.yaml --lang zh

${EXIT_CODES_ZH}

更多说明:docs/cli.md`,
    validate: {
      usage: 'contract-terms validate <合同> [--strict] [--json] [--lang en|zh]',
      text: `检查合同定义(YAML 或 JSON),列出每个问题及其文件、行、列,最后给出一行结论。
警告不会使合同无效,除非使用 --strict。

选项:
  --strict          将警告视为错误
${LIMIT_ZH}
${COMMON_ZH}

示例:
  contract-terms validate ${C}
  contract-terms validate examples/invalid/typos.contract.yaml --lang zh
  contract-terms validate my.contract.yaml --json

${EXIT_CODES_ZH}`,
    },
    calendar: {
      usage:
        'contract-terms calendar <日期> [--add <期限>] [--region CN|US|JP|...] [--estimate] [--json] [--lang en|zh]\n' +
        '    contract-terms calendar --ics <年份> [--region ...] [-o <文件.ics>] [--lang en|zh]\n' +
        '    contract-terms calendar import-notice <通知.txt> [--year YYYY] [-o <YYYY.json>] [--json] [--lang en|zh]',
      text: `说明某日是否为工作日及原因(周末、法定节假日、调休上班日)。
使用 --add 时,按民法典第二百零一至二百零三条计算自该日起的期限:开始当日不计入,期限于最后一日 24 时届满。

使用 --ics 时,将该年的法定节假日与调休上班日输出为 iCalendar 文件(RFC 5545)中的全天事件,供日历应用导入;
再次导入之后导出的文件会更新这些事件。

import-notice 读取国务院办公厅放假安排通知(《国务院办公厅关于YYYY年部分节假日安排的通知》或修改该安排的通知)
的文本,无论是原文还是复制粘贴的文本(繁体字、拼音、全角标点与杂乱字符串都会被清理);核对通知中的各项自述
(星期、农历日期、天数、调休上班日是否为周末),列出每个节日的放假与上班日期及警告,使用 -o 时写出
holiday-cn 格式的该年文件。内容自相矛盾的通知会被拒绝(退出码 1),并列出每个问题及其所在的句子。

选项:
  --add <期限>      自该日起计算的期限:"10个工作日"、"30日"、"1个月"、"10 working days"
  --region <代码>   CN(默认:国务院办公厅安排,含调休上班日)或 date-holidays 地区:US、US-CA、JP、DE-BY、GB……
  --estimate        超出官方安排(CN:2026 年以后)时,按周一至周五为工作日估算
  --ics             以 iCalendar 格式输出该年的节假日与调休上班日(标准输出或 -o)
  -o, --out <文件>  将 iCalendar 文件或 import-notice 的 holiday-cn 文件写入该文件
  --year YYYY       import-notice:通知所属的年份(与标题核对;文本没有年份时必须给出)
${COMMON_ZH}

示例:
  contract-terms calendar 2025-10-11 --lang zh
  contract-terms calendar 2025-09-30 --add 10个工作日 --lang zh
  contract-terms calendar 2025-07-03 --region US --add "1 working day"
  contract-terms calendar 2026-12-31 --add "10 working days" --estimate
  contract-terms calendar --ics 2026 --lang zh -o cn-2026.ics
  contract-terms calendar import-notice notices/2027.txt -o 2027.json --lang zh

${EXIT_CODES_ZH}`,
    },
    evaluate: {
      usage:
        'contract-terms evaluate <合同> <tickets.jsonl|-> [--at <时刻>] [--explain] [--workers <n>] [--json] [--lang en|zh]',
      text: `按合同的服务水平指标评估 JSON Lines 文件中的每张工单(每行一张;"-" 表示读取标准输入)。
标准输出按输入顺序、逐张输出一行 JSON:
  {"line":12,"ok":true,"ticketId":"T1","channel":"email","month":"2025-10","targets":[...]}
  {"line":13,"ok":false,"ticketId":"T2","error":{"code":"ticket_before_created","message":"...","path":[...]}}
不是 JSON 的行、格式错误的工单或不可能成立的时间线,只算该行出错。空行会被跳过。
标准错误输出摘要(各指标各状态的数量、失败的行);在终端中且输入超过 5 MB 时显示进度条。
无论输入多大,内存占用都有上限。

选项:
  --at <时刻>       以该时刻(带时区偏移的 ISO 8601)评估每张工单:忽略其后的事件,已过期限仍未完成的指标算超时
  --explain         在输出中附上每个指标的解释(使用 --lang 的语言)
${WORKERS_ZH}
${LIMIT_ZH}
  --json            以 JSON 形式在标准错误输出摘要
  --lang en|zh      消息与解释的语言(默认 en,或取 $CONTRACT_TERMS_LANG)
  -h, --help        显示本帮助

示例:
  contract-terms evaluate ${C} examples/tickets.jsonl > results.jsonl
  contract-terms evaluate ${C} - --at 2025-10-20T18:00:00+08:00 < examples/tickets.jsonl
  contract-terms evaluate ${C} examples/tickets.jsonl --explain --lang zh | head -n 3

${EXIT_CODES_ZH}`,
    },
    report: {
      usage:
        'contract-terms report <合同> <tickets.jsonl|-> [--month YYYY-MM] [--at <时刻>] [--ticket <id>] [--group-by <名称>] [--list-tickets] [--csv <out.csv|->] [--state <out.json>] [--html <out.html>] [--workers <n>] [--json] [--lang en|zh]\n       contract-terms report --merge <state.json>... [--contract <合同>] [同样的输出选项]',
      text: `根据 JSON Lines 工单文件生成服务水平达成报告:按指标、渠道和月份列出达成、超时、不计入的数量,
达成率,以及用时的第 50、90 百分位。

选项:
  --month YYYY-MM   只统计该月(合同时区)创建的工单
  --at <时刻>       报告时刻:仍未完成且已过期限的指标算超时
  --ticket <id>     同时解释该工单(并在 HTML 报告中绘制其时间线)
  --html <文件>     同时写出一个自包含、带图表的 HTML 页面(无需网络);配合 --list-tickets,
                    每行链接到其工单
  --group-by <名称>  按这些名称分行,以逗号分隔:target、channel、month(默认 target,channel,month)
                    以及任意工单字段(priority、category 等)
  --list-tickets    在 --json 中列出每行的工单(达成、超时、不计入及原因)
  --csv <文件|->    按(工单,指标)逐行写出:编号、指标、分组、结果、原因、期限、停止时刻、用时
  --state <文件>    写出报告状态,供之后 report --merge 合并
  --exact-times-up-to <n>  一行用时超过 n 个时,百分位取自 DDSketch(误差 1% 以内)
  --merge           位置参数是已保存的状态(--state):合并为一份报告
  --contract <文件> 与 --merge 一起使用:核对状态是否由该合同定义算出
${WORKERS_ZH}
${LIMIT_ZH}
${COMMON_ZH}

示例:
  contract-terms report ${C} examples/tickets.jsonl --month 2025-10 --lang zh
  contract-terms report ${C} examples/tickets.jsonl --month 2025-10 --html report.html --ticket CS-1004
  contract-terms report ${C} examples/tickets.jsonl --json
  contract-terms report ${C} part-1.jsonl --state part-1.json
  contract-terms report --merge part-*.json --csv merged.csv

${EXIT_CODES_ZH}`,
    },
    payments: {
      usage:
        'contract-terms payments <合同> [--from YYYY-MM] [--to YYYY-MM] [--paid <payments.csv> --as-of <YYYY-MM-DD>] [--tickets <tickets.jsonl>] [--explain] [--ics [-o <文件.ics>]] [--json] [--lang en|zh]',
      text: `付款计划:每个结算月份的期间、金额、到期日,以及使其到期的规则和条款。
使用 --paid 时,给出截至某日的各月对账单:已付、未付、逾期天数与滞纳金。
使用 --tickets 时,根据工单的服务水平达成报告计算各月的服务扣减。

payments.csv:第一行为表头 month,date,amount,其后每行一笔付款,例如
  month,date,amount
  2025-09,2025-10-31,30000.00

选项:
  --from, --to      显示的第一个与最后一个结算月份
  --paid <文件>     已付款项(CSV);需要 --as-of
  --as-of <日期>    滞纳金计算截至的日期(不会默认取"今天")
  --tickets <文件>  用于计算服务扣减的工单(JSON Lines)
  --explain         说明每个到期日、滞纳金与扣减是如何得出的
  --ics             以 iCalendar 全天事件输出各笔付款的到期日,含期间与金额(标准输出或 -o)
  -o, --out <文件>  与 --ics 一起使用:将 iCalendar 文件写入该文件
${LIMIT_ZH}
${COMMON_ZH}

示例:
  contract-terms payments ${C} --lang zh
  contract-terms payments ${C} --paid examples/payments.csv --as-of 2025-12-01
  contract-terms payments ${C} --paid examples/payments.csv --as-of 2025-12-01 --tickets examples/tickets.jsonl --explain
  contract-terms payments ${C} --ics --lang zh -o payments.ics

${EXIT_CODES_ZH}`,
    },
    draft: {
      usage:
        'contract-terms draft <合同.txt> [-o <草稿.yaml>] [--signed-on <YYYY-MM-DD>] [--term <YYYY-MM-DD..YYYY-MM-DD>] [--time-zone <时区>] [--value 键=值]... [--id <标识>] [--json] [--lang en|zh]',
      text: `读取客服外包合同的文本(中文或英文),起草其定义:文本约定的每一项条款,并以注释注明其条款号与原句。
随后列出读取结果(每个约定条款的句子一条:已读取、模板示例值、推定或未读懂)、文本未写明而需要补充的内容,
以及文本中没有约定的部分。合同前后的网站文字不予读取。请先核对读取结果,再校验草稿。参见 docs/drafting.md。

草稿写到标准输出(读取结果写到标准错误),或写入 -o 指定的文件(读取结果写到标准输出)。

选项:
  -o, --out <文件>        将草稿写入该文件
  --signed-on <日期>      签订日期(签订后付款的规则需要)
  --term <起..止>         服务期限,首尾两日均包括在内(费用需要)
  --time-zone <时区>      文本未写明时区时使用(北京时间可读取)
  --value 键=值           为读取结果中列出的空白或模板示例值提供取值(可重复):
                          --value monthlyFee=50000.00, --value chat-first-response="45 seconds"
  --id <标识>             定义的标识(默认 drafted-contract)
${COMMON_ZH}

示例:
  contract-terms draft contract.txt -o draft.yaml --lang zh
  contract-terms draft contract.txt --signed-on 2025-06-20 --term 2025-07-01..2026-06-30 --value monthlyFee=50000.00 -o draft.yaml
  contract-terms draft contract.txt --json

${EXIT_CODES_ZH}`,
    },
  },
};

/** The catalogue of a language. */
export function messages(lang: Lang): CliMessages {
  return lang === 'zh' ? zh : en;
}
