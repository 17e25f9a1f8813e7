/**
 * Writes examples/invalid/<name>.expected.txt: what reading each invalid (or warning-only) example
 * reports, one issue a line, in English then Chinese. tests/examples.test.ts compares against these
 * files, so a change in what the library reports is a visible, reviewed diff.
 *
 *   npx tsx scripts/invalid-examples.ts          write the files
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, safeParseContract } from '../src/index.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '../examples/invalid');

/** The expected report for one example file. */
export function reportFor(file: string, text: string): string {
  const result = safeParseContract(text);
  const issues = result.ok ? result.warnings : result.issues;
  const lines = [`# ${result.ok ? 'accepted with warnings' : 'refused'}`];
  for (const lang of ['en', 'zh'] as const)
    for (const issue of issues) lines.push(formatIssue(issue, lang, file));
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
    const target = join(folder, file.replace(/\.contract\.yaml$/, '.expected.txt'));
    writeFileSync(target, reportFor(file, readFileSync(join(folder, file), 'utf8')));
    console.log(`wrote ${target}`);
  }
}
