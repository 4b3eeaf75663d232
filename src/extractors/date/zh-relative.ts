import type { Anchor, ExtractContext } from '../../engine/extractor.ts';
import { addDays, isoWeek, mondayOf, weekdayOf } from './calendar.ts';
import {
  CLOCK_AFTER, DAY, DAY_MARK, MONTH, YEAR4,
  bareDayFields, dayFields, dayLevel, num, speaksOfFuture, withClock, yearOf, type DateFields,
} from './grammar.ts';
import { triedAtOpenings } from '../../engine/openings.ts';


export const ANCHOR_DAY: Readonly<Record<string, number>> = {
  今天: 0, 今日: 0, 今儿: 0, 本日: 0, 昨天: -1, 昨日: -1, 前天: -2, 前日: -2, 大前天: -3,
  明天: 1, 明日: 1, 后天: 2, 後天: 2, 大后天: 3,
};
/** Compounds that carry their part of day: 今晨 is 今天 in the early morning. */
export const ANCHOR_DAY_PART: Readonly<Record<string, readonly [number, string]>> = {
  今晨: [0, '晨'], 今早: [0, '早'], 今晚: [0, '晚'], 昨晚: [-1, '晚'], 昨夜: [-1, '夜'], 明早: [1, '早'], 明晚: [1, '晚'],
};
/** Days counted from the date the text last named (1月27日…从前一日的第六位). */
const TEXT_DAY: Readonly<Record<string, number>> = {
  当天: 0, 当日: 0, 次日: 1, 翌日: 1, 次一日: 1, 隔日: 1, 前一日: -1, 前一天: -1,
};

/** Characters that make a following 本 part of a word (样本, 成本, 日本), not "this". */
const BEN_IN_WORD = '(?<![样成资基版日根文剧账课脚])';

export const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** How far back 次日/当日 look for the day they count from: a few sentences. */
const LOOK_BACK = 300;
const PRECEDING_DAY = new RegExp(
  `(?<![\\d.])(?:(?<y>${YEAR4})\\s*年\\s*)?(?<m>${MONTH})\\s*月\\s*(?<d>${DAY})\\s*${DAY_MARK}` +
    `|(?<![\\d.月])(?<bd>3[01]|[12]\\d|0?[1-9])${DAY_MARK}`,
  'g',
);

/** The last day the paragraph named before `index`, resolved; undefined when it names none. */
function precedingDay(ctx: ExtractContext, index: number): string | undefined {
  const paragraphStart = Math.max(ctx.scan.lastIndexOf('\n', index) + 1, index - LOOK_BACK);
  const before = ctx.scan.slice(paragraphStart, index);
  let last: RegExpExecArray | undefined;
  PRECEDING_DAY.lastIndex = 0;
  for (let m = PRECEDING_DAY.exec(before); m; m = PRECEDING_DAY.exec(before)) last = m;
  if (!last) return undefined;
  const g = last.groups!;
  const fields = g.bd
    ? bareDayFields(Number(g.bd), ctx.anchor, false)
    : dayFields(g.y ? yearOf(g.y) : undefined, num(g.m)!, num(g.d)!, ctx.anchor, false);
  return fields.value;
}

function shifted(anchor: Anchor | undefined, days: number): DateFields {
  if (!anchor || !dayLevel(anchor)) return { granularity: 'day' };
  return { value: addDays(anchor.date, days), granularity: 'day', anchor: anchor.source };
}

/**
 * 今天/今日/昨日/昨天/前日/明天, 今晨/昨晚, against the anchor; 当日/次日/前一日 against the day the
 * paragraph last named (the anchor when it names none).
 */
export const relativeDay = triedAtOpenings<'date'>({
  id: 'date/zh/relative-day',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(
    `(?<![今昨明前后大同])${BEN_IN_WORD}(?:(?<word>${byLength(Object.keys(ANCHOR_DAY))})(?!头条|之星|本)` +
      `|(?<part>${byLength(Object.keys(ANCHOR_DAY_PART))})|(?<text>${byLength(Object.keys(TEXT_DAY))}))${CLOCK_AFTER}`,
    'g',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    if (g.word) return { fields: withClock(shifted(ctx.anchor, ANCHOR_DAY[g.word]!), g) };
    if (g.part) {
      const [days, part] = ANCHOR_DAY_PART[g.part]!;
      return { fields: withClock(shifted(ctx.anchor, days), { ...g, pod: g.pod ?? part }) };
    }
    const offset = TEXT_DAY[g.text!]!;
    const named = precedingDay(ctx, match.index);
    if (named) return { fields: withClock({ value: addDays(named, offset), granularity: 'day', anchor: 'text' }, g) };
    return { fields: withClock(shifted(ctx.anchor, offset), g) };
  },
  examples: [
    { text: '昨日我不在家。', mention: '昨日', expect: { value: '2025-02-06', granularity: 'day', anchor: 'published' } },
    { text: '今天下午5:00', expect: { value: '2025-02-07T17:00', granularity: 'time' } },
    { text: '昨晚美股收跌', mention: '昨晚', expect: { value: '2025-02-06', partOfDay: '晚' } },
    {
      text: '昨日盘中一度大跌15%的特斯拉(TSLA.US)今日盘前继续下跌',
      mention: '今日盘前',
      publishedAt: '2020-09-03',
      expect: { value: '2020-09-03', granularity: 'day', partOfDay: '盘前' },
    },
    {
      text: '●8月15日 中弘股份股价跌破1元成仙股。截至当日收盘,中弘股份报0.94元',
      mention: '当日',
      publishedAt: '2018-10-23',
      expect: { value: '2018-08-15', anchor: 'text' },
    },
    { text: '公司于9月6日停牌,次日发布公告', mention: '次日', publishedAt: '2018-10-23', expect: { value: '2018-09-07' } },
    {
      text: '1月27日,DeepSeek排名从前一日的第六位飚升至第一位',
      mention: '前一日',
      expect: { value: '2025-01-26', anchor: 'text' },
    },
  ],
  negatives: ['今日头条', '日前', '同日宣布'],
});

