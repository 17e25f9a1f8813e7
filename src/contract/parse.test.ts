import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ContractError } from '../errors/errors.js';
import { formatIssue } from './issues.js';
import { parseContract, safeParseContract } from './parse.js';

const referenceText = readFileSync(
  join(import.meta.dirname, '../../examples/customer-service.contract.yaml'),
  'utf8',
);
// biome-ignore lint/suspicious/noExplicitAny: tests edit the parsed example freely, as a user editing YAML would.
const reference = () => parseYaml(referenceText) as Record<string, any>;

describe('parseContract: inputs', () => {
  it('reads YAML text, JSON text and plain objects to the same rules', () => {
    const fromYaml = parseContract(referenceText);
    const fromObject = parseContract(reference());
    const fromJson = parseContract(JSON.stringify(reference(), null, 2));
    for (const contract of [fromYaml, fromObject, fromJson]) {
      expect(contract.id).toBe('cs-outsourcing-2025');
      expect(contract.timeZone).toBe('Asia/Shanghai');
      expect(contract.targets.map((t) => t.id)).toEqual(fromYaml.targets.map((t) => t.id));
    }
  });

  it('normalises the rules: durations, calendars, hours, conditions, money', () => {
    const contract = parseContract(referenceText);
    const general = contract.targets.find((t) => t.id === 'general-resolution')!;
    expect(general.duration).toEqual({ kind: 'workingDays', days: 2 });
    expect(general.deadline.counting).toBe('cn-civil');
    expect(general.pauseWhile.has('awaiting-customer')).toBe(true);
    expect(general.condition?.evaluate({ category: 'general' })).toBe(true);
    expect(general.condition?.evaluate({ category: 'complaint' })).toBe(false);
    expect(general.warnAt).toEqual([50, 75, 90]); // per cent, as the definition writes them
    expect(contract.calendars.cn?.isWorkingDay('2025-10-11')).toBe(true);
    expect(contract.hours.phone?.isOpen('2025-10-11T10:00:00+08:00')).toBe(true);
    expect(contract.billing?.recurring[0]?.amount).toEqual({
      minor: 5_000_000n,
      currency: 'CNY',
      exponent: 2,
    });
    expect(contract.billing?.lateFee?.dailyRate).toEqual({ coefficient: 5n, scale: 4 });
    expect(contract.channels.get('phone')?.kind).toBe('phone');
  });

  it('refuses inputs that are not definitions, saying what they are', () => {
    for (const input of [42, null, undefined, ['a'], true]) {
      const result = safeParseContract(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.code).toBe('contract_input');
    }
    const scalar = safeParseContract('just a sentence');
    expect(scalar.ok ? [] : scalar.issues.map((i) => i.code)).toEqual(['contract_input']);
  });
});

