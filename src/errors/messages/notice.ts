import { define, WEEKDAYS_EN, WEEKDAYS_ZH } from './shared.js';

export const noticeMessages = {
  notice_invalid: define<{ errors: number; first: string; firstZh: string }>(
    (p) => `the notice cannot be used: ${p.errors} problem(s); the first: ${p.first}`,
    (p) => `该通知无法使用:共 ${p.errors} 个问题;第一个:${p.firstZh}`,
  ),
  notice_empty: define<Record<string, never>>(
    () => 'the notice is empty: give the text of the notice',
    () => '通知为空:请提供通知的文本',
  ),
  notice_no_rules: define<Record<string, never>>(
    () =>
      'no holiday arrangement found: neither items such as "一、元旦:1月1日放假" nor sentences that give rest or working days',
    () => '未找到放假安排:既没有"一、元旦:1月1日放假"之类的条目,也没有说明放假或上班日期的句子',
  ),
  notice_year_option: define<{ year: string }>(
    (p) => `year must be a whole number between 1949 and 2199, got ${p.year}`,
    (p) => `year 应为 1949 至 2199 之间的整数,实际为 ${p.year}`,
  ),
  notice_year_mismatch: define<{ title: number; asked: number }>(
    (p) => `the title says the notice is for ${p.title}, but ${p.asked} was asked for`,
    (p) => `标题表明这是 ${p.title} 年的通知,但要求读取的是 ${p.asked} 年`,
  ),
  notice_year_unknown: define<{ candidates: string }>(
    (p) =>
      p.candidates === ''
        ? 'the notice does not say its year, and no year agrees with all its dates and weekdays: pass the year'
        : `the notice does not say its year, and several years agree with its dates and weekdays (${p.candidates}): pass the year`,
    (p) =>
      p.candidates === ''
        ? '通知未写明年份,且没有任何年份与其全部日期和星期相符:请指定年份'
        : `通知未写明年份,且有多个年份与其日期和星期相符(${p.candidates}):请指定年份`,
  ),
  notice_year_inferred: define<{ year: number }>(
    (p) =>
      `the copy has no year in its title; read as the ${p.year} notice, the only year its dates, weekdays and festivals agree with`,
    (p) => `该文本标题中没有年份;按 ${p.year} 年的通知读取,这是唯一与其日期、星期和节日相符的年份`,
  ),
  notice_cleaned: define<{ strays: number; pinyin: number }>(
    (p) =>
      `removed from the text: ${p.strays} stray string(s) (letters, symbols) and ${p.pinyin} pinyin insertion(s)`,
    (p) => `已从文本中移除:${p.strays} 处杂乱字符串(字母、符号)与 ${p.pinyin} 处插入的拼音`,
  ),
  notice_lunar_unchecked: define<Record<string, never>>(
    () => 'lunar dates were not checked: this JavaScript engine has no Chinese calendar (ICU)',
    () => '未核对农历日期:当前 JavaScript 引擎不支持农历(ICU)',
  ),
  notice_unreadable: define<{ sentence: string }>(
    (p) => `cannot tell what this sentence says of its dates (rest, or work?): «${p.sentence}»`,
    (p) => `无法判断此句对其日期的规定(放假还是上班?):«${p.sentence}»`,
  ),
  notice_advisory: define<{ sentence: string }>(
    (p) => `not an official rest or working day, ignored: «${p.sentence}»`,
    (p) => `并非官方放假或上班安排,已忽略:«${p.sentence}»`,
  ),
  notice_bad_date: define<{ text: string; readings: number; sentence: string }>(
    (p) =>
      `"${p.text}" is not a date${p.readings > 1 ? ` (${p.readings} corrections would agree with the rest of the item: cannot tell which)` : ''}: «${p.sentence}»`,
    (p) =>
      `"${p.text}" 不是有效日期${p.readings > 1 ? `(有 ${p.readings} 种更正都与该条其余内容相符,无法确定)` : ''}:«${p.sentence}»`,
  ),
  notice_repaired: define<{ text: string; read: string; sentence: string }>(
    (p) =>
      `"${p.text}" is not a date; read as "${p.read}", the only reading that agrees with the rest of the item: «${p.sentence}»`,
    (p) => `"${p.text}" 不是有效日期;按 "${p.read}" 读取,这是唯一与该条其余内容相符的读法:«${p.sentence}»`,
  ),
  notice_no_month: define<{ text: string; sentence: string }>(
    (p) => `"${p.text}" has no month, and no date before it gives one: «${p.sentence}»`,
    (p) => `"${p.text}" 没有月份,且前文也没有可沿用的月份:«${p.sentence}»`,
  ),
  notice_date_order: define<{ from: string; to: string; sentence: string }>(
    (p) => `the range ends (${p.to}) before it starts (${p.from}): «${p.sentence}»`,
    (p) => `日期范围的结束日(${p.to})早于开始日(${p.from}):«${p.sentence}»`,
  ),
  notice_range_too_long: define<{ from: string; to: string; days: number; sentence: string }>(
    (p) => `${p.from}..${p.to} is ${p.days} days: longer than any holiday: «${p.sentence}»`,
    (p) => `${p.from}..${p.to} 共 ${p.days} 天,长于任何假期:«${p.sentence}»`,
  ),
  notice_outside_year: define<{ date: string; year: number; sentence: string }>(
    (p) => `${p.date} is outside the ${p.year} notice (its year, or the December before): «${p.sentence}»`,
    (p) => `${p.date} 不在 ${p.year} 年通知的范围内(该年或前一年 12 月):«${p.sentence}»`,
  ),
  notice_weekday: define<{ date: string; weekday: number; stated: string; sentence: string }>(
    (p) => `${p.date} is a ${WEEKDAYS_EN[p.weekday - 1]}, but the notice says ${p.stated}: «${p.sentence}»`,
    (p) => `${p.date} 是${WEEKDAYS_ZH[p.weekday - 1]},但通知写作${p.stated}:«${p.sentence}»`,
  ),
  notice_lunar: define<{ date: string; stated: string; actual: string; sentence: string }>(
    (p) => `${p.date} is lunar ${p.actual}, but the notice says ${p.stated}: «${p.sentence}»`,
    (p) => `${p.date} 是农历 ${p.actual},但通知写作${p.stated}:«${p.sentence}»`,
  ),
  notice_count: define<{ stated: number; counted: number; sentence: string }>(
    (p) => `the notice says ${p.stated} day(s), but the dates it gives are ${p.counted}: «${p.sentence}»`,
    (p) => `通知写明共 ${p.stated} 天,但所列日期为 ${p.counted} 天:«${p.sentence}»`,
  ),
  notice_list_count: define<{ stated: number; counted: number; sentence: string }>(
    (p) => `the notice says ${p.stated} weekend day(s) are moved, but lists ${p.counted}: «${p.sentence}»`,
    (p) => `通知写明调整 ${p.stated} 个公休日,但列出了 ${p.counted} 个:«${p.sentence}»`,
  ),
  notice_makeup_weekday: define<{ date: string; weekday: number; sentence: string }>(
    (p) =>
      `${p.date} is a make-up working day on a ${WEEKDAYS_EN[p.weekday - 1]}: make-up days are Saturdays or Sundays: «${p.sentence}»`,
    (p) =>
      `${p.date} 为${WEEKDAYS_ZH[p.weekday - 1]},不可能是调休上班日(调休上班日为周六或周日):«${p.sentence}»`,
  ),
  notice_public_rest_weekday: define<{ date: string; weekday: number; sentence: string }>(
    (p) =>
      `${p.date} is called a weekend rest day (公休日), but it is a ${WEEKDAYS_EN[p.weekday - 1]}: «${p.sentence}»`,
    (p) => `${p.date} 被称为公休日,但它是${WEEKDAYS_ZH[p.weekday - 1]}:«${p.sentence}»`,
  ),
  notice_compensatory_weekend: define<{ date: string; sentence: string }>(
    (p) =>
      `${p.date} is a compensatory rest day (补休), which is given on a weekday for a holiday on a weekend; here it does not fit: «${p.sentence}»`,
    (p) => `${p.date} 为补休日;补休应是节日逢周末时安排在工作日的休息日,此处不符:«${p.sentence}»`,
  ),
  notice_not_adjoining: define<{ date: string; sentence: string }>(
    (p) =>
      `the notice says the rest days from ${p.date} adjoin a weekend (与周末连休), but they do not: «${p.sentence}»`,
    (p) => `通知写明自 ${p.date} 起的休息日与周末连休,但实际并不相连:«${p.sentence}»`,
  ),
  notice_adjusted: define<{ festival: string; sentence: string }>(
    (p) => `${p.festival}: the notice says 不调休 (no make-up working day), but lists one: «${p.sentence}»`,
    (p) => `${p.festival}:通知写明不调休,却列出了调休上班日:«${p.sentence}»`,
  ),
  notice_rest_and_work: define<{ date: string; sentence: string }>(
    (p) => `${p.date} is given both as a rest day and as a working day: «${p.sentence}»`,
    (p) => `${p.date} 既被列为休息日又被列为上班日:«${p.sentence}»`,
  ),
  notice_two_festivals: define<{ date: string; first: string; second: string; sentence: string }>(
    (p) => `${p.date} is given by two items (${p.first}, ${p.second}): «${p.sentence}»`,
    (p) => `${p.date} 同时出现在两项安排中(${p.first}、${p.second}):«${p.sentence}»`,
  ),
  notice_festival_day: define<{ festival: string; expected: string; sentence: string }>(
    (p) =>
      `the rest days of ${p.festival} do not include the festival itself (${p.expected}): «${p.sentence}»`,
    (p) => `${p.festival}的休息日不包括节日当天(${p.expected}):«${p.sentence}»`,
  ),
  notice_gap: define<{ festival: string; date: string; sentence: string }>(
    (p) => `the rest days of ${p.festival} have a working day among them (${p.date}): «${p.sentence}»`,
    (p) => `${p.festival}的休息日之间夹有工作日(${p.date}):«${p.sentence}»`,
  ),
  notice_makeup_far: define<{ date: string; festival: string; days: number; sentence: string }>(
    (p) =>
      `the working day ${p.date} is ${p.days} days away from the rest days of ${p.festival}: «${p.sentence}»`,
    (p) => `上班日 ${p.date} 距${p.festival}的休息日 ${p.days} 天之远:«${p.sentence}»`,
  ),
  notice_item_missing: define<{ number: string }>(
    (p) => `item ${p.number}、 is missing: the copy may be incomplete`,
    (p) => `缺少第${p.number}项:该文本可能不完整`,
  ),
  notice_festival_missing: define<{ festival: string }>(
    (p) => `the notice announces ${p.festival}, but no item gives its days: the copy may be incomplete`,
    (p) => `通知列出了${p.festival},但没有给出其日期的条目:该文本可能不完整`,
  ),
  notice_statutory: define<{ year: number; counted: number; expected: number }>(
    (p) =>
      `the notice's weekday rest days minus its working weekend days are ${p.counted}, the statutory holidays of ${p.year} are ${p.expected}: check the notice (or a new revision of the rules)`,
    (p) =>
      `通知中工作日休息天数减去周末上班天数为 ${p.counted},而 ${p.year} 年的法定节假日为 ${p.expected} 天:请核对通知(或放假办法已修订)`,
  ),
  notice_amends_unknown: define<{ year: number }>(
    (p) =>
      `this notice amends the ${p.year} schedule, which is not loaded: read the ${p.year} notice first (chinaCalendar({ notices: [annual, amendment] })) or pass amends`,
    (p) =>
      `该通知修改 ${p.year} 年的安排,但尚未加载该安排:请先读入 ${p.year} 年的通知(chinaCalendar({ notices: [年度通知, 修改通知] }))或传入 amends`,
  ),
  notice_amends_year: define<{ year: number; given: number }>(
    (p) => `amends is the ${p.given} schedule, but the notice amends ${p.year}`,
    (p) => `amends 为 ${p.given} 年的安排,而该通知修改的是 ${p.year} 年`,
  ),
  notice_amends_invalid: define<{ detail: string }>(
    (p) => `amends cannot be read: ${p.detail}`,
    (p) => `无法读取 amends:${p.detail}`,
  ),
  notice_extension: define<{ festival: string; date: string; sentence: string }>(
    (p) =>
      `the notice extends ${p.festival} to ${p.date}, which does not follow its rest days in the schedule it amends: «${p.sentence}»`,
    (p) => `通知将${p.festival}假期延长至 ${p.date},但这与所修改安排中的假期不相接:«${p.sentence}»`,
  ),
  notice_resume_day: define<{ date: string; expected: string; sentence: string }>(
    (p) =>
      `work resumes on ${p.date}, but the extended holiday ends the day before ${p.expected}: «${p.sentence}»`,
    (p) => `${p.date} 起上班,但延长后的假期结束于 ${p.expected} 的前一天:«${p.sentence}»`,
  ),
  notice_file_unreadable: define<{ file: string; reason: 'no-reader' | 'failed'; detail?: string }>(
    (p) =>
      p.reason === 'no-reader'
        ? `cannot read the notice file "${p.file}": give parseContract a readFile option (the CLI reads files next to the contract)`
        : `cannot read the notice file "${p.file}": ${p.detail ?? ''}`,
    (p) =>
      p.reason === 'no-reader'
        ? `无法读取通知文件 "${p.file}":请为 parseContract 提供 readFile 选项(命令行会读取合同所在目录中的文件)`
        : `无法读取通知文件 "${p.file}":${p.detail ?? ''}`,
  ),
  // ---- region calendars in a definition (issue 17: date-holidays is loaded only by contract-terms/regions) ----
  region_calendar_needs_import: define<{ region: string }>(
    (p) =>
      `the region calendar "${p.region}" needs date-holidays: import { regionCalendar } from 'contract-terms/regions' and give it to parseContract ({ regionCalendar })`,
    (p) =>
      `地区日历 "${p.region}" 需要 date-holidays:请 import { regionCalendar } from 'contract-terms/regions',并传给 parseContract({ regionCalendar })`,
  ),
  notice_internal: define<{ detail: string }>(
    (p) => `internal error while reading the notice (please report it): ${p.detail}`,
    (p) => `读取通知时发生内部错误(请报告):${p.detail}`,
  ),
  // ---- clocks: durations, service hours, deadlines ----
} as const;
