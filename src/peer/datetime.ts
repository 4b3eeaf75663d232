import type { PeerCase, PeerKind } from './kinds.ts';
import { processText } from '../engine/snippet.ts';
import type { DateRecord } from '../model/records.ts';
import { periodEndExclusive, periodStart, weekdayOf } from '../extractors/date/calendar.ts';
import { solarToLunar } from '../extractors/date/lunar.ts';

/**
 * Judges Recognizers-Text datetime cases by TIMEX value. The case's `referenceTime` is the
 * article's publication date, so newsgrid resolves what the spec leaves open (`XXXX-01-20`);
 * a resolved value passes where the TIMEX agrees on every digit it states. Durations and sets
 * (两年, 每天) are not dates in newsgrid: such an item passes when no date record covers it.
 */

const PART_OF_DAY_TIMEX: Readonly<Record<string, string>> = {
  凌晨: 'NI', 深夜: 'NI', 夜里: 'NI',
  清晨: 'MO', 早晨: 'MO', 早上: 'MO', 早间: 'MO', 上午: 'MO', 早: 'MO', 晨: 'MO', 早盘: 'MO', 盘前: 'MO', 开盘前: 'MO',
  中午: 'MI', 午间: 'MI', 午盘: 'MI',
  下午: 'AF', 午后: 'AF', 尾盘: 'AF', 盘后: 'AF', 收盘后: 'AF',
  傍晚: 'EV', 晚上: 'EV', 晚间: 'EV', 夜间: 'EV', 晚: 'EV', 夜: 'EV',
};
/** Texts that name lunar days, whose TIMEX keeps the lunar month and day. */
const LUNAR_TEXT = /农历|阴历|正月|腊月|初[一二三四五六七八九十]|春节|除夕|元宵|端午|中秋|重阳|七夕|大年/;
const NOT_A_DATE = new Set(['duration', 'set']);

function wildcard(timex: string): RegExp {
  return new RegExp(`^${timex.replace(/X/g, '\\d')}$`);
}

/** Does one TIMEX point (no range) describe what the record's value says? */
function pointMatches(timex: string, value: string, record: DateRecord, lunar: boolean): boolean {
  const [datePart, timePart] = timex.split('T') as [string, string | undefined];
  const weekday = /^XXXX-WXX-(\d)$/.exec(datePart);
  if (weekday) return /^\d{4}-\d{2}-\d{2}/.test(value) && weekdayOf(value.slice(0, 10)) === Number(weekday[1]);
  // XXXX-05-WXX-7-2: the second Sunday of May (母亲节).
  const nthWeekday = /^XXXX-(\d{2})-WXX-(\d)-(\d)$/.exec(datePart);
  if (nthWeekday) {
    const [, month, wd, nth] = nthWeekday.map(Number) as [number, number, number, number];
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && Number(value.slice(5, 7)) === month &&
      weekdayOf(value) === wd && Math.ceil(Number(value.slice(8, 10)) / 7) === nth;
  }
  const day = value.slice(0, datePart.length);
  const dateOk = datePart === '' || (wildcard(datePart).test(day) && value.length >= datePart.length) || (lunar && lunarMatches(datePart, value));
  if (!dateOk) return false;
  const ownTime = value.startsWith('T') ? value.slice(1) : value[10] === 'T' ? value.slice(11) : undefined;
  if (timePart === undefined) return ownTime === undefined || datePart.length < 10;
  if (/^[A-Z]{2}$/.test(timePart)) return record.partOfDay !== undefined && PART_OF_DAY_TIMEX[record.partOfDay] === timePart;
  const wanted = timePart.length === 2 ? `${timePart}:00` : timePart;
  return ownTime !== undefined && (ownTime === wanted || ownTime === `${wanted}:00`);
}

/** A Gregorian value against a lunar TIMEX date (`2015-10-01` is 农历十月初一 of 2015). */
function lunarMatches(datePart: string, value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || datePart.length !== 10) return false;
  const lunarDay = solarToLunar(value.slice(0, 10));
  const [y, m, d] = datePart.split('-') as [string, string, string];
  const year = Number(value.slice(0, 4));
  const yearOk = y === 'XXXX' || Number(y) === year || Number(y) === year - 1;
  return yearOk && !lunarDay.leap && Number(m) === lunarDay.month && Number(d) === lunarDay.day;
}

function valueMatches(timex: string, record: DateRecord, lunar: boolean): boolean {
  if (!record.value) return false;
  const range = /^\((.+?),(.+?),[^,]+\)$/.exec(timex);
  if (!range) return pointMatches(timex, record.value, record, lunar);
  const [, from, to] = range as unknown as [string, string, string];
  const start = record.value.length > 10 ? record.value : periodStart(record.value) ?? record.value;
  const last = record.valueEnd ?? record.value;
  const ends = [last, periodStart(last), periodEndExclusive(last)].filter((v): v is string => !!v);
  return pointMatches(from, start, record, lunar) && ends.some((end) => pointMatches(to, end, record, lunar));
}

function covers(record: DateRecord, item: PeerCase['expected'][number]): boolean {
  return record.start <= item.end && item.start < record.end;
}

export const datetimeKind: PeerKind = {
  kind: 'datetime',
  files: ['datetime.jsonl', 'datetime-parser.jsonl'],
  judge(testCase) {
    const publishedAt = testCase.referenceTime?.slice(0, 10);
    const { records } = processText(testCase.text, publishedAt ? { publishedAt } : {});
    const dates = records.filter((r): r is DateRecord => r.type === 'date');
    const got = dates.map((r) => [r.text, r.value, r.valueEnd].filter(Boolean));
    if (testCase.expected.length === 0) return { pass: dates.length === 0, got };
    const lunar = LUNAR_TEXT.test(testCase.text);
    const pass = testCase.expected.every((item) => {
      const type = item.type.replace('datetimeV2.', '');
      if (NOT_A_DATE.has(type)) return !dates.some((r) => covers(r, item));
      return dates.some((r) => covers(r, item) && valueMatches(String(item.value), r, lunar));
    });
    return { pass, got };
  },
};
