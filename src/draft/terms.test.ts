/** The sentence reader on the wordings docs/drafting.md promises, and on what it must refuse. */
import { describe, expect, it } from 'vitest';
import { readSentence } from './terms.js';

const read = (text: string) =>
  readSentence(
    { clause: '1', index: 1, of: 1, text, line: 1 },
    { language: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en' },
  );

describe('readSentence', () => {
  it.each([
    ['邮件咨询应在两个半小时内进行初步回复', 'email', 'first-response', '150 minutes'],
    ['在线客服应在三十秒内做出首次响应', 'online', 'first-response', '30 seconds'],
    [
      'E-mail enquiries shall receive a reply within thirty (30) minutes',
      'email',
      'first-response',
      '30 minutes',
    ],
    ['热线电话应在２０秒内接听', 'phone', 'phone-answer', '20 seconds'],
    ['一般咨询的解决时限为十个工作日', 'general', 'resolution', '10 working days'],
    ['退款申请应在3个工作日内处理完毕', '退款申请', 'resolution', '3 working days'],
    [
      'Complex issues shall receive a preliminary solution within five working days',
      'complex',
      'preliminary-solution',
      '5 working days',
    ],
  ])('%s', (text, subject, measure, within) => {
    const r = read(text);
    expect(r.problem).toBeUndefined();
    expect(r.terms).toHaveLength(1);
    const term = r.terms[0]!;
    if (term.type !== 'target') throw new Error(term.type);
    expect([...term.subject.channels, ...term.subject.categories]).toEqual([subject]);
    expect(term.measure).toBe(measure);
    expect(term.within.yaml).toBe(within);
  });

  it.each([
    ['电话客服服务时间为上午9点至下午6点', [{ from: '09:00', to: '18:00' }], undefined],
    [
      'Phone support is available from 9am to 6pm on working days',
      [{ from: '09:00', to: '18:00' }],
      'working-days',
    ],
    [
      '电话客服服务时间为周一至周五9:00-12:00、13:00-18:00',
      [
        { from: '09:00', to: '12:00' },
        { from: '13:00', to: '18:00' },
      ],
      ['mon', 'tue', 'wed', 'thu', 'fri'],
    ],
  ])('hours: %s', (text, windows, days) => {
    const r = read(text);
    expect(r.terms).toEqual([
      { type: 'hours', channels: ['phone'], always: false, windows, days, placeholder: false },
    ]);
  });

  it('reads amounts in digits, 万 and capital numerals, which must agree', () => {
    expect(read('每月服务费为人民币1.5万元').terms).toEqual([
      { type: 'fee', currency: 'CNY', amount: '15000', placeholder: false },
    ]);
    expect(read('每月服务费为人民币55,000元(大写:伍万伍仟元整)').terms[0]).toMatchObject({ amount: '55000' });
    expect(read('每月服务费为人民币55,000元(大写:伍万元整)').problem).toContain('disagree');
  });

  it('reads payment rules by a day of the month and after signing', () => {
    expect(read('乙方应于次月10日前支付上月服务费用').terms).toEqual([
      {
        type: 'payment-rule',
        covers: 'monthly',
        due: { dayOfMonth: 10, month: 'following', placeholder: false },
      },
    ]);
    expect(read('乙方应在收到发票后10个工作日内付款').problem).toContain('counted from');
  });

  it.each([
    ['一般咨询应在一百五个工作日内解决', '一百五'],
    ['邮件咨询应在4小时或者2个工作日内(以较短者为准)进行初步回复', 'what it times'],
    ['在线客服首次响应达标率应不低于95%', '95%'],
    ['一般咨询应在0个工作日内解决', 'zero'],
    ['一般咨询应在1.5个工作日内解决', 'fraction'],
    ['乙方应在2个工作日内确认', 'which tickets'],
    ['E-mail enquiries shall receive a reply within thirty (20) minutes', 'disagree'],
  ])('refuses %s', (text, reason) => {
    const r = read(text);
    expect(r.terms).toEqual([]);
    expect(r.problem).toContain(reason);
  });
});
