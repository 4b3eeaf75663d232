import type { PatternRule } from '../../engine/extractor.ts';
import { isoMonth, isoYear, parseDay } from './calendar.ts';
import { lunarToSolar } from './lunar.ts';
import { LUNAR_DAY, MONTH, dayLevel, lunarDayNumber, lunarMonthNumber, num } from './grammar.ts';
import { triedAtOpenings } from '../../engine/openings.ts';

/** First Gregorian year of each reign or era named in Chinese history and finance pieces. */
const ERA_START: Readonly<Record<string, number>> = {
  贞观: 627, 开元: 713, 神龙: 705, 洪武: 1368, 永乐: 1403, 万历: 1573, 崇祯: 1628, 顺治: 1644, 康熙: 1662,
  雍正: 1723, 乾隆: 1736, 嘉庆: 1796, 道光: 1821, 咸丰: 1851, 同治: 1862, 光绪: 1875, 宣统: 1909, 民国: 1912,
};
const ERA_YEAR = '(?:元|\\d{1,3}|[一二三四五六七八九十]{1,4})';

/** 康熙三年五月, 民国三年, 神龙二年正月初一: reign years counted from the era's first year (元年). */
export const eraDate = triedAtOpenings<'date'>({
  id: 'date/zh/era',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(
    `(?<era>${Object.keys(ERA_START).join('|')})(?<n>${ERA_YEAR})年(?:(?<m>正|冬|腊|${MONTH})月(?<d>${LUNAR_DAY})?)?`,
    'g',
  ),
  extract(match) {
    const g = match.groups!;
    const ordinal = g.n === '元' ? 1 : num(g.n!);
    if (!ordinal) return null;
    const year = ERA_START[g.era!]! + ordinal - 1;
    const month = g.m === undefined ? undefined : lunarMonthNumber(g.m);
    if (month === undefined) return { fields: { value: isoYear(year), granularity: 'year' }, priority: 1 };
    const day = g.d === undefined ? undefined : lunarDayNumber(g.d);
    const value = day === undefined ? undefined : lunarToSolar(year, month, day);
    if (value) return { fields: { value, granularity: 'day' }, priority: 1 };
    return { fields: { value: isoMonth(year, month), granularity: 'month' }, priority: 1 };
  },
  examples: [
    { text: '康熙三年五月', expect: { value: '1664-05', granularity: 'month' } },
    { text: '民国三年', expect: { value: '1914', granularity: 'year' } },
  ],
  negatives: ['康熙字典'],
});

const DECADE = '(?:[1-9]0|[一二三四五六七八九]十)';

/** 九十年代, 20世纪80年代, 上世纪90年代: decades as a range of years; a bare decade is the latest one begun by the anchor. */
export const decade: PatternRule<'date'> = {
  id: 'date/zh/decade',
  type: 'date',
  lang: 'zh',
  trigger: /年代/,
  pattern: new RegExp(`(?:(?<c>\\d{2}|[一二]?十[一二三四五六七八九]?)世纪|(?<rc>上|本)世纪)?(?<![\\d])(?<dec>${DECADE})年代`, 'g'),
  extract(match, ctx) {
    const g = match.groups!;
    const decadeYears = num(g.dec!)!;
    const { anchor } = ctx;
    let start: number | undefined;
    if (g.c) start = (num(g.c)! - 1) * 100 + decadeYears;
    else if (anchor && g.rc) start = (Math.floor(parseDay(anchor.date).y / 100) - (g.rc === '上' ? 1 : 0)) * 100 + decadeYears;
    else if (anchor && dayLevel(anchor)) {
      const anchorYear = parseDay(anchor.date).y;
      start = Math.floor(anchorYear / 100) * 100 + decadeYears;
      if (start > anchorYear) start -= 100;
    }
    if (start === undefined) return { fields: { granularity: 'year' } };
    return { fields: { value: isoYear(start), valueEnd: isoYear(start + 9), granularity: 'year' } };
  },
  examples: [
    { text: '20世纪80年代', expect: { value: '1980', valueEnd: '1989' } },
    { text: '上世纪90年代', expect: { value: '1990', valueEnd: '1999' } },
    { text: '九十年代', expect: { value: '1990', valueEnd: '1999' } },
  ],
  negatives: ['年代久远'],
};
