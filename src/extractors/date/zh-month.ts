import type { Anchor } from '../../engine/extractor.ts';
import type { AnchorSource } from '../../model/article.ts';
import { triedAtOpenings } from '../../engine/openings.ts';
import { MONTH_LAST } from './zh-day.ts';
import { addMonths, isoDay, isoMonth, isValidDay, parseDay } from './calendar.ts';
import { MONTH, YEAR2, YEAR4, dayLevel, headStart, keyedOn, num, speaksOfFuture, yearOf, yearOfYearless, type DateFields } from './grammar.ts';

const RELATIVE_YEAR: Readonly<Record<string, number>> = { 今年: 0, 本年: 0, 去年: -1, 上年: -1, 明年: 1, 前年: -2 };
/** Words before 月 that count months from the anchor's (本月, 上个月). */
const RELATIVE_MONTH: Readonly<Record<string, number>> = { 本: 0, 这个: 0, 上: -1, 上个: -1, 下: 1, 下个: 1 };

const RELATIVE_MONTH_LAST = [...new Set(Object.keys(RELATIVE_MONTH).map((word) => word[word.length - 1]))].join('');

// Taken into the mention, which it bounds; the value stays the month's (1月底 → 2025-01).
const MONTH_EDGE = '(?:份|初|底|末|上旬|中旬|下旬)?';
// A day of a month counted from the anchor's, right after it: 本月15日, 上个月28号.
const RELATIVE_MONTH_DAY =
  `(?:(?<=(?:${Object.keys(RELATIVE_MONTH).join('|')})月)(?<rd>3[01]|[12]\\d|0?[1-9])[日号](?!\\d))?`;

function monthFields(y: number, m: number, anchor: AnchorSource | undefined): DateFields {
  // Built whole, with its anchor or without, rather than spread into a copy that adds one. The
  // end of a month is dated by the month, as readers date it (12月底 → 2019-12), as 上旬 is.
  const value = isoMonth(y, m);
  return anchor ? { value, granularity: 'month', anchor } : { value, granularity: 'month' };
}

/** The month's year; whether the clause before `start` speaks of the future is read only for a month without one. */
function monthYear(g: Record<string, string | undefined>, month: number, anchor: Anchor | undefined, scan: string, start: number) {
  if (g.y) return yearOf(g.y);
  if (!anchor) return undefined;
  if (g.rel) return parseDay(anchor.date).y + RELATIVE_YEAR[g.rel]!;
  return yearOfYearless(anchor, month, 1, speaksOfFuture(scan, start));
}

/**
 * Months: 2018年9月, 2018年十二月, 去年5月, 八月 and 1月底; 本月/上个月/下月, and a day of these
 * (本月15日). A month without a year takes the year that puts it nearest the anchor, earlier
 * rather than later.
 */
export const calendarMonth = triedAtOpenings<'date'>({
  id: 'date/zh/month',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(
    keyedOn(
      '月',
      `(?:(?<![\\d.])(?<y>${YEAR4}|${YEAR2})\\s*年\\s*|(?<rel>${Object.keys(RELATIVE_YEAR).join('|')})\\s*` +
        `|(?<![\\d.〇零一二三四五六七八九十第个每几数前后近两]))(?<m>${MONTH})\\s*` +
        `|(?<![月个])(?<rm>${Object.keys(RELATIVE_MONTH).join('|')})`,
      MONTH_EDGE + RELATIVE_MONTH_DAY,
    ),
    'g',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    const { anchor } = ctx;
    const start = headStart(match);
    if (g.rm) {
      const granularity = g.rd ? 'day' : 'month';
      if (!anchor || !dayLevel(anchor)) return { start, fields: { granularity } };
      const { y, m } = parseDay(anchor.date);
      const target = addMonths(y, m, RELATIVE_MONTH[g.rm]!);
      if (!g.rd) return { start, fields: monthFields(target.y, target.m, anchor.source) };
      const day = Number(g.rd);
      if (!isValidDay(target.y, target.m, day)) return { start, fields: { granularity } };
      return { start, fields: { value: isoDay(target.y, target.m, day), granularity, anchor: anchor.source } };
    }
    const month = num(g.m)!;
    if (month < 1 || month > 12) return null;
    const year = monthYear(g, month, anchor, ctx.scan, start);
    if (year === undefined) return { start, fields: { granularity: 'month' } };
    return { start, fields: monthFields(year, month, g.y ? undefined : anchor!.source) };
  },
  examples: [
    { text: '2018年9月发行人未支付利息', mention: '2018年9月', expect: { value: '2018-09', granularity: 'month' } },
    { text: '2018年十二月', expect: { value: '2018-12', granularity: 'month' } },
    { text: '我们去年5月见过', mention: '去年5月', expect: { value: '2024-05', anchor: 'published' } },
    { text: '接下来介绍一下ZStack在八月的重要动态', mention: '八月', publishedAt: '2020-09-01', expect: { value: '2020-08', granularity: 'month' } },
    { text: '12月社会融资规模', mention: '12月', expect: { value: '2024-12' } },
    { text: '预计1月底完成', mention: '1月底', expect: { value: '2025-01', granularity: 'month' } },
    { text: '上个月发布', mention: '上个月', expect: { value: '2025-01', granularity: 'month', anchor: 'published' } },
    { text: '公司将于本月15日召开股东大会', mention: '本月15日', expect: { value: '2025-02-15', granularity: 'day', anchor: 'published' } },
    { text: '上月28日晚间发布公告', mention: '上月28日', expect: { value: '2025-01-28', granularity: 'day' } },
  ],
  negatives: ['3个月', '持有6个月以上', '第3月'],
},
// Keyed on 月, after the month's number or the last character of 本, 上个, 下…
[{ firsts: `${MONTH_LAST}${RELATIVE_MONTH_LAST}`, seconds: '月' }], [1]);
