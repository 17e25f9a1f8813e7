/**
 * English names of the holidays as the State Council notices write them. A name not listed here
 * (a future notice may coin one) is shown in Chinese in both languages rather than guessed.
 */
const ENGLISH: Readonly<Record<string, string>> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  '“五一”': 'Labour Day',
  '“五一”国际劳动节': 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
  '“十一”': 'National Day',
  '国庆节、中秋节': 'National Day and Mid-Autumn Festival',
  '中秋节、国庆节': 'Mid-Autumn Festival and National Day',
  抗日战争暨世界反法西斯战争胜利70周年纪念日:
    '70th anniversary of the victory of the War of Resistance against Japanese Aggression and the World Anti-Fascist War',
};

/** A holiday name in both languages. */
export interface HolidayName {
  zh: string;
  en: string;
}

/** The bilingual name of a holiday named in Chinese by an official notice. */
export function chineseHolidayName(zh: string): HolidayName {
  return { zh, en: Object.hasOwn(ENGLISH, zh) ? ENGLISH[zh]! : zh };
}
