/**
 * The one check of an options object's names, shared by the calendar factories and `daysIn`: a
 * misspelled option would otherwise be dropped without a word (`beyondcoverage: 'weekends'`
 * answering with errors, `extraYear: [...]` loading nothing).
 */
import { InvalidArgumentError } from '../errors/errors.js';
import type { ArgumentExpectation } from '../errors/messages.js';

/** Throws `InvalidArgumentError` (`expected`, at the option's name) for the first name not in `known`. */
export function refuseUnknownOptions(
  options: object,
  known: readonly string[],
  expected: ArgumentExpectation,
): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new InvalidArgumentError('invalid_argument', { name: 'options', expected, input: key }, [key]);
    }
  }
}
