/**
 * Writes a JSON Lines file of synthetic tickets of the reference contract (bench/tickets.ts), one
 * ticket a line as a help desk exports them: the input of the command-line benchmark and of the
 * profiling runs in docs/scaling.md.
 *
 *   npx tsx bench/tickets-file.ts <count> <out.jsonl> [first]
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { syntheticTickets } from './tickets.js';

/** Writes `count` tickets (numbered from `first`) to `file`, in chunks so memory stays small. */
export async function writeTicketsFile(file: string, count: number, first = 0): Promise<void> {
  const out = createWriteStream(file);
  const CHUNK = 10_000;
  for (let n = 0; n < count; n += CHUNK) {
    const tickets = syntheticTickets(first + n, Math.min(CHUNK, count - n));
    let text = '';
    for (const ticket of tickets) text += `${JSON.stringify(ticket)}\n`;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

// Run as a script (not when bundled into the benchmark, which imports writeTicketsFile).
if (
  process.argv[1] !== undefined &&
  fileURLToPath(import.meta.url) === process.argv[1] &&
  process.argv[1].endsWith('tickets-file.ts')
) {
  const [countText, file, firstText] = process.argv.slice(2);
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 0 || file === undefined) {
    console.error('usage: tsx bench/tickets-file.ts <count> <out.jsonl> [first]');
    process.exit(2);
  }
  await writeTicketsFile(file, count, Number(firstText ?? 0));
}