const WEEKDAY: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7,
};
const NOT_BEFORE_WEEKDAY = /(?:[一二三四五六七八九十\d每个几]|黑色)$|[样成资基版日根文剧账课脚]$/;
const WEEK_SHIFT: Readonly<Record<string, number>> = { 上: -1, 上个: -1, 下: 1, 下个: 1, 本: 0, 这: 0, 这个: 0 };

/** 周三, 上周一, 这个星期一, 周三(25日): a weekday, the most recent one unless a week or the future is named. */
export const weekday = triedAtOpenings<'date'>({
  id: 'date/zh/weekday',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(
    `(?<shift>上个|下个|这个|上|下|本|这)?(?:周|星期|礼拜|禮拜|週)(?<wd>[一二三四五六日天1-7])` +
      `(?![\\d年])(?:\\s*[(（](?<pd>3[01]|[12]\\d|0?[1-9])${DAY_MARK}[)）])?${CLOCK_AFTER}`,
    'g',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    // 一周一次 and 每周一 count weeks; 黑色星期五 is a shopping day; 样本周 is no "this week".
    if (NOT_BEFORE_WEEKDAY.test(ctx.scan.slice(Math.max(0, match.index - 2), match.index))) return null;
    const { anchor } = ctx;
    if (g.pd) return { fields: withClock(bareDayFields(Number(g.pd), anchor, speaksOfFuture(ctx.scan, match.index)), g) };
    if (!anchor || !dayLevel(anchor)) return { fields: withClock({ granularity: 'day' }, g) };
    const wd = WEEKDAY[g.wd!]!;
    let value: string;
    if (g.shift) value = addDays(mondayOf(anchor.date, WEEK_SHIFT[g.shift]!), wd - 1);
    else {
      const back = (weekdayOf(anchor.date) - wd + 7) % 7;
      value = speaksOfFuture(ctx.scan, match.index) ? addDays(anchor.date, (7 - back) % 7) : addDays(anchor.date, -back);
    }
    return { fields: withClock({ value, granularity: 'day', anchor: anchor.source }, g) };
  },
  examples: [
    { text: '上周一', expect: { value: '2025-01-27', anchor: 'published' } },
    { text: '美股周三收盘', mention: '周三', expect: { value: '2025-02-05', granularity: 'day' } },
    { text: '公司周三(25日)公告', mention: '周三(25日)', publishedAt: '2019-09-26', expect: { value: '2019-09-25' } },
  ],
  negatives: ['一周', '每周一', '周年庆', '今年“黑色星期五”购物节'],
},
[
  { firsts: '上下这', seconds: '个' },
  { firsts: '上下本这', seconds: '周星礼禮週' },
  { firsts: '周週', seconds: '一二三四五六日天1234567' },
  { firsts: '星', seconds: '期' },
  { firsts: '礼禮', seconds: '拜' },
]);

const WEEK_WORD: Readonly<Record<string, number>> = {
  本周: 0, 这周: 0, 这个星期: 0, 本星期: 0, 周内: 0, 当周: 0, 上周: -1, 上星期: -1, 上个星期: -1, 下周: 1, 下星期: 1, 下个星期: 1,
};

/** 本周/周内/上周/下周 as ISO weeks of the anchor (2025-W06). */
export const week = triedAtOpenings<'date'>({
  id: 'date/zh/week',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(`(?<![一二三四五六七八九十\\d每个几])${BEN_IN_WORD}(?<w>${byLength(Object.keys(WEEK_WORD))})(?![一二三四五六日天末])`, 'g'),
  extract(match, ctx) {
    const { anchor } = ctx;
    if (!anchor || !dayLevel(anchor)) return { fields: { granularity: 'week' } };
    const monday = mondayOf(anchor.date, WEEK_WORD[match.groups!.w!]!);
    return { fields: { value: isoWeek(monday), granularity: 'week', anchor: anchor.source } };
  },
  examples: [
    { text: '本周新华出海系列指数全线上扬', mention: '本周', expect: { value: '2025-W06', granularity: 'week' } },
    { text: 'TMT出海周内涨4.5%', mention: '周内', expect: { value: '2025-W06' } },
    { text: '会议在下周', mention: '下周', publishedAt: '2017-03-22', expect: { value: '2017-W13' } },
    { text: '上周,零壹财经发布了排行榜', mention: '上周', expect: { value: '2025-W05', granularity: 'week' } },
  ],
  negatives: ['一周', '每周', '上周一', '样本周'],
});

/**
 * 近日/近期/日前/最近 opening a clause (近日，某公司宣布): the event is recent but undated, so the
 * record keeps the words with no value. Inside a clause these are adverbs, not dates.
 */
const CLAUSE_START = /[\s，,。；;：:！？!?、)）】」”]/;

export const vagueRecent = triedAtOpenings<'date'>({
  id: 'date/zh/vague-recent',
  type: 'date',
  lang: 'zh',
  pattern: /(?:近日|近期|日前|近来|最近)(?=[，,\s])/g,
  extract(match, ctx) {
    return CLAUSE_START.test(ctx.scan[match.index - 1] ?? '\n') ? { fields: { granularity: 'vague' } } : null;
  },
  examples: [{ text: '近日,ZStack正式宣布获2.3亿元B+轮融资。', mention: '近日', expect: { granularity: 'vague' } }],
  negatives: ['对于近期纷纷宣布在2025年大笔增加AI资本支出的科技巨头来说'],
});
