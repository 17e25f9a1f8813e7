/**
 * contract-terms: the terms of a service contract as rules a service can question.
 *
 * This file is the whole public surface; anything not exported here is internal.
 */

export type { Amount, AmountInput } from './billing/common.js';
export type {
  ComplianceReportInput,
  ComplianceRowInput,
  CreditLine,
  ServiceCreditsResult,
} from './billing/credits.js';
export {
  type Decimal,
  decimal,
  formatDecimal,
  type RoundingMode,
} from './billing/decimal.js';
export type { BillingStep, CreditTierText, DueAnchor, Explained } from './billing/explain.js';
export type {
  LateFeeOptions,
  LateFeeResult,
  LateFeeSegment,
  PaymentDue,
  PaymentMade,
} from './billing/late-fee.js';
export { type LateFeeTerms, lateFee } from './billing/late-fee-terms.js';
export {
  addMoney,
  allocate,
  compareMoney,
  formatMoney,
  type Money,
  type MoneyJSON,
  money,
  multiplyMoney,
  prorate,
  subtractMoney,
  sumMoney,
} from './billing/money.js';
export type { ReportDeadline, ReportingDeadlines } from './billing/reports.js';
export type {
  FeeLine,
  PaymentSchedule,
  PaymentScheduleOptions,
  ScheduledPayment,
} from './billing/schedule.js';
export type { Statement, StatementOptions } from './billing/statement.js';
export type { Billing, Covers, ProrationRule } from './billing/terms.js';
export type {
  CalendarAnswer,
  CalendarCoverage,
  CalendarIcsOptions,
  CalendarOverrides,
  DayInfo,
  DayKind,
  DaySelection,
  DaysInOptions,
  WorkingDayCalendar,
} from './calendar/calendar.js';
export { type ChinaCalendarOptions, chinaCalendar } from './calendar/china.js';
export type { HolidayCnFile } from './calendar/holiday-cn.js';
export type { HolidayName } from './calendar/holiday-names.js';
export type { IcsOptions } from './calendar/ics.js';
export {
  type HolidayNotice,
  type HolidayNoticeDay,
  type HolidayNoticeFestival,
  type NoticeIssue,
  type NoticeIssueCode,
  type ParseHolidayNoticeOptions,
  parseHolidayNotice,
  type SafeParseHolidayNoticeResult,
  safeParseHolidayNotice,
} from './calendar/notice.js';
export { type HolidayType, type RegionCalendarOptions, regionCalendar } from './calendar/region.js';
export type { FestivalDay, FestivalRole } from './calendar/statutory.js';
export { type WeekdayCalendarOptions, weekdayCalendar } from './calendar/weekdays.js';
export {
  type Counting,
  type Deadline,
  type DeadlineOptions,
  type DeadlineStep,
  deadline,
  type PauseSpan,
} from './clock/deadline.js';
export {
  addDurations,
  compareDurations,
  type Duration,
  type DurationInput,
  type DurationObject,
  formatDuration,
  parseDuration,
  type TimeClock,
} from './clock/duration.js';
export {
  type DayKindName,
  type DaySelector,
  type HoursException,
  type HoursRule,
  type ServiceHours,
  type ServiceHoursSpec,
  serviceHours,
  type WeekdayName,
  type WindowSpec,
} from './clock/service-hours.js';
export type { Channel } from './contract/assemble.js';
export {
  Contract,
  type ContractAnswer,
  type EvaluateOptions,
  type EvaluationItem,
} from './contract/contract.js';
export { type ContractIssue, formatIssue } from './contract/issues.js';
export {
  type ParseContractOptions,
  parseContract,
  type SafeParseContractResult,
  safeParseContract,
} from './contract/parse.js';
export type { ContractDefinition } from './contract/schema.js';
export {
  BillingError,
  CalendarCoverageError,
  CalendarDataError,
  ConditionError,
  type ConditionIssueCode,
  ContractError,
  ContractTermsError,
  DeadlineError,
  HolidayNoticeError,
  InvalidArgumentError,
  InvalidDateError,
  InvalidDurationError,
  InvalidInstantError,
  InvalidTimeZoneError,
  type IssuePath,
  LimitError,
  MoneyError,
  QuestionError,
  ReportStateError,
  ServiceHoursError,
  TicketError,
} from './errors/errors.js';
export {
  type ArgumentExpectation,
  type CalendarDataReason,
  type DeadlineReason,
  type DurationGroup,
  type DurationKindName,
  type DurationReason,
  type DurationUnit,
  type HoursReason,
  type Lang,
  type MessageCode,
  type MessageParams,
  type MoneyArgumentExpectation,
  type NumberSyntaxReason,
  renderMessage,
  type TimeReason,
} from './errors/messages.js';
export {
  DEFAULT_LIMITS,
  LIMITS,
  type LimitName,
  type LimitSpec,
  type Limits,
  resolveLimits,
} from './limits/limits.js';
export {
  type CompileConditionOptions,
  type CompiledCondition,
  type ConditionIssue,
  type ConditionLogic,
  compileCondition,
  safeCompileCondition,
} from './rules/condition.js';
export {
  ComplianceAccumulator,
  type ComplianceOptions,
  type ComplianceReport,
  type ComplianceRow,
  type ComplianceState,
  type EvaluationLike,
  type ExcludedByReason,
  type ExcludedReason,
  type ListedTicket,
  type ListedTicketOutcome,
  type ReportInputs,
  type ReportSubject,
  type TicketRow,
} from './sla/report.js';
export type {
  EventMatcher,
  Measure,
  ReplyAuthor,
  ResponseStops,
  SlaTarget,
  TicketStatus,
} from './sla/target.js';
export type { TicketEventInput, TicketInput } from './sla/ticket.js';
export { type MeasureKind, type TicketState, ticketState } from './sla/ticket-state.js';
export type {
  CycleEvaluation,
  ExclusionReason,
  TargetEvaluation,
  TargetExplanation,
  TargetStatus,
  TicketEvaluation,
} from './sla/types.js';
export { sha256Text } from './text/sha256.js';
export type { CivilDate } from './time/civil-date.js';
export { dateInZone, formatInZone, startOfDateInZone } from './time/in-zone.js';
export type { InstantInput } from './time/instant.js';
