import type { Anchor, ExtractContext } from '../../engine/extractor.ts';
import type { FieldsOf } from '../../model/records.ts';
import { dateNumber } from './numbers.ts';
import { isoDay, isValidDay, monthOfBareDay, nearestYear, pad2, parseDay } from './calendar.ts';
import { codeUnitSet } from '../../text/code-units.ts';

/**
 * Pieces of the Chinese date grammar shared by the date rules (regex sources, compiled once by
 * each rule), and the functions that turn their named groups into record fields. Rules match
 * on the folded scan text, so digits and colons are already half-width.
 */

export type DateFields = FieldsOf<'date'>;

/** Words that name a year by its distance from the anchor's (今年, 去年), and that distance. */
export const RELATIVE_YEAR: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 去年: -1, 上年: -1, 上一年: -1, 明年: 1, 下一年: 1, 前年: -2, 后年: 2,
};

const CN_DIGIT = '[〇零○一二三四五六七八九]';
/** A four-digit year, in Arabic or Chinese digits, or 两千零四. */
export const YEAR4 = `(?:1\\d{3}|2[01]\\d{2}|${CN_DIGIT}{4}|[两二]千(?:零?[一二三四五六七八九十]{1,3})?)`;
/** A two-digit year (18年10月1日); rules admit it only where a month follows. */
export const YEAR2 = `(?:\\d{2}|${CN_DIGIT}{2})`;
/** A year of three Chinese digits (三六七年); rules admit it only where a month follows. */
export const YEAR3_CN = `${CN_DIGIT}{3}`;
export const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
export const DAY = '(?:3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
/** A Chinese-numeral day written without 日 (八月十五). */
export const CN_DAY = '(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
export const DAY_MARK = '[日号號]';
/** A day of a lunar month: 初一, 十五, 廿三, 三十. */
export const LUNAR_DAY = '(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)';
const LUNAR_MONTH: Readonly<Record<string, number>> = { 正: 1, 冬: 11, 腊: 12 };

export function lunarDayNumber(text: string): number | undefined {
  return dateNumber(text.replace('初', '').replace('廿', '二十'));
}

/** 正月 is the first lunar month, 冬月 and 腊月 the last two; others are numbered. */
export function lunarMonthNumber(text: string): number | undefined {
  return LUNAR_MONTH[text] ?? dateNumber(text);
}

/** Zone words and the IANA zone each names; 当地时间 names none. */
const ZONES: ReadonlyArray<readonly [string, string | undefined]> = [
  ['北京时间', 'Asia/Shanghai'],
  ['美国东部时间', 'America/New_York'],
  ['美东时间', 'America/New_York'],
  ['纽约时间', 'America/New_York'],
  ['美国西部时间', 'America/Los_Angeles'],
  ['美西时间', 'America/Los_Angeles'],
  ['美国中部时间', 'America/Chicago'],
  ['香港时间', 'Asia/Hong_Kong'],
  ['伦敦时间', 'Europe/London'],
  ['英国时间', 'Europe/London'],
  ['东京时间', 'Asia/Tokyo'],
  ['日本时间', 'Asia/Tokyo'],
  ['首尔时间', 'Asia/Seoul'],
  ['新加坡时间', 'Asia/Singapore'],
  ['台北时间', 'Asia/Taipei'],
  ['悉尼时间', 'Australia/Sydney'],
  ['法兰克福时间', 'Europe/Berlin'],
  ['欧洲中部时间', 'Europe/Berlin'],
  ['格林尼治时间', 'Etc/GMT'],
  ['格林威治时间', 'Etc/GMT'],
  ['当地时间', undefined],
];
const ZONE_OF = new Map(ZONES);
export const ZONE = `(?<zone>${ZONES.map(([word]) => word).join('|')})`;

