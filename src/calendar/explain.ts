/** Sentences that explain calendar answers, rendered from the message catalogue. */
import { type Lang, renderMessage } from '../errors/messages.js';
import { parseCivilDate } from '../time/civil-date.js';
import type { DayInfo } from './calendar.js';

function nameIn(info: DayInfo, lang: Lang): string | undefined {
  return info.name === undefined ? undefined : info.name[lang];
}

/** Notable days grouped into runs of consecutive days of the same kind and name. */
export function describeNotable(days: readonly DayInfo[], lang: Lang): string {
  const parts: string[] = [];
  let i = 0;
  while (i < days.length) {
    const head = days[i]!;
    let j = i;
    const key = (d: DayInfo) => `${d.kind}|${d.name?.zh ?? ''}|${d.estimated}|${d.provisional}`;
    while (
      j + 1 < days.length &&
      key(days[j + 1]!) === key(head) &&
      parseCivilDate(days[j + 1]!.date) === parseCivilDate(days[j]!.date) + 1
    ) {
      j++;
    }
    const last = days[j]!;
    parts.push(
      renderMessage(
        'explain_notable_day',
        {
          date: head.date,
          weekday: head.weekday,
          kind: head.kind,
          name: nameIn(head, lang),
          estimated: head.estimated,
          provisional: head.provisional,
          until: j > i ? last.date : undefined,
        },
        lang,
      ),
    );
    i = j + 1;
  }
  return parts.join(lang === 'zh' ? ';' : '; ');
}

export const describeAnswer = {
  day(info: DayInfo, lang: Lang): string {
    return renderMessage(
      'explain_day',
      {
        date: info.date,
        weekday: info.weekday,
        kind: info.kind,
        name: nameIn(info, lang),
        working: info.working,
        estimated: info.estimated,
        provisional: info.provisional,
      },
      lang,
    );
  },
  add(start: string, n: number, result: string, notable: readonly DayInfo[], lang: Lang): string {
    return renderMessage('explain_add', { start, n, result, notable: describeNotable(notable, lang) }, lang);
  },
  between(from: string, to: string, count: number, notable: readonly DayInfo[], lang: Lang): string {
    return renderMessage(
      'explain_between',
      { from, to, count, notable: describeNotable(notable, lang) },
      lang,
    );
  },
};