describe('parseContract: reporting', () => {
  it('throws ContractError with every issue; safeParseContract returns them', () => {
    const broken = referenceText
      .replace('within: 30 seconds', 'within: 30 sekunden')
      .replace('hours: phone\n', 'hours: fone\n');
    let caught: unknown;
    try {
      parseContract(broken);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContractError);
    const error = caught as ContractError;
    expect(error.issues.map((i) => i.code)).toEqual(['invalid_duration', 'unknown_reference']);
    expect(error.message).toMatch(
      /^the contract definition has 2 error\(s\); the first: line \d+: targets\[0\]\.within/,
    );
    const result = safeParseContract(broken);
    expect(result.ok).toBe(false);
  });

  it('gives lines and columns for JSON text too', () => {
    const json = JSON.stringify({ ...reference(), timeZone: 'Mars/Base' }, null, 2);
    const result = safeParseContract(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues[0]!;
    expect(issue.code).toBe('invalid_time_zone');
    expect(json.split('\n')[issue.line! - 1]).toContain('"Mars/Base"');
  });

  it('reports a JSON syntax error with its position', () => {
    const result = safeParseContract('{\n  "schemaVersion": 1,\n  "id": \n}');
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.line])).toEqual([
      ['contract_json_syntax', 4],
    ]);
  });

  it('reports duplicate keys, which YAML forbids', () => {
    const result = safeParseContract(
      referenceText.replace('timeZone: Asia/Shanghai\n', 'timeZone: Asia/Shanghai\ntimeZone: UTC\n'),
    );
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['contract_yaml_syntax']);
  });

  it('refuses alias bombs instead of expanding them', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`,
      );
    const started = Date.now();
    const result = safeParseContract(bomb.join('\n'));
    expect(result.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('speaks Chinese too', () => {
    const result = safeParseContract(referenceText.replace('within: 30 seconds', 'withn: 30 seconds'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.issues.map((i) => formatIssue(i, 'zh', 'c.yaml'));
    expect(lines.join('\n')).toContain('错误: targets[0].withn: 未知字段 "withn"');
    expect(lines.join('\n')).toContain('错误: targets[0].within: 必填(文本或对象)');
  });

  it('strict mode refuses a definition with warnings', () => {
    const warned = referenceText.replace(
      'term: { start: 2025-07-01, end: 2026-06-30 }',
      'term: { start: 2025-07-01, end: 2027-06-30 }',
    );
    expect(safeParseContract(warned).ok).toBe(true);
    const strict = safeParseContract(warned, { strict: true });
    expect(strict.ok ? [] : strict.issues.map((i) => [i.severity, i.code])).toEqual([
      ['warning', 'calendar_does_not_cover'],
      ['warning', 'payment_due_not_covered'],
    ]);
  });

  it('checks the term, dates, time zones and calendar cycles', () => {
    const def = reference();
    def.term = { start: '2026-07-01', end: '2025-06-30' };
    def.signedOn = '2025-02-30';
    def.calendars = { a: { type: 'derived', base: 'b' }, b: { type: 'derived', base: 'a' } };
    const result = safeParseContract(def);
    const codes = result.ok ? [] : result.issues.map((i) => i.code);
    expect(codes).toContain('term_order');
    expect(codes).toContain('invalid_civil_date');
    expect(codes).toContain('reference_cycle');
  });

  it('checks service credit tiers', () => {
    const def = reference();
    def.serviceCredits.rules[0].tiers = [
      { below: '95%', credit: '10%' },
      { below: '90%', credit: '5%' },
    ];
    const result = safeParseContract(def);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['tiers_order']);
  });

  it('never lets a condition read the prototype, even through the object input', () => {
    const def = reference();
    def.targets[0].appliesTo = { var: 'constructor.prototype' };
    const result = safeParseContract(def);
    const codes = result.ok ? [] : result.issues.map((i) => i.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['condition_forbidden_segment']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseContract: notices named by a China calendar', () => {
  const fixtures = join(import.meta.dirname, '../../tests/fixtures/notices');
  const readFile = (name: string) => readFileSync(join(fixtures, name), 'utf8');
  const into2027 = () => {
    const def = reference();
    def.term = { start: '2026-07-01', end: '2027-06-30' };
    return def;
  };

  it('loads the notice files, so the term is covered and no coverage warning remains', () => {
    const without = safeParseContract(into2027());
    expect(without.ok ? without.warnings.map((w) => w.code) : []).toContain('calendar_does_not_cover');
    const warning = without.ok
      ? without.warnings.find((w) => w.code === 'calendar_does_not_cover')!
      : undefined;
    expect(warning?.message).toContain('calendars.cn.notices');
    expect(warning?.message).toContain('contract-terms calendar import-notice');
    const def = into2027();
    def.calendars.cn.notices = ['synthetic-2027.txt'];
    const result = safeParseContract(def, { readFile });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.code)).not.toContain('calendar_does_not_cover');
    const cn = result.contract.calendars.cn!;
    expect(cn.coverage.end).toBe('2027-12-31');
    expect(cn.isWorkingDay('2027-02-20')).toBe(true);
    expect(cn.dataVersion).toContain('loaded at run time: 2027 (notices[0])');
  });

  it('refuses notice files it cannot read, and notices whose statements disagree, at their path', () => {
    const def = into2027();
    def.calendars.cn.notices = ['synthetic-2027.txt'];
    const noReader = safeParseContract(def);
    // (Terms counted on the calendar then report that it is missing, as for any calendar that failed.)
    const noticeIssues = (r: typeof noReader) =>
      r.ok ? [] : r.issues.filter((i) => i.code.startsWith('notice_')).map((i) => [i.code, i.path.join('.')]);
    expect(noticeIssues(noReader)).toEqual([['notice_file_unreadable', 'calendars.cn.notices.0']]);
    const broken = safeParseContract(def, {
      readFile: (name) => readFile(name).replace('共9天', '共8天'),
    });
    expect(noticeIssues(broken)).toEqual([['notice_count', 'calendars.cn.notices.0']]);
    const text = referenceText.replace('cn: { type: china }', 'cn: { type: china, notices: [missing.txt] }');
    const missing = safeParseContract(text, { readFile });
    const issue = missing.ok ? undefined : missing.issues.find((i) => i.code.startsWith('notice_'));
    expect(issue?.code).toBe('notice_file_unreadable');
    expect(issue?.line).toBeGreaterThan(0);
  });

  it('reports the warnings of a notice it read as warnings of the definition', () => {
    const def = into2027();
    def.calendars.cn.notices = ['synthetic-2027.txt'];
    const result = safeParseContract(def, { readFile: (name) => `${readFile(name)}\nxx#y` });
    expect(result.ok ? result.warnings.map((w) => [w.code, w.path.join('.')]) : []).toContainEqual([
      'notice_cleaned',
      'calendars.cn.notices.0',
    ]);
  });
});

describe('parseContract: region calendars', () => {
  const withRegion = () => {
    // The reference contract on US public holidays: its one calendar (still named `cn`) a region's.
    const def = reference();
    def.calendars = { cn: { type: 'region', region: 'US' } };
    return def;
  };

  it('builds them with the regionCalendar it is given (contract-terms/regions)', async () => {
    const { regionCalendar } = await import('../regions.js');
    const contract = parseContract(withRegion(), { regionCalendar });
    expect(contract.calendars.cn?.id).toBe('US');
    expect(contract.calendars.cn?.isWorkingDay('2025-07-04')).toBe(false);
    expect(contract.calendars.cn?.isWorkingDay('2025-10-08')).toBe(true);
  });

  it('without it, refuses the definition saying what to import, and where', () => {
    const result = safeParseContract(withRegion());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toMatchObject([
      { code: 'region_calendar_needs_import', path: ['calendars', 'cn', 'region'] },
    ]);
    expect(formatIssue(result.issues[0]!)).toContain("from 'contract-terms/regions'");
  });
});
