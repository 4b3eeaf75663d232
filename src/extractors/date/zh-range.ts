import { groupSpan, type Anchor } from '../../engine/extractor.ts';
import { isValidDay, isoDay, isoMonth, isoYear, monthOfBareDay, parseDay, periodStart } from './calendar.ts';
import { DAY, DAY_MARK, MONTH, RELATIVE_YEAR, YEAR2, YEAR4, dayLevel, keyedOn, num, speaksOfFuture, yearOf, yearOfYearless, type DateFields } from './grammar.ts';
import { WHITE_SPACE, triedAtOpenings } from '../../engine/openings.ts';

const FULL =
  `(?:${YEAR4}|${YEAR2})\\s*年\\s*${MONTH}\\s*月(?:\\s*${DAY}\\s*${DAY_MARK})?|${YEAR4}\\s*年` +
  `|${MONTH}\\s*月(?:\\s*${DAY}\\s*${DAY_MARK})?|${DAY}\\s*${DAY_MARK}`;
const BARE = `\\d{1,4}|[〇零一二三四五六七八九十]{1,4}`;
const SEPARATOR = '(?:至|到|-|—|–|~|～|－|(?<and>与|和)|(?<after>之后|以后))';
const SEPARATOR_UNNAMED = '(?:至|到|-|—|–|~|～|－|与|和|之后|以后)';

/** A year written right before a span of months: 2019年, 今年, 去年. */
const YEAR_BEFORE = new RegExp(`(?:(?<![\\d.])(?<y>${YEAR4})\\s*年|(?<![马之以然最])(?<rel>今年|去年|明年|前年))\\s*$`);

const SIDE = new RegExp(
  `^(?:(?<y>${YEAR4}|${YEAR2})\\s*年\\s*)?(?:(?<m>${MONTH})\\s*月\\s*)?(?:(?<d>${DAY})\\s*${DAY_MARK})?$|^(?<n>${BARE})$`,
);

interface Side {
  y?: number;
  m?: number;
  d?: number;
}

function parseSide(text: string): (Side & { bare?: number }) | undefined {
  const g = SIDE.exec(text.trim())?.groups;
  if (!g) return undefined;
  if (g.n !== undefined) return { bare: num(g.n) };
  return { y: g.y === undefined ? undefined : yearOf(g.y), m: num(g.m), d: num(g.d) };
}

function sideValue({ y, m, d }: Side): DateFields | undefined {
  if (y === undefined) return undefined;
  if (m === undefined) return { value: isoYear(y), granularity: 'year' };
  if (d === undefined) return m >= 1 && m <= 12 ? { value: isoMonth(y, m), granularity: 'month' } : undefined;
  return isValidDay(y, m, d) ? { value: isoDay(y, m, d), granularity: 'day' } : undefined;
}

/** Fills what a side leaves out from the other side and, last, from the anchor. */
function completeSides(from: Side, to: Side, anchor: Anchor | undefined, future: boolean): boolean {
  if (to.m === undefined && to.y === undefined && to.d !== undefined) to.m = from.m;
  if (to.y === undefined && from.y !== undefined && to.m !== undefined) to.y = to.m < (from.m ?? 1) ? from.y + 1 : from.y;
  if (from.y === undefined && to.y !== undefined && from.m !== undefined) from.y = from.m > (to.m ?? 12) ? to.y - 1 : to.y;
  if (to.y !== undefined && from.y !== undefined) return true;
  if (!anchor) return false;
  if (to.m !== undefined) {
    to.y = yearOfYearless(anchor, to.m, to.d ?? 1, future);
    if (to.y === undefined) return false;
  } else if (to.d !== undefined && dayLevel(anchor)) {
    const month = monthOfBareDay(anchor.date, to.d, future);
    [to.y, to.m, from.m] = [month.y, month.m, month.m];
  } else return false;
  if (from.m === undefined && from.d !== undefined) from.m = to.m;
  from.y = (from.m ?? 1) > (to.m ?? 12) ? to.y! - 1 : to.y;
  return true;
}

/**
 * Ranges: 2020年8月25日至2021年2月20日, 1月20日-2月5日, 1—8月, 9月7日至10月, 2019-2022年, 从一月十日到十二日.
 * A bare number on the left takes the unit of the right (1—8月 is January to August). When each side
 * is a date of its own (5月9日至5月14日, and a bare year: 2017-2018年), each side is its own mention,
 * as a reader marks them (a record holds one date value): the first carries the range's end in
 * `valueEnd`, the second is the end date. A span of bare months or days is one record, with the
 * year written before it (今年1—8月).
 */
