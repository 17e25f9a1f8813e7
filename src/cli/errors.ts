/** Errors of the command itself: a message for the user, details, and the exit code. */

/** Exit codes (documented in `--help` and docs/cli.md). */
export const EXIT = {
  /** Everything worked. */
  ok: 0,
  /** `validate`: the contract is invalid; `evaluate`, `report`, `payments --tickets`: some ticket failed. */
  failed: 1,
  /** A usage error, a file that cannot be read, or an invalid contract given to another command. */
  usage: 2,
  /** A bug in contract-terms (never caused by bad input). */
  internal: 3,
} as const;

/** A problem to report to the user in one line, with optional details, and the exit code to end with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
    readonly details: readonly string[] = [],
    /** When set, the error is a usage error of this command: the short usage is printed after it. */
    readonly usageOf?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
