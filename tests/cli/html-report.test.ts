/**
 * The HTML report in a real browser: Debian's Chromium (/usr/bin/chromium, installed by .ci/run),
 * driven headless by playwright-core. The page must render its charts without console errors and
 * without fetching anything, with the expected number of bars and timeline lanes.
 *
 * On a machine without Chromium, `npm test` skips this file with a notice (so the README's two
 * commands work anywhere); `.ci/run` sets CONTRACT_TERMS_REQUIRE_BROWSER=1, which makes a missing
 * browser a failure instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TESTS } from '../support/long-tests.js';
import { CONTRACT, run, TICKETS } from './support.js';

const CHROMIUM = '/usr/bin/chromium';
/** The flags this machine needs (no background networking: the network is closed). */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const dir = mkdtempSync(join(tmpdir(), 'contract-terms-html-'));
let browser: BrowserContext;

const required = process.env.CONTRACT_TERMS_REQUIRE_BROWSER === '1';
// Launching a browser is a long test: it runs with CONTRACT_TERMS_LONG_TESTS=1, and always when CI
// requires the browser (.ci/run sets both).
const wanted = LONG_TESTS || required;
const available = wanted && existsSync(CHROMIUM);
const missing = `Debian's chromium is not installed (${CHROMIUM} is missing): the HTML report test needs it. Install it with "apt-get install -y --no-install-recommends chromium" (.ci/run does this).`;
if (wanted && !available && !required) console.warn(`skipping the HTML report browser test: ${missing}`);

/** Whether fontconfig knows a font with Chinese glyphs (Debian's fonts-noto-cjk, installed by .ci/run). */
function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}
const cjk = available && hasCjkFont();
if (available && !cjk && !required) {
  console.warn(
    'skipping the check that Chinese renders as glyphs: no font with Chinese glyphs is installed (apt-get install fonts-noto-cjk; .ci/run does this).',
  );
}

beforeAll(async () => {
  if (!available) {
    if (required) throw new Error(missing);
    return;
  }
  // A fresh, empty profile (user data dir) for every run.
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'contract-terms-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1100, height: 900 },
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
}

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === pathToFileURL(file).href) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems, requests };
}

async function writeReport(
  name: string,
  extra: string[],
): Promise<{ file: string; report: { rows: Array<{ metRate: number | null }> } }> {
  const file = join(dir, `${name}.html`);
  const result = await run([
    'report',
    CONTRACT,
    TICKETS,
    '--month',
    '2025-10',
    '--json',
    '--html',
    file,
    ...extra,
  ]);
  expect(result.code).toBe(1); // two lines of the example file fail on purpose
  expect(result.stderr).toContain(file); // "wrote the HTML report to <file>"
  expect(statSync(file).size).toBeGreaterThan(10_000);
  return { file, report: JSON.parse(result.stdout) };
}

describe.skipIf(!available && !required)('the HTML report in headless Chromium', () => {
  it('renders the met-rate chart and the timeline of a ticket, without console errors or requests', async () => {
    const { file, report } = await writeReport('report', ['--ticket', 'CS-1042']);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import/);

    const { page, problems, requests } = await open(file);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);

    // Met rate per target and channel: one row per report row, one bar per row with a rate.
    const chart = page.locator('#met-rate-chart');
    expect((await chart.boundingBox())!.width).toBeGreaterThan(600);
    expect(await chart.locator('g.row').count()).toBe(report.rows.length);
    expect(await chart.locator('rect.bar').count()).toBe(
      report.rows.filter((r) => r.metRate !== null).length,
    );
    const chat = chart.locator('g.row[data-target="chat-first-response"][data-channel="chat"]');
    expect(Number(await chat.locator('rect.bar').getAttribute('width'))).toBeCloseTo(500 * (13 / 16), 0);
    expect(await chat.locator('rect.bar').getAttribute('class')).toBe('bar below'); // 81.25% < 90%
    expect(await chart.locator('line.threshold').count()).toBe(2); // the two targets with service credits

    // The report table.
    expect(await page.locator('table.report-table tbody tr').count()).toBe(report.rows.length);

    // Timeline of CS-1042 (chat, complex; waited on the customer 10-14..10-21): events + 2 targets.
    const timeline = page.locator('#ticket-timeline');
    expect((await timeline.boundingBox())!.height).toBeGreaterThan(200);
    expect(await timeline.locator('g.lane').count()).toBe(3);
    expect(await timeline.locator('g.event').count()).toBe(7);
    const complex = timeline.locator('g.lane[data-lane="complex-preliminary"]');
    expect(await complex.getAttribute('data-status')).toBe('met');
    expect(await complex.locator('rect.pause').count()).toBe(1);
    expect(await complex.locator('rect.window').count()).toBeGreaterThan(2); // working days, weekends left out
    expect(await complex.locator('line.due').count()).toBe(1);
    expect(await timeline.locator('circle.met-marker').count()).toBe(2);

    const screenshot = join(dir, 'report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(20_000);
    await page.close();
  }, 60_000);

  it('in Chinese, with service hours and a breach on the timeline', async () => {
    const { file } = await writeReport('report-zh', ['--ticket', 'CS-1033', '--lang', 'zh']);
    const { page, problems, requests } = await open(file);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('服务水平达成报告');
    const phone = page.locator('#ticket-timeline g.lane[data-lane="phone-answer"]');
    expect(await phone.getAttribute('data-status')).toBe('breached');
    expect(await phone.locator('path.breach-marker').count()).toBe(1);
    expect(await phone.locator('rect.window').count()).toBeGreaterThan(0); // the hotline's hours
    // Statuses in the reader's language; a due line stops above its label instead of crossing it.
    expect(await page.locator('#ticket-timeline g.event text').allTextContents()).toContain('→ 已解决');
    const dueLine = await phone.locator('line.due').boundingBox();
    const dueLabel = await phone.locator('text.due-label').boundingBox();
    expect(dueLine!.y + dueLine!.height).toBeLessThanOrEqual(dueLabel!.y + 1);
    await page.close();
  }, 60_000);
});

describe.skipIf(!cjk && !required)(
  'Chinese in the HTML report, on a machine with a basic set of fonts and a CJK one',
  () => {
    it('renders a Chinese title as glyphs, not boxes', async () => {
      const { file } = await writeReport('report-zh-glyphs', ['--lang', 'zh']);
      const { page } = await open(file);
      const title = page.locator('h1');
      expect(await title.textContent()).toBe('服务水平达成报告');
      await title.screenshot({ path: join(dir, 'title-zh.png') });
      // Draw, in the title's own font, a one-stroke character and a dense one, and count their ink:
      // real glyphs differ many times over; missing glyphs are the same box (or hex box) for both.
      // (A string: this file is compiled without the DOM's types.)
      const ink = (await page.evaluate(`(() => {
      const font = getComputedStyle(document.querySelector('h1')).fontFamily;
      const count = (text) => {
        const canvas = document.createElement('canvas');
        canvas.width = 120;
        canvas.height = 120;
        const context = canvas.getContext('2d');
        context.font = '96px ' + font;
        context.fillStyle = '#000';
        context.textBaseline = 'top';
        context.fillText(text, 8, 8);
        const pixels = context.getImageData(0, 0, 120, 120).data;
        let dark = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 128) dark++;
        return dark;
      };
      return { one: count('一'), dense: count('赢'), missing: count('\\uE000') };
    })()`)) as { one: number; dense: number; missing: number };
      expect(ink.one).toBeGreaterThan(0);
      expect(ink.dense / ink.one, JSON.stringify(ink)).toBeGreaterThan(3);
      await page.close();
    }, 60_000);
  },
);