export const dateRange = triedAtOpenings<'date'>({
  id: 'date/zh/range',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(
    keyedOn(
      SEPARATOR,
      `(?<from>从|自|由)?\\s*(?<![\\d.:/])(?<a>${FULL}|${BARE})\\s*`,
      `\\s*(?<b>${FULL}|(?<=[从自由][^，。]{0,8})\\d{4})(?![\\d均内以])(?<between>之?间|(?<=(?:之后|以后)\\s*\\S+)(?:之前|以前))?`,
      SEPARATOR_UNNAMED,
    ),
    'gd',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    const from = parseSide(g.a!);
    const to = parseSide(g.b!);
    // 2007年与2009年 names two years; only 2007年与2009年间 is a range.
    if (!from || !to || (to.bare !== undefined && !g.from) || (g.and && !g.between)) return null;
    if (to.bare !== undefined) [to.y, to.bare] = [to.bare, undefined];
    if (from.bare !== undefined) {
      if (to.y !== undefined && to.m === undefined) from.y = from.bare;
      else if (to.m !== undefined && to.d === undefined && to.y === undefined) from.m = from.bare;
      else if (to.d !== undefined && to.m === undefined && to.y === undefined) from.d = from.bare;
      else return null;
    }
    const a = groupSpan(match, 'a')!;
    const b = groupSpan(match, 'b')!;
    const end = match.index + match[0].length - (g.between?.length ?? 0);
    // A bare year is a date of its own (2017-2018年 names 2017 and 2018年), as is each full side; a
    // bare month or day is not (1—8月 is one span).
    const twoDates = (from.bare === undefined || (to.m === undefined && to.d === undefined)) && to.bare === undefined;
    // 今年1—8月份, 2019年1-8月: the year before a span of months is the span's.
    let start = a.start;
    let explicit = from.y !== undefined || to.y !== undefined;
    if (from.bare !== undefined && !g.from && to.y === undefined && to.m !== undefined && to.d === undefined) {
      const year = YEAR_BEFORE.exec(ctx.scan.slice(Math.max(0, a.start - 8), a.start));
      const { y, rel } = year?.groups ?? {};
      if (y !== undefined) [to.y, explicit] = [yearOf(y), true];
      else if (rel !== undefined && ctx.anchor) to.y = parseDay(ctx.anchor.date).y + RELATIVE_YEAR[rel]!;
      if (to.y !== undefined) start = a.start - year![0].length;
    }
    // A side wins over the same text read as a lone day: the range completes it (十二日 takes 一月).
    const mentions = (first: DateFields, second: DateFields) =>
      twoDates
        ? [
            { start: a.start, end: a.end, fields: first, priority: 2 },
            { start: b.start, end, fields: second, priority: 2 },
          ]
        : { start, end, fields: first, priority: 1 };
    const anchor = ctx.anchor;
    if (!completeSides(from, to, anchor, speaksOfFuture(ctx.scan, match.index))) {
      const granularity = (side: Side) => (side.d !== undefined ? 'day' : side.m !== undefined ? 'month' : 'year');
      return mentions({ granularity: granularity(to) }, { granularity: granularity(to) });
    }
    const low = sideValue(from);
    const high = sideValue(to);
    if (!low || !high || periodStart(low.value!)! > periodStart(high.value!)!) return null;
    const stated = explicit ? {} : { anchor: anchor!.source };
    return mentions({ value: low.value, valueEnd: high.value, granularity: low.granularity, ...stated }, { ...high, ...stated });
  },
  examples: [
    {
      text: '2020年8月25日至2021年2月20日',
      mention: '2020年8月25日',
      expect: { value: '2020-08-25', valueEnd: '2021-02-20', granularity: 'day' },
    },
    { text: '2020年8月25日至2021年2月20日', mention: '2021年2月20日', expect: { value: '2021-02-20', granularity: 'day' } },
    { text: '1月20日-2月5日', mention: '1月20日', expect: { value: '2025-01-20', valueEnd: '2025-02-05', granularity: 'day', anchor: 'published' } },
    { text: '5月9日至5月14日,平台多次发布兑付公告', mention: '5月14日', publishedAt: '2019-05-20', expect: { value: '2019-05-14', granularity: 'day' } },
    { text: '1—8月,全国规模以上工业企业利润', mention: '1—8月', publishedAt: '2019-09-27', expect: { value: '2019-01', valueEnd: '2019-08' } },
    { text: '9月7日至10月', mention: '10月', publishedAt: '2019-10-20', expect: { value: '2019-10', granularity: 'month' } },
    { text: '《纲要(2019-2022年)》', mention: '2019', expect: { value: '2019', valueEnd: '2022', granularity: 'year' } },
    { text: '这类业务在2017-2018年左右进入高峰', mention: '2018年', expect: { value: '2018', granularity: 'year' } },
    { text: '统计显示，今年1—8月份，全省新增贷款', mention: '今年1—8月', publishedAt: '2019-09-26', expect: { value: '2019-01', valueEnd: '2019-08', granularity: 'month' } },
    { text: '2018年1-8月，全国规模以上工业企业利润', mention: '2018年1-8月', publishedAt: '2019-09-26', expect: { value: '2018-01', valueEnd: '2018-08' } },
    { text: '时间从一月十日到十二日', mention: '一月十日', expect: { value: '2025-01-10', valueEnd: '2025-01-12' } },
  ],
  negatives: ['客服:400-6123115', '2019-09-30', '5-1/2 year low', '10-20日均线'],
},
// The pattern is keyed on the separator, which follows the end of a date or a bare number.
[{ firsts: `年月日号號0123456789〇零一二三四五六七八九十${WHITE_SPACE}`, seconds: '至到-—–~～－与和之以' }], [1]);


