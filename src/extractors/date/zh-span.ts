import type { Anchor } from '../../engine/extractor.ts';
import { addDays, addMonths, daysInMonth, isoDay, parseDay } from './calendar.ts';
import { dayLevel, headStart, keyedOn, num, type DateFields } from './grammar.ts';
import { WHITE_SPACE, triedAtOpenings, wordOpenings } from '../../engine/openings.ts';

/** What a count may open with. */
const COUNT_DIGITS = '0123456789一二两三四五六七八九十';
const COUNT = '(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})';
const UNIT_DAYS: Readonly<Record<string, number>> = { 周: 7, 个星期: 7, 星期: 7, 个礼拜: 7, 天: 1, 日: 1 };
const UNIT_MONTHS: Readonly<Record<string, number>> = { 年: 12, 个月: 1 };
/** 一两年, 三五天: two digits side by side are a rough count, not a span to date. */
const APPROXIMATE = /[一二两三四五六七八九]{2}/;
const PAST = new Set(['近', '过去', '最近', '前', '上', '以前', '之前']);

/** The anchor moved by `count` units (a negative count goes back); month ends are clamped. */
function moved(anchor: string, count: number, unit: string): string {
  const days = UNIT_DAYS[unit];
  if (days !== undefined) return addDays(anchor, count * days);
  const { y, m, d } = parseDay(anchor);
  const target = addMonths(y, m, count * UNIT_MONTHS[unit]!);
  return isoDay(target.y, target.m, Math.min(d, daysInMonth(target.y, target.m)));
}

function anchored(anchor: Anchor | undefined, fields: (date: string) => DateFields): DateFields {
  if (!anchor || !dayLevel(anchor)) return { granularity: 'day' };
  return { ...fields(anchor.date), anchor: anchor.source };
}

/**
 * Spans counted from the anchor: 近三年 and 过去十年 end on it, 未来两天 and 后1年 start the day
 * after. A bare count (建设期3年) is a duration and stays out.
 */
export const relativeSpan = triedAtOpenings<'date'>({
  id: 'date/zh/relative-span',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(
    `(?<![以之此年月日目当提然最\\d])(?<dir>最近|近|过去|未来|今后|前|后|上)的?\\s*(?<n>${COUNT})(?!\\d)\\s*(?<unit>个月|个星期|个礼拜|星期|周|年|天)(?![前后度内期底末初])`,
    'g',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    const count = num(g.n!);
    if (!count || APPROXIMATE.test(g.n!)) return null;
    const fields = anchored(ctx.anchor, (date) =>
      PAST.has(g.dir!)
        ? { value: moved(date, -count, g.unit!), valueEnd: date, granularity: 'day' }
        : { value: addDays(date, 1), valueEnd: moved(date, count, g.unit!), granularity: 'day' },
    );
    return { fields };
  },
  examples: [
    { text: '公司近三年营收持续增长', mention: '近三年', expect: { value: '2022-02-07', valueEnd: '2025-02-07', anchor: 'published' } },
    { text: '过去十年中国有了巨大的变化', mention: '过去十年', publishedAt: '2018-07-24', expect: { value: '2008-07-24', valueEnd: '2018-07-24' } },
    { text: '在未来两天', mention: '未来两天', expect: { value: '2025-02-08', valueEnd: '2025-02-09' } },
  ],
  negatives: ['建设期3年', '一周', '前三季度', '三年前', '截至目前2018年单项计提资产减值准备', '最后3年', '近一两年'],
},
// A word of one character is followed by 的, white space or the count.
[wordOpenings(['最近', '过去', '未来', '今后']), { firsts: '近前后上', seconds: `的${WHITE_SPACE}${COUNT_DIGITS}` }]);

const POINT_UNIT = '个月|个星期|周|年|天';

/**
 * 5年前, 两天后: one day counted from the anchor. The pattern is keyed on the unit, which is tried
 * only where a direction follows it; the count before it is read by a lookbehind.
 */
export const relativePoint = triedAtOpenings<'date'>({
  id: 'date/zh/relative-point',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(
    keyedOn(`(?<unit>${POINT_UNIT})`, `(?<![\\d年月日第近])(?<n>${COUNT})\\s*`, '(?<dir>以前|之前|以后|之后|前|后)', `(?:${POINT_UNIT})`),
    'g',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    const count = num(g.n!);
    // 07年以后 and 18年之前 are years (see date/zh/year-period), not counts of years.
    if (!count || g.n!.startsWith('0') || (g.unit === '年' && /^\d\d$/.test(g.n!) && g.dir!.length === 2)) return null;
    const sign = PAST.has(g.dir!) ? -1 : 1;
    return { start: headStart(match), fields: anchored(ctx.anchor, (date) => ({ value: moved(date, sign * count, g.unit!), granularity: 'day' })) };
  },
  examples: [
    { text: '5年前,这里的情况要糟糕的多', mention: '5年前', publishedAt: '2018-08-30', expect: { value: '2013-08-30' } },
    { text: '他5天前就回来了', mention: '5天前', publishedAt: '2018-08-30', expect: { value: '2018-08-25' } },
  ],
  negatives: ['2015年前', '3月10日前', '他07年以后就没再来过学校'],
}, [{ firsts: '个', seconds: '月星' }, { firsts: '周年天', seconds: '以之前后' }]);
