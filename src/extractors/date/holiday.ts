import type { PatternRule } from '../../engine/extractor.ts';
import { HOLIDAYS, type HolidayDate } from '../../lexicon/holidays.ts';
import { alternationByFirstCharacter } from '../../lexicon/alternation.ts';
import { addDays, isoDay, nearestDate, parseDay, weekdayOf } from './calendar.ts';
import { lunarToSolar } from './lunar.ts';
import { triedAtOpenings } from '../../engine/openings.ts';
import { CLOCK_AFTER, LUNAR_DAY, MONTH, YEAR4, candidateYears, prefixBefore, withClock, lunarDayNumber, lunarMonthNumber, RELATIVE_YEAR, speaksOfFuture, yearOf, type DateFields } from './grammar.ts';

const HOLIDAY_OF = new Map(HOLIDAYS.flatMap((h) => h.names.map((name) => [name, h.date] as const)));
const HOLIDAY_YEAR = new RegExp(`(?:(?<![\\d.])(?<y>${YEAR4})\\s*年\\s*|(?<rel>今年|去年|明年)\\s*)$`);
const NAME_LIST = [...HOLIDAY_OF.keys()].sort((a, b) => b.length - a.length);
const NAMES = alternationByFirstCharacter(NAME_LIST);

/** The day a holiday falls on in a Gregorian year. */
export function holidayIn(year: number, date: HolidayDate): string | undefined {
  switch (date.kind) {
    case 'solar':
      return isoDay(year, date.month, date.day);
    case 'lunar': {
      const day = lunarToSolar(year, date.month, date.day);
      return day && date.offset ? addDays(day, date.offset) : day;
    }
    case 'nth-weekday': {
      const first = isoDay(year, date.month, 1);
      const firstMatch = addDays(first, (date.weekday - weekdayOf(first) + 7) % 7);
      return addDays(firstMatch, 7 * (date.nth - 1));
    }
    case 'qingming': {
      // The solar-term rule: floor(Y·0.2422 + C) − floor(Y/4), Y the last two digits, C = 4.81 (21st century) or 5.59 (20th).
      const y = year % 100;
      const c = year >= 2000 ? 4.81 : 5.59;
      return isoDay(year, 4, Math.floor(y * 0.2422 + c) - Math.floor(y / 4));
    }
  }
}

/**
 * 春节, 元旦, 清明, 五一, 端午, 中秋, 国庆, 双十一 …: the day in the named year (2025年春节, 今年国庆),
 * else in the year nearest the anchor, earlier rather than later.
 */
export const holiday = triedAtOpenings<'date'>({
  id: 'date/zh/holiday',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(`(?<name>${NAMES})(?!路|街|广场|大道|大街|村)`, 'g'),
  extract(match, ctx) {
    const prefix = prefixBefore(ctx.scan, match.index, HOLIDAY_YEAR);
    const g = { ...match.groups, ...prefix?.groups };
    const start = match.index - (prefix?.[0].length ?? 0);
    // 五一 inside a longer numeral (十五一) is no holiday.
    if (g.name === '五一' && /[〇零一二三四五六七八九十\d]/.test(ctx.scan[match.index - 1] ?? '')) return null;
    const date = HOLIDAY_OF.get(g.name!)!;
    const { anchor } = ctx;
    let value: string | undefined;
    if (g.y) value = holidayIn(yearOf(g.y)!, date);
    else if (anchor && g.rel) value = holidayIn(parseDay(anchor.date).y + RELATIVE_YEAR[g.rel]!, date);
    else if (anchor) {
      const candidates = candidateYears(anchor).map((y) => holidayIn(y, date)).filter((d): d is string => !!d);
      value = nearestDate(anchor.date, candidates, speaksOfFuture(ctx.scan, match.index));
    }
    const fields: DateFields = value ? { value, granularity: 'day' } : { granularity: 'day' };
    if (value && !g.y && anchor) fields.anchor = anchor.source;
    return { start, fields };
  },
  examples: [
    { text: '但与此同时,春节前后A股DeepSeek核心概念股则几乎全线涨停', mention: '春节', expect: { value: '2025-01-29', anchor: 'published' } },
    { text: '2024年春节', expect: { value: '2024-02-10' } },
    { text: '今年中秋', publishedAt: '2025-09-01', expect: { value: '2025-10-06' } },
    { text: '端午节', publishedAt: '2023-07-01', expect: { value: '2023-06-22' } },
    { text: '十一国庆假期前,金融委召开会议', mention: '国庆', publishedAt: '2019-09-26', expect: { value: '2019-10-01' } },
    { text: '今年双十一', publishedAt: '2020-11-20', expect: { value: '2020-11-11' } },
    { text: '清明节', publishedAt: '2025-04-10', expect: { value: '2025-04-04' } },
    { text: '元旦', publishedAt: '2025-01-10', expect: { value: '2025-01-01' } },
    { text: '五一假期', mention: '五一', publishedAt: '2025-05-10', expect: { value: '2025-05-01' } },
  ],
  negatives: ['第十五一次', '五一路'],
});


const LUNAR_PREFIX = new RegExp(
  `(?:(?:农历|阴历)\\s*(?:(?<y>${YEAR4})\\s*年\\s*)?|(?<![\\d.])(?<y2>${YEAR4})\\s*年\\s*(?:农历|阴历)\\s*)$`,
);

/** 农历2015年十月初一, 正月三十, 腊月二十三: lunar days, as Gregorian days. */
export const lunarDate: PatternRule<'date'> = {
  id: 'date/zh/lunar-date',
  type: 'date',
  lang: 'zh',
  trigger: /月[初十二廿三]/,
  pattern: new RegExp(`(?<m>正|冬|腊|${MONTH})月(?<d>${LUNAR_DAY})${CLOCK_AFTER}`, 'g'),
  extract(match, ctx) {
    const prefix = prefixBefore(ctx.scan, match.index, LUNAR_PREFIX);
    const g = { ...match.groups, ...prefix?.groups };
    const start = match.index - (prefix?.[0].length ?? 0);
    const month = lunarMonthNumber(g.m!);
    const day = lunarDayNumber(g.d!);
    if (month === undefined || day === undefined) return null;
    const explicit = g.y ?? g.y2;
    const { anchor } = ctx;
    let value: string | undefined;
    if (explicit) value = lunarToSolar(yearOf(explicit)!, month, day);
    else if (anchor) {
      const candidates = candidateYears(anchor).map((y) => lunarToSolar(y, month, day)).filter((d): d is string => !!d);
      value = nearestDate(anchor.date, candidates, speaksOfFuture(ctx.scan, match.index));
    }
    const fields: DateFields = value ? { value, granularity: 'day' } : { granularity: 'day' };
    if (value && !explicit && anchor) fields.anchor = anchor.source;
    return { start, fields: withClock(fields, g), priority: 1 };
  },
  examples: [
    { text: '农历2015年十月初一早上九点二十', expect: { value: '2015-11-12T09:20', granularity: 'time' } },
    { text: '农历2015年十月初一', expect: { value: '2015-11-12', granularity: 'day' } },
    { text: '正月十五', publishedAt: '2025-02-20', expect: { value: '2025-02-12' } },
  ],
  negatives: ['初一学生', '十月份'],
};