/** Parts of the day and trading sessions, kept as `partOfDay`; the later ones shift a 12-hour clock. */
const MORNING = ['凌晨', '清晨', '早晨', '早上', '早间', '上午', '早盘', '盘前', '开盘前', '晨', '早'];
const MIDDAY = ['中午', '午间', '午盘', '盘中'];
const AFTERNOON = ['下午', '午后', '尾盘', '盘后', '收盘后'];
const EVENING = ['傍晚', '晚上', '晚间', '夜间', '深夜', '夜里', '晚', '夜'];
const PM = new Set([...AFTERNOON, ...EVENING]);
export const PART_OF_DAY = `(?<pod>${[...MORNING, ...MIDDAY, ...AFTERNOON, ...EVENING]
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

const CN_CLOCK = '[零〇一二两三四五六七八九十]{1,3}';
/** The hour of a clock time, before its key character (the colon or 点); rules keyed on it use the halves. */
export const CLOCK_HOUR = `(?<hh>[01]?\\d|2[0-4])(?=:)|(?<ch>${CN_CLOCK}|[01]?\\d|2[0-4])(?=[点點时時])`;
/** What follows the key character: minutes, seconds, am/pm. */
export const CLOCK_MINUTES =
  `(?<=:)(?<mm>[0-5]\\d)(?::(?<ss>[0-5]\\d))?(?:\\s*(?<ampm>[ap]\\.?m\\.?))?` +
  `|(?<=[点點时時])(?:(?<cm>半|一刻|三刻|${CN_CLOCK}|[0-5]?\\d)分?(?:(?<cs>${CN_CLOCK}|[0-5]?\\d)秒)?)?整?`;
/** 17:21, 5:00 pm, 八点, 10点半, 九点二十, 17点55分23秒. */
export const CLOCK = `(?:(?:${CLOCK_HOUR})[:点點时時](?:${CLOCK_MINUTES}))`;

/** Part of day and clock time after a day (北京时间2月6日凌晨, 1月19号下午5:00). */
export const CLOCK_AFTER = `(?:\\s*${PART_OF_DAY})?(?:\\s*(?:${CLOCK}))?`;

/** Words before a date that make it future rather than past. */
const FUTURE_CUE = /将|预计|计划|拟|有望|即将|届时|预期|定于|准备|还将|会在|明年|下周|下月/;
/** By character code: a regex test per character walked back cost more than the rule's own match. */
const CLAUSE_BREAK = codeUnitSet('。！？；，,;!?\n');

/** Whether the clause before `index` (at most 24 characters) speaks of the future (公司将于3月1日…). */
export function speaksOfFuture(scan: string, index: number): boolean {
  const limit = Math.max(0, index - 24);
  let from = index;
  while (from > limit && CLAUSE_BREAK[scan.charCodeAt(from - 1)] === 0) from--;
  return FUTURE_CUE.test(scan.slice(from, index));
}

/** The time zone a zone word (北京时间, 纽约时间…) names, if any. */
function timezoneOf(zone: string | undefined): string | undefined {
  return zone ? ZONE_OF.get(zone) : undefined;
}

export function zoneFields(zone: string | undefined): Pick<DateFields, 'timezone'> {
  const timezone = timezoneOf(zone);
  return timezone ? { timezone } : {};
}

/** A year as written: 2025, 二〇二五, 两千零四, or two digits (18 → 2018, 89 → 1989). */
export function yearOf(text: string): number | undefined {
  const n = dateNumber(text);
  if (n === undefined) return undefined;
  const twoDigits = text.length === 2 && !text.includes('千');
  if (twoDigits) return n < 50 ? 2000 + n : 1900 + n;
  return n;
}

export interface Clock {
  hour: number;
  minute?: number;
  second?: number;
}

/** The clock time of a match's CLOCK groups, shifted to 24 hours by 下午/晚上 or pm. */
export function clockOf(groups: Record<string, string | undefined>): Clock | undefined {
  let hour: number | undefined;
  let minute: number | undefined;
  let second: number | undefined;
  if (groups.hh !== undefined) {
    hour = Number(groups.hh);
    minute = Number(groups.mm);
    second = groups.ss === undefined ? undefined : Number(groups.ss);
    if (groups.ampm?.startsWith('p') && hour < 12) hour += 12;
    if (groups.ampm?.startsWith('a') && hour === 12) hour = 0;
  } else if (groups.ch !== undefined) {
    hour = dateNumber(groups.ch);
    const cm = groups.cm;
    if (cm === '半') minute = 30;
    else if (cm === '一刻') minute = 15;
    else if (cm === '三刻') minute = 45;
    else if (cm !== undefined) minute = dateNumber(cm);
    second = groups.cs === undefined ? undefined : dateNumber(groups.cs);
  }
  if (hour === undefined || hour > 24 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  const pod = groups.pod;
  if (pod && hour < 12 && (PM.has(pod) || (MIDDAY.includes(pod) && hour < 3))) hour += 12;
  if (hour === 24) hour = 0;
  return { hour, minute, second };
}

const CLOCK_ALONE = new RegExp(`^(?:${CLOCK})$`);
/** CLOCK without its group names, for patterns that hold two clocks (下午五点到晚上七点半). */
export const CLOCK_UNNAMED = CLOCK.replace(/\(\?<[a-z]+>/g, '(?:');

/** The clock time a CLOCK text states, read with the part of day before it. */
export function clockFromText(text: string, pod: string | undefined): Clock | undefined {
  const groups = CLOCK_ALONE.exec(text)?.groups;
  return groups ? clockOf({ ...groups, pod }) : undefined;
}

export function clockText({ hour, minute, second }: Clock): string {
  return `T${pad2(hour)}:${pad2(minute ?? 0)}${second === undefined ? '' : `:${pad2(second)}`}`;
}

/**
 * Adds part of day, clock time and zone to the fields of a day, which callers make for it alone:
 * they are changed in place, not spread into a copy (a spread of objects of many shapes is slow).
 */
export function withClock(out: DateFields, groups: Record<string, string | undefined>): DateFields {
  const timezone = timezoneOf(groups.zone);
  if (timezone) out.timezone = timezone;
  if (groups.pod) out.partOfDay = groups.pod;
  const clock = clockOf(groups);
  if (clock && out.value && out.granularity === 'day') {
    out.value += clockText(clock);
    out.granularity = 'time';
  }
  return out;
}

/** A day whose year may be missing: resolved against the anchor when it is. */
export function dayFields(
  year: number | undefined,
  month: number,
  day: number,
  anchor: Anchor | undefined,
  future: boolean,
): DateFields {
  if (year !== undefined) {
    return isValidDay(year, month, day) ? { value: isoDay(year, month, day), granularity: 'day' } : { granularity: 'day' };
  }
  if (!anchor || month < 1 || month > 12 || day < 1 || day > 31) return { granularity: 'day' };
  const y = yearOfYearless(anchor, month, day, future);
  if (y === undefined) return { granularity: 'day' };
  return { value: isoDay(y, month, day), granularity: 'day', anchor: anchor.source };
}

/**
 * The year of a month and day the text gives without one: the nearest against a day anchor;
 * against a text anchor, the year the text states (its December 31 is no day to count from).
 */
export function yearOfYearless(anchor: Anchor, month: number, day: number, future: boolean): number | undefined {
  if (dayLevel(anchor)) return nearestYear(anchor.date, month, day, future);
  const { y } = parseDay(anchor.date);
  return isValidDay(y, month, day) ? y : undefined;
}

/** Years a year-less holiday may fall in: around a day anchor, or the one a text anchor states. */
export function candidateYears(anchor: Anchor): number[] {
  const { y } = parseDay(anchor.date);
  return dayLevel(anchor) ? [y - 1, y, y + 1] : [y];
}

/** A day of the month alone (28日): of the anchor's month, or the month before. */
export function bareDayFields(day: number, anchor: Anchor | undefined, future: boolean): DateFields {
  if (!anchor || !dayLevel(anchor) || day < 1 || day > 31) return { granularity: 'day' };
  const { y, m } = monthOfBareDay(anchor.date, day, future);
  if (!isValidDay(y, m, day)) return { granularity: 'day' };
  return { value: isoDay(y, m, day), granularity: 'day', anchor: anchor.source };
}

/** Where the text first states its anchor's year, per article. */
const yearStatedAt = new WeakMap<ExtractContext, number>();

/**
 * The anchor for words counted from the time of writing (今年, 去年, head-less 上半年 and 第四季):
 * a year read from the text anchors them only after the text has stated it. In 今年上半年公布…
 * 并于2023年量产, 今年 is no more 2023 than any other year; 八月 beside 2020年 still takes 2020.
 */
export function anchorForRelative(ctx: ExtractContext, index: number): Anchor | undefined {
  const { anchor } = ctx;
  if (anchor?.source !== 'text') return anchor;
  let at = yearStatedAt.get(ctx);
  if (at === undefined) {
    at = new RegExp(`(?<!\\d)${anchor.date.slice(0, 4)}(?!\\d)`).exec(ctx.scan)?.index ?? Infinity;
    yearStatedAt.set(ctx, at);
  }
  return at < index ? anchor : undefined;
}

/**
 * Whether an anchor pins a day. One read from the text's own dates pins at best its year, so
 * 昨日 or 28日 stay unresolved against it, while 八月 and 1月17日 still take its year.
 */
export function dayLevel(anchor: Anchor): boolean {
  return anchor.source !== 'text';
}

/**
 * A pattern that starts at a key character (月, 年) and reads what comes before it with a
 * lookbehind, captured as `head`: the regex engine then only stops where the key occurs instead
 * of trying a numeral prefix at every digit of the text. The record starts at `headStart`.
 * `keyInHead` is the key again without named groups, where the key has some.
 */
export function keyedOn(key: string, head: string, tail: string, keyInHead = key): string {
  return `${key}(?<=(?<head>${head})${keyInHead})${tail}`;
}

export function headStart(match: RegExpExecArray): number {
  return match.index - (match.groups?.head?.length ?? 0);
}

/**
 * What an end-anchored pattern finds right before `index` (a year before 春节), looking back a
 * few characters only: rules match their key words first and read such prefixes afterwards,
 * which is much faster than an optional prefix tried at every position of the text.
 */
export function prefixBefore(scan: string, index: number, pattern: RegExp, reach = 12): RegExpExecArray | null {
  return pattern.exec(scan.slice(Math.max(0, index - reach), index));
}

/** The number a group holds, if any. */
export function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : dateNumber(text);
}
