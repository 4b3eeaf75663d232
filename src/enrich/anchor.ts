import type { Article } from '../model/article.ts';
import type { Anchor } from '../engine/extractor.ts';
import type { Config } from '../config.ts';
import { isAsciiDigit, isAsciiLower, isAsciiUpper, isAsciiWordUnit } from '../text/code-units.ts';
import { isWhiteSpace } from '../text/space.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const SPACE = 0x20;
const COMMA = 0x2c;
const SLASH = 0x2f;
const NIAN = 0x5e74; // 年

/** Where the run of ASCII digits from `at` ends. */
function digitsEnd(text: string, at: number): number {
  while (isAsciiDigit(text.charCodeAt(at))) at++;
  return at;
}

/** -5-13 or -05-13 at `at`: one or two digits, a hyphen, one or two digits, no further digit. */
function monthAndDayAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== HYPHEN) return false;
  const monthEnd = digitsEnd(text, at + 1);
  if (monthEnd - at - 1 < 1 || monthEnd - at - 1 > 2 || text.charCodeAt(monthEnd) !== HYPHEN) return false;
  const dayLength = digitsEnd(text, monthEnd + 1) - monthEnd - 1;
  return dayLength >= 1 && dayLength <= 2;
}

/** `May 13, ` or `Sept. 3, ` ending at `end`: a capitalised word of three to nine letters, a day of one or two digits. */
function monthAndDayBefore(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) !== SPACE || text.charCodeAt(end - 2) !== COMMA || !isAsciiDigit(text.charCodeAt(end - 3))) return false;
  let at = isAsciiDigit(text.charCodeAt(end - 4)) ? end - 5 : end - 4;
  if (text.charCodeAt(at) !== SPACE) return false;
  if (text.charCodeAt(--at) === DOT) at--;
  const lowerEnd = at + 1;
  while (isAsciiLower(text.charCodeAt(at))) at--;
  const lowers = lowerEnd - at - 1;
  return lowers >= 2 && lowers <= 8 && isAsciiUpper(text.charCodeAt(at));
}

const YEAR_WORDS = ['in', 'of', 'for', 'since', 'during'];
/** `in `, `of `, `for `, `since ` or `during `, a whole word, ending at `end`. */
function yearWordBefore(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) !== SPACE) return false;
  return YEAR_WORDS.some((word) => {
    const start = end - 1 - word.length;
    return start >= 0 && text.startsWith(word, start) && !isAsciiWordUnit(text.charCodeAt(start - 1));
  });
}

/**
 * Whether the 19 or 20 at `at` starts a year the text states: four digits, not inside a longer
 * figure, before 年 or a month and day (2020年, 2014-05-13); a whole word after a month and day
 * (May 13, 2014); a whole word after in, of, for, since or during that no -, / or . and digit
 * follows (in 2015, not in 2015.5).
 */
function isStatedYear(text: string, at: number): boolean {
  const end = at + 4;
  if (!isAsciiDigit(text.charCodeAt(at + 2)) || !isAsciiDigit(text.charCodeAt(at + 3))) return false;
  const before = text.charCodeAt(at - 1);
  if (!isAsciiDigit(before) && before !== DOT) {
    let next = end;
    while (isWhiteSpace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === NIAN || monthAndDayAt(text, end)) return true;
  }
  const after = text.charCodeAt(end);
  if (before !== SPACE || isAsciiWordUnit(after)) return false;
  if (monthAndDayBefore(text, at)) return true;
  return yearWordBefore(text, at) && !((after === HYPHEN || after === SLASH || after === DOT) && isAsciiDigit(text.charCodeAt(end + 1)));
}

/**
 * What, after a year and its 年, names a document or meeting that only comes once the year is
 * over: its annual report (2019年年度报告, 2019年度报告, 2019年年报, 2019年报, not 2019年报告期),
 * its annual general meeting (2019年年度股东大会) or the sharing out of its profit
 * (2019年度利润分配, 2019年年度权益分派). Not its results (2018年度业绩), which a story may look
 * ahead to within the year.
 */
const AFTER_THE_YEAR = /年(?:年?度报告|年?报(?!告)|年?度股东大会|年?度(?:利润分配|权益分派))/y;

/** Whether the year ending at `end` is the period of a report published after it (2019年年度报告). */
function closedYear(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== NIAN) return false;
  AFTER_THE_YEAR.lastIndex = end;
  return AFTER_THE_YEAR.test(text);
}

/**
 * December 31 of the year the text names most often (the later one on a tie): an article with
 * no date of its own is most likely about the year it names most. A year named as the period of
 * an annual report or meeting is no vote: the text is written after that year is over, so the
 * year after it is the earliest it can be (某某科技6月9日发布2019年年度报告 is a 2020 story).
 * Years are looked for only where 19 or 20 stands, which `indexOf` finds far faster than a
 * regex's scan; two years never overlap (a year inside another follows a digit), so each century
 * is searched on its own.
 */
export function statedYearEnd(text: string): string | undefined {
  const counts = new Map<string, number>();
  let earliest = 0;
  for (const century of ['19', '20']) {
    for (let at = text.indexOf(century); at >= 0; at = text.indexOf(century, at + 1)) {
      if (!isStatedYear(text, at)) continue;
      const year = text.slice(at, at + 4);
      if (closedYear(text, at + 4)) earliest = Math.max(earliest, Number(year) + 1);
      else counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [year, count] of counts) {
    const bestCount = best ? counts.get(best)! : 0;
    if (count > bestCount || (count === bestCount && year > best!)) best = year;
  }
  if (earliest > 0 && (!best || Number(best) < earliest)) best = String(earliest);
  return best ? `${best}-12-31` : undefined;
}

/**
 * The date relative expressions resolve against: the publication date, else the dateline's
 * date, else the configured reference date, else the year the text itself names most (`text`:
 * it fixes a year, not a day, so 八月 resolves against it and 昨日 does not). Without any,
 * year-less dates stay unresolved.
 */
export function chooseAnchor(article: Article, config: Config): Anchor | undefined {
  const published = article.meta.publishedAt?.slice(0, 10);
  if (published && ISO_DAY.test(published)) return { date: published, source: 'published' };
  if (article.meta.datelineDate && ISO_DAY.test(article.meta.datelineDate)) return { date: article.meta.datelineDate, source: 'dateline' };
  if (config.referenceDate) return { date: config.referenceDate, source: 'configured' };
  const stated = statedYearEnd(article.text);
  return stated ? { date: stated, source: 'text' } : undefined;
}
