/** Problems found in a contract definition, each with a path, and a position when the input was text. */
import { ContractTermsError, formatPath, type IssuePath } from '../errors/errors.js';
import { type Lang, type MessageCode, type MessageParams, renderMessage } from '../errors/messages.js';

/** One problem in a definition. */
export interface ContractIssue {
  /** `error`: the definition cannot be used; `warning`: it can, but something deserves a look. */
  readonly severity: 'error' | 'warning';
  /** A stable code (`schema_unknown_field`, `unknown_reference`, `invalid_duration`, ...). */
  readonly code: string;
  /** Where: keys and indexes from the root of the definition. */
  readonly path: IssuePath;
  /** The problem in English, without the path. */
  readonly message: string;
  /** The problem in Chinese, without the path. */
  readonly messageZh: string;
  /** 1-based line and column in the text, when the definition was text. */
  readonly line?: number;
  readonly column?: number;
}

/** Collects issues while a definition is checked. */
export class IssueList {
  readonly items: ContractIssue[] = [];

  add<C extends MessageCode>(
    severity: 'error' | 'warning',
    code: C,
    params: MessageParams<C>,
    path: IssuePath,
  ): void {
    this.items.push({
      severity,
      code,
      path: [...path],
      message: renderMessage(code, params, 'en'),
      messageZh: renderMessage(code, params, 'zh'),
    });
  }

  error<C extends MessageCode>(code: C, params: MessageParams<C>, path: IssuePath): void {
    this.add('error', code, params, path);
  }

  warning<C extends MessageCode>(code: C, params: MessageParams<C>, path: IssuePath): void {
    this.add('warning', code, params, path);
  }

  /** Records a library error as an issue (its own path is used when it has one). */
  fromError(error: ContractTermsError, fallbackPath: IssuePath): void {
    const path = error.path.length > 0 ? error.path : fallbackPath;
    const issues = (error as { issues?: ReadonlyArray<{ code: string; params: unknown; path: IssuePath }> })
      .issues;
    if (issues !== undefined && issues.length > 0) {
      for (const issue of issues) {
        this.items.push({
          severity: 'error',
          code: issue.code,
          path: [...issue.path],
          message: renderMessage(issue.code as MessageCode, issue.params as never, 'en'),
          messageZh: renderMessage(issue.code as MessageCode, issue.params as never, 'zh'),
        });
      }
      return;
    }
    this.items.push({
      severity: 'error',
      code: error.code,
      path: [...path],
      message: renderMessage(error.code, error.params as never, 'en'),
      messageZh: renderMessage(error.code, error.params as never, 'zh'),
    });
  }

  /** Runs `fn`, turning a library error into an issue; returns undefined when it failed. */
  attempt<T>(path: IssuePath, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (error) {
      if (error instanceof ContractTermsError) {
        this.fromError(error, path);
        return undefined;
      }
      throw error;
    }
  }

  get hasErrors(): boolean {
    return this.items.some((issue) => issue.severity === 'error');
  }
}

/**
 * One issue as a line of text: `file:line:column: error: path: message`.
 *
 * @example
 * formatIssue({ severity: 'error', code: 'schema_unknown_field', path: ['targets', 0, 'withn'], message: 'unknown field "withn"', messageZh: '未知字段 "withn"', line: 12, column: 5 }, 'en', 'contract.yaml')
 * //=> 'contract.yaml:12:5: error: targets[0].withn: unknown field "withn"'
 */
export function formatIssue(issue: ContractIssue, lang: Lang = 'en', file?: string): string {
  const where = [file, issue.line, issue.column].filter((part) => part !== undefined).join(':');
  const severity = lang === 'zh' ? (issue.severity === 'error' ? '错误' : '警告') : issue.severity;
  const path = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
  return `${where ? `${where}: ` : ''}${severity}: ${path}${lang === 'zh' ? issue.messageZh : issue.message}`;
}
