import { describe, expect, it } from 'vitest';
import { type CliMessages, messages } from './messages.js';
import { ProgressBar, progressLine } from './progress.js';
import { displayWidth } from './render.js';

describe('the progress bar', () => {
  it('fits the terminal, Chinese counted as two columns, the last column left free', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const columns of [20, 40, 80, 200]) {
        const m: CliMessages = messages(lang);
        const text = ` ${m.progress({ percent: ' 45%', read: '1.0 GB', total: '2.0 GB', tickets: '1,234,567', rate: '123,456', eta: '1:23:45' })}`;
        const line = progressLine(0.45, text, columns);
        expect(displayWidth(line)).toBeLessThanOrEqual(columns - 1);
        if (columns >= 80) expect(line).toMatch(/^\[#+-+\]/);
      }
    }
  });

  it('draws on one line at most ten times a second, and clears it', () => {
    const written: string[] = [];
    const stream = { isTTY: true, columns: 80, write: (text: string) => written.push(text) } as never;
    let now = 1_000;
    const bar = new ProgressBar(stream, 1_000, messages('en'), () => now);
    bar.update(100, 10);
    now = 1_050;
    bar.update(200, 20); // too soon: not drawn
    now = 1_150;
    bar.update(300, 30);
    bar.done();
    expect(written).toHaveLength(2 + 1);
    for (const text of written.slice(0, 2)) {
      expect(text.startsWith('\r')).toBe(true);
      expect(displayWidth(text.replace('\r', '').replace('\u001b[K', ''))).toBeLessThanOrEqual(79);
    }
    expect(written[2]).toBe('\r\u001b[K');
  });
});
