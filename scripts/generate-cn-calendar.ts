/**
 * Generates src/calendar/cn-schedule.generated.ts, the official China schedule the library ships,
 * from the holiday-cn files in data/holiday-cn/.
 *
 *   npm run generate           write the module
 *   npm run generate -- --check exit 1 when the committed module differs from what the files give
 *
 * tests/cn-schedule-data.test.ts runs the same comparison, so a stale module fails the test suite.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderScheduleModule } from './cn-schedule-source.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src/calendar/cn-schedule.generated.ts');
const text = renderScheduleModule(join(root, 'data/holiday-cn'));

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error('src/calendar/cn-schedule.generated.ts is stale: run `npm run generate`');
    process.exit(1);
  }
  console.log('src/calendar/cn-schedule.generated.ts matches data/holiday-cn');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
