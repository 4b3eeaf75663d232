/**
 * Calendar arithmetic on ISO date strings: proleptic Gregorian day numbers in plain integers
 * (no Date objects, so no time zone can shift a day and nothing is allocated per call).
 * Dates here are civil dates (`2025-02-07`): the zone a text names is kept beside them.
 */

import { asciiDigits } from './numbers.ts';

export const pad2 = (n: number): string => String(n).padStart(2, '0');

export function isoYear(y: number): string {
  return String(y).padStart(4, '0');
}

export function isoMonth(y: number, m: number): string {
  return `${isoYear(y)}-${pad2(m)}`;
}

export function isoDay(y: number, m: number, d: number): string {
  return `${isoMonth(y, m)}-${pad2(d)}`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function parseDay(iso: string): YMD {
  // Read by code unit where the parts are digits, as they are in the dates this module writes.
  const y = asciiDigits(iso, 0, 4);
  const m = asciiDigits(iso, 5, 7);
  const d = asciiDigits(iso, 8, 10);
  if (y >= 0 && m >= 0 && d >= 0) return { y, m, d };
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

// Days since 1970-01-01 and back (H. Hinnant's days_from_civil / civil_from_days).
function dayNumber({ y, m, d }: YMD): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return isoDay(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(parseDay(iso)) + days);
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** Days from `a` to `b` (positive when b is later). */
function daysBetween(a: string, b: string): number {
  return dayNumber(parseDay(b)) - dayNumber(parseDay(a));
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekdayOf(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(parseDay(iso)) + 3) % 7) + 7) % 7) + 1;
}

/** The ISO week holding a day, written `2025-W06`. */
export function isoWeek(iso: string): string {
  const thursday = addDays(iso, 4 - weekdayOf(iso));
  const year = parseDay(thursday).y;
  const week = Math.floor(daysBetween(isoDay(year, 1, 1), thursday) / 7) + 1;
  return `${isoYear(year)}-W${pad2(week)}`;
}

/** The Monday of the week holding `iso`, moved by `weeks`. */
export function mondayOf(iso: string, weeks = 0): string {
  return addDays(iso, 1 - weekdayOf(iso) + 7 * weeks);
}

/** What a candidate `distance` days from the anchor costs: later days count double unless the clause is about the future. */
function cost(distance: number, future: boolean): number {
  return distance > 0 === future ? Math.abs(distance) : Math.abs(distance) * 2;
}

/**
 * Which of several candidate days a year-less mention means. News mostly reports what has
 * happened, so a later day counts double its distance unless the sentence speaks of the future
 * (then an earlier one does): a December date in a January article is last year's.
 */
export function nearestDate(anchor: string, candidates: readonly string[], future: boolean): string | undefined {
  const from = dayNumber(parseDay(anchor));
  let best: string | undefined;
  let bestCost = Infinity;
  for (const candidate of candidates) {
    const c = cost(dayNumber(parseDay(candidate)) - from, future);
    if (c < bestCost) {
      best = candidate;
      bestCost = c;
    }
  }
  return best;
}

/**
 * The year of a year-less month and day, the one nearest the anchor (see `nearestDate`) among
 * the years that have that day (2月29日 only in leap years); undefined when none has it.
 */
export function nearestYear(anchor: string, month: number, day: number, future: boolean): number | undefined {
  const at = parseDay(anchor);
  const from = dayNumber(at);
  let best: number | undefined;
  let bestCost = Infinity;
  for (let y = at.y - 4; y <= at.y + 4; y++) {
    if (!isValidDay(y, month, day)) continue;
    const c = cost(dayNumber({ y, m: month, d: day }) - from, future);
    if (c < bestCost) {
      best = y;
      bestCost = c;
    }
  }
  return best;
}

/**
 * A day of the month with no month named (兴业证券28日公告): the anchor's month, or the latest
 * month before it that has the day when that day is still to come (later, in future context).
 */
export function monthOfBareDay(anchor: string, day: number, future: boolean): { y: number; m: number } {
  const { y, m, d } = parseDay(anchor);
  const step = future ? 1 : -1;
  let month = (future ? day >= d : day <= d) ? { y, m } : addMonths(y, m, step);
  for (let tries = 0; tries < 2 && !isValidDay(month.y, month.m, day); tries++) month = addMonths(month.y, month.m, step);
  return month;
}

/** The first day of a period value (`2025` → 2025-01-01, `2025-Q2` → 2025-04-01, `2025-W06` → its Monday). */
export function periodStart(value: string): string | undefined {
  const year = Number(value.slice(0, 4));
  let m: RegExpExecArray | null;
  if (/^\d{4}$/.test(value)) return isoDay(year, 1, 1);
  if ((m = /^\d{4}-(\d{2})$/.exec(value))) return isoDay(year, Number(m[1]), 1);
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  if ((m = /^\d{4}-Q([1-4])$/.exec(value))) return isoDay(year, 3 * Number(m[1]) - 2, 1);
  if ((m = /^\d{4}-H([12])$/.exec(value))) return isoDay(year, m[1] === '1' ? 1 : 7, 1);
  if ((m = /^\d{4}-W(\d{2})$/.exec(value))) return mondayOf(isoDay(year, 1, 4), Number(m[1]) - 1);
  return undefined;
}

/** The day after a period value ends (`2025` → 2026-01-01). */
export function periodEndExclusive(value: string): string | undefined {
  const year = Number(value.slice(0, 4));
  let m: RegExpExecArray | null;
  if (/^\d{4}$/.test(value)) return isoDay(year + 1, 1, 1);
  if ((m = /^\d{4}-(\d{2})$/.exec(value))) {
    const next = addMonths(year, Number(m[1]), 1);
    return isoDay(next.y, next.m, 1);
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return addDays(value.slice(0, 10), 1);
  if ((m = /^\d{4}-Q([1-4])$/.exec(value))) {
    const next = addMonths(year, 3 * Number(m[1]) - 2, 3);
    return isoDay(next.y, next.m, 1);
  }
  if ((m = /^\d{4}-H([12])$/.exec(value))) return m[1] === '1' ? isoDay(year, 7, 1) : isoDay(year + 1, 1, 1);
  if (/^\d{4}-W\d{2}$/.test(value)) return addDays(periodStart(value)!, 7);
  return undefined;
}
