/**
 * Regenerates the committed generated files:
 *   src/calendar/cn-schedule.generated.ts  from data/holiday-cn/*.json
 *   src/calendar/lunar-festivals.generated.ts  computed with date-chinese
 *   schemas/contract.schema.json           from src/contract/schema.ts
 *   src/contract/definition.generated.ts   the type of a definition, from src/contract/schema.ts
 *
 *   npm run generate            write them
 *   npm run generate -- --check exit 1 when a committed file differs (tests check the same)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderScheduleModule } from './cn-schedule-source.js';
import { renderDefinitionType } from './definition-type-source.js';
import { renderJsonSchema } from './json-schema-source.js';
import { renderLunarFestivalsModule } from './lunar-festivals-source.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputs: Array<[string, () => string]> = [
  ['src/calendar/cn-schedule.generated.ts', () => renderScheduleModule(join(root, 'data/holiday-cn'))],
  ['src/calendar/lunar-festivals.generated.ts', () => renderLunarFestivalsModule()],
  ['schemas/contract.schema.json', renderJsonSchema],
  ['src/contract/definition.generated.ts', renderDefinitionType],
];
const check = process.argv.includes('--check');
let stale = 0;
for (const [file, render] of outputs) {
  const target = join(root, file);
  const text = render();
  if (check) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`${file} is stale: run \`npm run generate\``);
      stale++;
    } else console.log(`${file} is up to date`);
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
