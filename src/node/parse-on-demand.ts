/**
 * Parsing a definition in Node with region calendars loaded only when it names one. Region
 * calendars need `contract-terms/regions`, and date-holidays under it, which takes a quarter of a
 * second to load; most definitions name the China calendar only. So the definition is parsed
 * without them first, and again with them when, and only when, it says it needs them (the
 * `region_calendar_needs_import` issue): the command line, its worker threads and the workers of
 * `contract-terms/node` parse every definition the way a caller who imported the regions would.
 */
import {
  type Contract,
  type ParseContractOptions,
  parseContract,
  type SafeParseContractResult,
  safeParseContract,
} from '../index.js';

/** Whether a parse failed only for want of the region calendars. */
function needsRegions(result: SafeParseContractResult): boolean {
  return !result.ok && result.issues.some((issue) => issue.code === 'region_calendar_needs_import');
}

/**
 * `safeParseContract`, with `regionCalendar` from `contract-terms/regions` when the definition names
 * a region calendar.
 *
 * @example
 * const result = await safeParseContractOnDemand(readFileSync('examples/multilingual-desk.contract.yaml', 'utf8'));
 * result.ok
 * //=> true (the definition names the JP region calendar: contract-terms/regions was loaded)
 */
export async function safeParseContractOnDemand(
  input: unknown,
  options: ParseContractOptions = {},
): Promise<SafeParseContractResult> {
  const result = safeParseContract(input, options);
  if (!needsRegions(result) || options.regionCalendar !== undefined) return result;
  const { regionCalendar } = await import('../regions.js');
  return safeParseContract(input, { ...options, regionCalendar });
}

/**
 * `parseContract`, with `regionCalendar` from `contract-terms/regions` when the definition names a
 * region calendar (it throws what `parseContract` throws).
 *
 * @example
 * (await parseContractOnDemand(readFileSync('examples/multilingual-desk.contract.yaml', 'utf8'))).id
 * //=> 'multilingual-desk-2026'
 */
export async function parseContractOnDemand(
  input: unknown,
  options: ParseContractOptions = {},
): Promise<Contract> {
  const result = safeParseContract(input, options);
  if (result.ok) return result.contract;
  // Parsed again to throw what parseContract throws (its error, with every issue).
  if (!needsRegions(result) || options.regionCalendar !== undefined) return parseContract(input, options);
  const { regionCalendar } = await import('../regions.js');
  return parseContract(input, { ...options, regionCalendar });
}
