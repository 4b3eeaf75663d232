import { CLOCK, PART_OF_DAY, dayFields, withClock, yearOf } from './grammar.ts';
import { triedAtOpenings } from '../../engine/openings.ts';
import { isAsciiDigit } from '../../text/code-units.ts';
import { isWhiteSpace } from '../../text/space.ts';

const isDateSeparator = (code: number) => code === 0x2d || code === 0x2f || code === 0x2e; // - / .

// The time may follow after a space, a T, a part of day, or nothing at all (2019-09-3007:42).
const CLOCK_GLUED = `(?:\\s*${PART_OF_DAY})?(?:(?:\\s+|T)?(?:${CLOCK}))?`;

/**
 * 2025-02-07, 2025/2/7, 2010.01.29, 2018-12-28 17:21 and page stamps with the time glued on
 * (2019-09-3007:42). The separator must repeat, and nothing numeric may touch either end, so
 * phone numbers (400-6123115) and version strings do not fire.
 */
export const isoDate = triedAtOpenings<'date'>({
  id: 'date/any/numeric-date',
  type: 'date',
  lang: 'any',
  pattern: new RegExp(
    `(?<![\\d.:/-])(?<y>1[5-9]\\d{2}|20\\d{2})(?:(?<sep>[-/.])(?<m>1[0-2]|0?[1-9])\\k<sep>(?<d>3[01]|[12]\\d|0[1-9]|[1-9])|\\s(?<ms>1[0-2]|0[1-9])\\s(?<ds>3[01]|[12]\\d|0[1-9]))` +
      `${CLOCK_GLUED}(?![\\d.:/]\\d|\\d)`,
    'g',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    const fields = dayFields(Number(g.y), Number(g.m ?? g.ms), Number(g.d ?? g.ds), ctx.anchor, false);
    return { fields: withClock(fields, g), priority: 1 };
  },
  examples: [
    { text: '2018-12-28 17:21 来源:中新经纬', mention: '2018-12-28 17:21', expect: { value: '2018-12-28T17:21', granularity: 'time' } },
    { text: '2019-09-3007:42', expect: { value: '2019-09-30T07:42', granularity: 'time' } },
    { text: '发布于2025/2/7', mention: '2025/2/7', expect: { value: '2025-02-07', granularity: 'day' } },
    { text: '2010.01.29', expect: { value: '2010-01-29' } },
    { text: '2010 01 29', expect: { value: '2010-01-29' } },
    { text: '2010-01-29早上七点', expect: { value: '2010-01-29T07:00', partOfDay: '早上' } },
  ],
  negatives: ['客服:400-6123115', '192.168.255.255', '2042.215万股', '《促进健康产业高质量发展行动纲要(2019-2022年)》'],
}, [{ firsts: '1', seconds: '56789' }, { firsts: '2', seconds: '0' }], [0],
// The year's other two digits, then a separator or white space (most 19xx and 20xx are a year and 年).
(scan, at) => {
  if (!isAsciiDigit(scan.charCodeAt(at + 2)) || !isAsciiDigit(scan.charCodeAt(at + 3))) return false;
  const after = scan.charCodeAt(at + 4);
  return isDateSeparator(after) || isWhiteSpace(after);
});

/**
 * Dates written day first or with a two-digit year (3-7-2017, 05/05/89, 13.5.2015, 12-11-10):
 * a four-digit or over-31 last part is the year with the day first; otherwise year first.
 */
export const shortNumericDate = triedAtOpenings<'date'>({
  id: 'date/any/short-numeric-date',
  type: 'date',
  lang: 'any',
  pattern: /(?<![\d.:/\-A-Za-z])(?<a>\d{1,2})(?<sep>[-/.])(?<b>\d{1,2})\k<sep>(?<c>\d{4}|\d{1,2})(?![\d%.:/\-]|[万亿元股])/g,
  extract(match) {
    const { a, b, c, sep } = match.groups!;
    // Dotted triples with a short last part are version numbers (iOS 13.1.2), not dates.
    if (sep === '.' && c!.length !== 4) return null;
    const [first, second, last] = [Number(a), Number(b), Number(c)];
    const dayFirst = c!.length === 4 || last > 31 || (a!.length === 1 && c!.length === 2);
    const [year, month, day] = dayFirst ? [c!.length === 4 ? last : yearOf(c!)!, second, first] : [yearOf(a!.padStart(2, '0'))!, second, last];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const fields = dayFields(year, month, day, undefined, false);
    return fields.value ? { fields } : null;
  },
  examples: [
    { text: '我会在 3-7-2017 回来', mention: '3-7-2017', expect: { value: '2017-07-03' } },
    { text: '你05/05/89有时间吗', mention: '05/05/89', expect: { value: '1989-05-05' } },
    { text: '你12-11-10有时间吗', mention: '12-11-10', expect: { value: '2012-11-10' } },
  ],
  negatives: ['我的电话号码是888-000-9999。', '比分1/10', '5-1/2 year low', 'iOS 13.1.2'],
},
// The first part's last digit and the separator: 3-7-2017 opens at the pair, 12-11-10 one before it.
[{ firsts: '0123456789', seconds: '-/.' }], [-1, 0],
// The middle part's one or two digits, then the separator again (3.5 and 2024-25 have none).
(scan, at) => {
  const separator = scan.charCodeAt(at + 1);
  if (!isAsciiDigit(scan.charCodeAt(at + 2))) return false;
  return scan.charCodeAt(at + 3) === separator || (isAsciiDigit(scan.charCodeAt(at + 3)) && scan.charCodeAt(at + 4) === separator);
});
