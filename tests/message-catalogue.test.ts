/**
 * The whole message catalogue (src/errors/messages/*.ts): every code renders in English and in
 * Chinese, and every placeholder of every message is filled. A placeholder left empty shows up as
 * `undefined`, `NaN`, `[object Object]` or a template never substituted (`${`); the samples
 * (tests/support/message-samples.ts) are typed by each message's parameters, so a new message
 * needs a sample before it compiles.
 */
import { describe, expect, it } from 'vitest';
import { type MessageCode, messages, renderMessage } from '../src/errors/messages.js';
import type { TargetStatus } from '../src/index.js';
import { MESSAGE_SAMPLES } from './support/message-samples.js';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const UNFILLED = /undefined|NaN|\[object Object\]|\$\{/;

const TARGET_STATUSES: readonly TargetStatus[] = [
  'met',
  'breached',
  'running',
  'paused',
  'pending',
  'superseded',
  'not_applicable',
];

const codes = Object.keys(messages) as MessageCode[];

describe('the message catalogue', () => {
  it('has a sample for every code, and nothing else', () => {
    expect(Object.keys(MESSAGE_SAMPLES).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s renders in both languages with every placeholder filled', (code) => {
    const params = MESSAGE_SAMPLES[code] as never;
    const message = messages[code] as { en: unknown; zh: unknown };
    expect(typeof message.en).toBe('function');
    expect(typeof message.zh).toBe('function');
    const en = renderMessage(code, params, 'en');
    const zh = renderMessage(code, params, 'zh');
    for (const text of [en, zh]) {
      expect(text.trim().length, code).toBeGreaterThan(0);
      expect(UNFILLED.exec(text)?.[0], text).toBeUndefined();
    }
    // A notice's messages quote its Chinese words (公休日, 三、); no other English message holds Chinese.
    if (!code.startsWith('notice_')) expect(en.replace(/"[^"]*"/g, ''), en).not.toMatch(CJK);
    expect(zh, zh).toMatch(CJK);
  });

  it.each(TARGET_STATUSES)('sla_status renders the status %s with every placeholder filled', (status) => {
    for (const lang of ['en', 'zh'] as const) {
      const text = renderMessage('sla_status', { ...MESSAGE_SAMPLES.sla_status, status }, lang);
      expect(UNFILLED.exec(text)?.[0], text).toBeUndefined();
    }
  });
});
