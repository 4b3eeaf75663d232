import type { Anchor } from '../../engine/extractor.ts';
import { addDays } from './calendar.ts';
import {
  CLOCK_HOUR, CLOCK_MINUTES, CLOCK_UNNAMED, PART_OF_DAY, ZONE,
  clockFromText, clockOf, clockText, dayLevel, headStart, keyedOn, num, zoneFields, type Clock, type DateFields,
} from './grammar.ts';
import { ANCHOR_DAY, ANCHOR_DAY_PART, byLength } from './zh-relative.ts';
import { WHITE_SPACE, triedAtOpenings } from '../../engine/openings.ts';

/**
 * A clock time with no day: 上午10点, 凌晨2点半, 北京时间21:00, 17:21, 2:00pm. A bare 十点 stays
 * out (上涨10点 is index points); the value is the time alone (`T10:00`).
 */
export const clockTime = triedAtOpenings<'date'>({
  id: 'date/zh/clock-time',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(
    keyedOn(
      '[:点點时時]',
      `(?:${ZONE}\\s*)?(?:${PART_OF_DAY}\\s*)?(?<![\\d:.])(?:${CLOCK_HOUR})`,
      `(?:${CLOCK_MINUTES})(?![\\d:])`,
    ),
    'g',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    // 零点 is midnight however it is written; other bare 十点 are too often index points.
    const midnight = g.ch === '零' && !/[\d几一二三四五六七八九]/.test(ctx.scan[match.index + match[0].length] ?? '');
    if (!g.pod && !g.zone && g.hh === undefined && !midnight) return null;
    const clock = clockOf(g);
    if (!clock) return null;
    const fields: DateFields = { value: clockText(clock), granularity: 'time', ...zoneFields(g.zone) };
    if (g.pod) fields.partOfDay = g.pod;
    return { start: headStart(match), fields };
  },
  examples: [
    { text: '上午10点', expect: { value: 'T10:00', granularity: 'time', partOfDay: '上午' } },
    { text: '凌晨2点半', expect: { value: 'T02:30' } },
    { text: '截至17:21,沪指报3000.12点', mention: '17:21', expect: { value: 'T17:21' } },
    { text: '北京时间21:00', expect: { value: 'T21:00', timezone: 'Asia/Shanghai' } },
    { text: '零点整', expect: { value: 'T00:00' } },
  ],
  negatives: ['沪指上涨10点', '收报2929.09点', '配股比例为10:3', '涨幅零点几个百分点'],
},
// The pattern is keyed on the colon or 点, right after the hour.
[{ firsts: '0123456789零〇一二两三四五六七八九十', seconds: ':点點时時' }], [1]);

const DAY_WORDS = byLength([...Object.keys(ANCHOR_DAY), ...Object.keys(ANCHOR_DAY_PART)]);
const BARE_HOUR = '(?:[零一二两三四五六七八九十]{1,3}|\\d{1,2})';
const SIDE = (n: number) =>
  `(?<d${n}>${DAY_WORDS})?\\s*(?<p${n}>(?<![今昨明])${PART_OF_DAY.replace('(?<pod>', '(?:')})?\\s*(?<t${n}>${CLOCK_UNNAMED}${n === 1 ? `|${BARE_HOUR}` : ''})`;

interface Side {
  day?: string;
  clock: Clock;
}

/** The day a day word names, and the part of day a compound (今晚) carries. */
function dayWord(word: string | undefined, anchor: Anchor | undefined): { day?: string; pod?: string } | undefined {
  if (!word) return {};
  if (!anchor || !dayLevel(anchor)) return undefined;
  const part = ANCHOR_DAY_PART[word];
  if (part) return { day: addDays(anchor.date, part[0]), pod: part[1] };
  return { day: addDays(anchor.date, ANCHOR_DAY[word]!) };
}

function sideValue({ day, clock }: Side): string {
  return day ? `${day}${clockText(clock)}` : clockText(clock);
}

/**
 * Time ranges: 下午五点到晚上七点半, 17:55:23-18:33:02, 今晚八点到九点, 从昨天下午两点到明天四点. The
 * right side keeps the left's afternoon (下午5:00到6:00 ends at 18:00) unless it names its own.
 */
export const timeRange = triedAtOpenings<'date'>({
  id: 'date/zh/time-range',
  type: 'date',
  lang: 'zh',
  pattern: new RegExp(keyedOn('(?:到|至|-|~|～|—)', `(?<from>从)?(?<![\\d:.])${SIDE(1)}\\s*`, `\\s*${SIDE(2)}(?![\\d:])`), 'g'),
  extract(match, ctx) {
    const g = match.groups!;
    const bareLeft = !/[:点點时時]/.test(g.t1!);
    const colonBoth = g.t1!.includes(':') && g.t2!.includes(':');
    const named = g.d1 || g.p1 || g.d2 || g.p2;
    if (!named && !colonBoth && !(g.from && !bareLeft)) return null;
    if (bareLeft && !/[点點时時]/.test(g.t2!)) return null;
    // 2点-明天4点: a side without a day word is on the anchor's day when the other names one.
    const left = g.d1 || !g.d2 ? dayWord(g.d1, ctx.anchor) : dayWord('今天', ctx.anchor);
    const right = g.d2 ? dayWord(g.d2, ctx.anchor) : left;
    const pod1 = g.p1 ?? left?.pod;
    const from = bareLeft ? clockOf({ ch: String(num(g.t1!)), pod: pod1 }) : clockFromText(g.t1!, pod1);
    let to = clockFromText(g.t2!, g.p2 ?? (g.d2 ? right?.pod : pod1));
    if (!from || !to) return null;
    if (!g.p2 && !g.d2 && to.hour < from.hour && to.hour + 12 < 24) to = { ...to, hour: to.hour + 12 };
    const start = headStart(match) + (g.from?.length ?? 0);
    if (!left || !right) return { start, fields: { granularity: 'time' } };
    const fields: DateFields = {
      value: sideValue({ day: left.day, clock: from }),
      valueEnd: sideValue({ day: right.day, clock: to }),
      granularity: 'time',
    };
    if (pod1) fields.partOfDay = pod1;
    if (left.day || right.day) fields.anchor = ctx.anchor!.source;
    return { start, fields, priority: 1 };
  },
  examples: [
    { text: '下午五点到晚上七点半', expect: { value: 'T17:00', valueEnd: 'T19:30', granularity: 'time' } },
    { text: '下午5:00到6:00', expect: { value: 'T17:00', valueEnd: 'T18:00' } },
    { text: '17:55:23-18:33:02', expect: { value: 'T17:55:23', valueEnd: 'T18:33:02' } },
    { text: '从昨天下午两点到明天四点', mention: '昨天下午两点到明天四点', expect: { value: '2025-02-06T14:00', valueEnd: '2025-02-08T04:00' } },
    { text: '今晚八点到九点有会议室吗', mention: '今晚八点到九点', expect: { value: '2025-02-07T20:00', valueEnd: '2025-02-07T21:00' } },
  ],
  negatives: ['指数上涨10-20点', '比分1:0-2:1'],
},
// The pattern is keyed on the separator, which follows the end of a clock time or a bare hour.
[{ firsts: `0123456789零〇一二两三四五六七八九十半刻分秒整点點时時m.${WHITE_SPACE}`, seconds: '到至-~～—' }], [1]);
