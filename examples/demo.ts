/**
 * npm run demo: the library at work on the contract that started it.
 * (Grows with the library: calendar now; clocks, service levels and payments as they land.)
 */
import { chinaCalendar, regionCalendar } from '../src/index.js';

const cn = chinaCalendar();
console.log('# China working days (State Council schedule, data %s)\n', cn.dataVersion);

const questions: Array<[string, () => unknown]> = [
  ['Is Saturday 2025-10-11 a working day?', () => cn.isWorkingDay('2025-10-11')],
  ['Is Wednesday 2025-10-08 a working day?', () => cn.isWorkingDay('2025-10-08')],
  ['3 working days after 2025-09-30', () => cn.explain.addWorkingDays('2025-09-30', 3).text()],
  ['The same, in Chinese', () => cn.explain.addWorkingDays('2025-09-30', 3).text('zh')],
  ["October 2025's fee is due 10 working days after 2025-10-31", () => cn.addWorkingDays('2025-10-31', 10)],
  [
    'Working days in calendar year 2025: workingDaysBetween("2024-12-31", "2025-12-31")',
    () => cn.workingDaysBetween('2024-12-31', '2025-12-31'),
  ],
];
for (const [question, answer] of questions) console.log(`- ${question}\n  ${String(answer())}`);

console.log('\n# Beyond the published schedule');
try {
  cn.addWorkingDays('2026-12-31', 10);
} catch (error) {
  console.log(`- chinaCalendar() refuses: ${(error as Error).message}`);
}
const estimate = chinaCalendar({ beyondCoverage: 'weekends' }).explain.addWorkingDays('2026-12-31', 10);
console.log(`- with beyondCoverage: 'weekends': ${estimate.value} (estimated: ${estimate.estimated})`);

console.log('\n# Other regions (date-holidays)');
console.log(
  `- US: next working day after 2025-07-03 is ${regionCalendar('US').nextWorkingDay('2025-07-03')}`,
);
console.log(`- JP: ${regionCalendar('JP').explain.nextWorkingDay('2025-05-02').text()}`);
