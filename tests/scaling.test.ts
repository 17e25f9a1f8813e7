/**
 * docs/scaling.md's worked example with the command line, run as written: split the example tickets
 * into shards, a report state per shard, merged; the merged state and report equal those of one
 * process on the whole file, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

it("docs/scaling.md's shards, merged with report --merge, are one process's report to the byte", () => {
  const doc = readFileSync(join(root, 'docs/scaling.md'), 'utf8');
  const block = /<!-- scaling-example:start -->\n```sh\n([\s\S]*?)```\n<!-- scaling-example:end -->/.exec(
    doc,
  );
  expect(block, 'the example block in docs/scaling.md').not.toBeNull();
  const dir = mkdtempSync(join(tmpdir(), 'contract-terms-scaling-'));
  try {
    mkdirSync(join(dir, 'examples'));
    for (const file of ['customer-service.contract.yaml', 'tickets.jsonl'])
      cpSync(join(root, 'examples', file), join(dir, 'examples', file));
    const script = `contract-terms() { "${process.execPath}" "${join(root, 'dist/cli.js')}" "$@"; }\n${block![1]}`;
    writeFileSync(join(dir, 'example.sh'), script);
    const result = spawnSync('bash', ['example.sh'], { cwd: dir, encoding: 'utf8' });
    // 1: examples/tickets.jsonl has bad lines on purpose (counted as failed, listed on standard error).
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain('failed tickets');
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');
    for (const part of ['part-00.json', 'part-01.json', 'part-02.json'])
      expect(read(part).length).toBeGreaterThan(100);
    expect(read('merged.json')).toBe(read('all.json'));
    expect(read('merged.txt')).toBe(read('all.txt'));
    expect(read('all.txt')).toContain('email-first-reply');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
