import type { Anchor, PatternRule } from '../../engine/extractor.ts';
import { isoMonth, isoYear, parseDay } from './calendar.ts';
import { RELATIVE_YEAR, YEAR2, YEAR4, anchorForRelative, headStart, keyedOn, speaksOfFuture, yearOf, type DateFields } from './grammar.ts';
import { WHITE_SPACE, triedAtOpenings } from '../../engine/openings.ts';

const QUARTER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 两: 2, '1': 1, '2': 2, '3': 3, '4': 4 };

/** What may stand before 年: a year (2025, 二〇二五, 07 before 以后) or a relative word (今, 去, 上一). */
const HEAD =
  `(?<![\\d.])(?:(?<y>${YEAR4})\\s*|(?<yy>${YEAR2})\\s*(?=年(?:以后|以前|之后|之前|以来))|(?<yy0>0\\d)\\s*)` +
  `|(?<![马之以然最])(?<rel>${Object.keys(RELATIVE_YEAR).map((w) => w.slice(0, -1)).join('|')})`;
const PERIOD =
  `(?:(?<h>上|下)半年|第(?<q>[一二三四1-4])季度?|(?<q2>[一二三四1-4])季度|Q(?<q3>[1-4])(?![\\dA-Za-z])|前(?<qn>[二三两])个?季度` +
  // 2019年中期业绩, 2019年中报, 2019年半年度报告, 2019年半年报: the interim report covers the first
  // half (中期票据 is a note, not a period).
  `|(?<mid>中期(?=业绩|报告|财报|股息|分红|派息)|中报|半年度|半年报)` +
  `|(?<edge>年初|年末|年底|年内|初|末|底|内)|(?<full>全年|年度|度))`;
const PERIOD_ALONE = new RegExp(`^${PERIOD}$`);
const BARE_PERIOD = '[上下]半年|第[一二三四1-4]季度?|[一二三四1-4]季度|Q[1-4](?![\\dA-Za-z])|前[二三两]个?季度|年初|年末|年底|年内';
/** A bare period right after these is part of something else (2018年上半年 is read whole; 去年底 too). */
const BEFORE_BARE = /[\d一二三四五六七八九十两个今本去明上下前后]/;

/** The year a head names, or the anchor-relative one; undefined when nothing anchors it. */
function headYear(g: Record<string, string | undefined>, anchor: Anchor | undefined): number | undefined {
  if (g.y) return yearOf(g.y);
  if (g.yy ?? g.yy0) return yearOf((g.yy ?? g.yy0)!);
  if (g.rel !== undefined && anchor) return parseDay(anchor.date).y + RELATIVE_YEAR[`${g.rel}年`]!;
  return undefined;
}

/** Fields for a period of a known year. */
function periodFields(year: number, g: Record<string, string | undefined>): DateFields {
  const y = isoYear(year);
  if (g.h) return { value: `${y}-H${g.h === '上' ? 1 : 2}`, granularity: 'half' };
  if (g.mid) return { value: `${y}-H1`, granularity: 'half' };
  const quarter = g.q ?? g.q2 ?? g.q3;
  if (quarter) return { value: `${y}-Q${QUARTER[quarter]}`, granularity: 'quarter' };
  if (g.qn) return { value: `${y}-Q1`, valueEnd: `${y}-Q${QUARTER[g.qn]}`, granularity: 'quarter' };
  const edge = g.edge?.replace('年', '');
  if (edge === '初') return { value: isoMonth(year, 1), granularity: 'month' };
  // 2018年底 names the end of a year as readers date it: by the year (截至2018年底 → 2018).
  return { value: y, granularity: 'year' };
}

/** Months after which a head-less period (上半年, 一季度, 前三季度) is over. */
function periodEndMonth(g: Record<string, string | undefined>): number | undefined {
  if (g.h) return g.h === '上' ? 6 : 12;
  const quarter = g.q ?? g.q2 ?? g.q3 ?? g.qn;
  if (quarter) return 3 * QUARTER[quarter]!;
  return undefined;
}

/**
 * Years and their periods: 2025年, 2017年度, 2024年全年, 2017年末, 2018年上半年, 2025年一季度,
 * 今年/去年/明年, and head-less 上半年/第四季度/前三季度/年底, which take the anchor's year (the year
 * before for a quarter or half not yet over, unless the clause speaks of the future).
 */
export const yearPeriod = triedAtOpenings<'date'>({
  id: 'date/zh/year-period',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(`${keyedOn('年', HEAD, `(?:\\s*${PERIOD})?`)}|(?<bare>${BARE_PERIOD})`, 'g'),
  extract(match, ctx) {
    let g = match.groups!;
    if (g.bare !== undefined) {
      if (BEFORE_BARE.test(ctx.scan[match.index - 1] ?? '')) return null;
      g = PERIOD_ALONE.exec(g.bare)!.groups!;
    }
    const hasHead = g.y !== undefined || g.yy !== undefined || g.yy0 !== undefined || g.rel !== undefined;
    if (!hasHead && (g.full || (g.edge !== undefined && !g.edge.startsWith('年')))) return null;
    const start = headStart(match);
    const anchor = anchorForRelative(ctx, start);
    let year = headYear(g, anchor);
    if (!hasHead && anchor) {
      year = parseDay(anchor.date).y;
      const endMonth = periodEndMonth(g);
      const anchorMonth = parseDay(anchor.date).m;
      if (endMonth !== undefined && endMonth > anchorMonth && !speaksOfFuture(ctx.scan, start)) year -= 1;
    }
    if (year === undefined) return { start, fields: { granularity: periodFields(2000, g).granularity } };
    const fields = periodFields(year, g);
    // A fresh object: the anchor is added to it rather than to a spread copy.
    if (g.rel !== undefined || !hasHead) fields.anchor = anchor!.source;
    return { start, fields };
  },
  examples: [
    { text: '对于近期纷纷宣布在2025年大笔增加AI资本支出的科技巨头来说', mention: '2025年', expect: { value: '2025', granularity: 'year' } },
    { text: '据外媒预计,2024年全年,北美四大科技巨头', mention: '2024年全年', expect: { value: '2024', granularity: 'year' } },
    { text: '其中2017年度已计提人民币6,480.50万元', mention: '2017年度', expect: { value: '2017', granularity: 'year' } },
    { text: '截至2017年末', mention: '2017年末', expect: { value: '2017', granularity: 'year' } },
    { text: '2025年一季度', expect: { value: '2025-Q1', granularity: 'quarter' } },
    { text: '2018年上半年', expect: { value: '2018-H1', granularity: 'half' } },
    { text: '碧桂园发布了2020年中期业绩公告', mention: '2020年中期', expect: { value: '2020-H1', granularity: 'half' } },
    { text: '万科2021年中报显示', mention: '2021年中报', expect: { value: '2021-H1', granularity: 'half' } },
    { text: '某某股份近日发布2019年半年度报告', mention: '2019年半年度', expect: { value: '2019-H1', granularity: 'half' } },
    { text: '据2020年半年报显示', mention: '2020年半年报', expect: { value: '2020-H1', granularity: 'half' } },
    { text: '其中上半年已计提人民币4,913.62万元', mention: '上半年', publishedAt: '2018-12-28', expect: { value: '2018-H1', anchor: 'published' } },
    { text: '公司第四季度营收', mention: '第四季度', expect: { value: '2024-Q4', granularity: 'quarter' } },
    { text: '前三季度GDP同比增长', mention: '前三季度', publishedAt: '2019-10-20', expect: { value: '2019-Q1', valueEnd: '2019-Q3' } },
    { text: '去年净利润', mention: '去年', expect: { value: '2024', granularity: 'year', anchor: 'published' } },
    { text: '监管方从年初就在酝酿针对数据公司的整顿清理', mention: '年初', publishedAt: '2019-09-23', expect: { value: '2019-01', granularity: 'month' } },
    { text: '截至2018年底,同盾科技累计客户数量为2421家', mention: '2018年底', expect: { value: '2018', granularity: 'year' } },
    { text: '他07年以后就没再来过学校', mention: '07年', expect: { value: '2007' } },
    { text: '08年奥运会在北京举办', mention: '08年', expect: { value: '2008', granularity: 'year' } },
  ],
  negatives: ['马上一年半又要过去了', '成立21年', '建设期3年', '1年期MLF中标利率为2.85%', '2042.215万股', '三年半过去了', '上半场'],
}, [
  // 年 after the last character of a head (a digit, white space, the 今 of 今年), where the pattern opens.
  { firsts: `0123456789〇零○一二三四五六七八九十千${WHITE_SPACE}今本去上明下前后`, seconds: '年' },
  // The bare periods, which open on their first character.
  { firsts: '上下', seconds: '半' },
  { firsts: '第Q', seconds: '一二三四1234' },
  { firsts: '一二三四1234', seconds: '季' },
  { firsts: '前', seconds: '二三两' },
  { firsts: '年', seconds: '初末底内' },
], [0, 1]);

/** 2025财年, FY2025, FY25: fiscal years. */
export const fiscalYear = triedAtOpenings<'date'>({
  id: 'date/zh/fiscal-year',
  type: 'date',
  lang: 'any',
  pattern: new RegExp(
    `${keyedOn('(?:财年|财政年度|会计年度)', `(?<![\\d.])(?<y>${YEAR4})\\s*`, '')}|\\bFY\\s?(?<fy>\\d{4}|\\d{2})(?!\\d)`,
    'g',
  ),
  extract(match) {
    const g = match.groups!;
    const year = yearOf(g.y ?? g.fy!);
    return year === undefined ? null : { start: headStart(match), fields: { value: isoYear(year), granularity: 'fiscal_year' }, priority: 1 };
  },
  examples: [
    { text: '2025财年四家公司的资本支出预计至少将达到3000亿美元', mention: '2025财年', expect: { value: '2025', granularity: 'fiscal_year' } },
    { text: 'FY2025 revenue', mention: 'FY2025', expect: { value: '2025', granularity: 'fiscal_year' } },
  ],
  negatives: ['财年预算', 'FYI'],
});

/**
 * A year in a list whose last item carries 年 for all: 从2013、2014年 (2013 and 2014年), 2016和2017年.
 * The last item is yearPeriod's; each year before it is read here.
 */
export const yearListItem: PatternRule<'date'> = {
  id: 'date/zh/year-list-item',
  type: 'date',
  lang: 'zh',
  // Every match ends in a digit before a joiner and the next year: a third of the cost of trying \d{4} at each digit.
  trigger: /\d[、和与及或](?:19|20)\d\d/,
  pattern: /(?<![\d.\-/:])(?:19|20)\d{2}(?=(?:[、和与及或](?:19|20)\d{2})*[、和与及或](?:19|20)\d{2}\s*年)/g,
  extract(match) {
    return { fields: { value: isoYear(Number(match[0])), granularity: 'year' } };
  },
  examples: [
    { text: '这类平台从2013、2014年就开始出现', mention: '2013', expect: { value: '2013', granularity: 'year' } },
    { text: '公司在2016、2017和2018年连续亏损', mention: '2017', expect: { value: '2017', granularity: 'year' } },
  ],
  negatives: ['共2013、2014家企业', '2013年、2014年', '编号1999、2000号'],
};
