import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isoWeek, monthOfBareDay, nearestYear, parseDay, periodEndExclusive, periodStart,
} from '../../../src/extractors/date/calendar.ts';
import { asciiDigits, dateNumber } from '../../../src/extractors/date/numbers.ts';

describe('year-less dates take the year nearest the anchor, earlier rather than later', () => {
  it('puts a January date in a February article in the same year', () => {
    expect(nearestYear('2025-02-07', 1, 20, false)).toBe(2025);
  });

  it('puts a December date in a January article in the year before', () => {
    expect(nearestYear('2025-01-10', 12, 28, false)).toBe(2024);
  });

  it('keeps a date a few days ahead in the same year', () => {
    expect(nearestYear('2025-02-07', 2, 10, false)).toBe(2025);
  });

  it('reads a date half a year off forward only in a future clause (将于8月1日)', () => {
    expect(nearestYear('2025-02-07', 8, 1, false)).toBe(2024);
    expect(nearestYear('2025-02-07', 8, 1, true)).toBe(2025);
  });

  it('finds 2月29日 only in a leap year', () => {
    expect(nearestYear('2017-03-22', 2, 29, false)).toBe(2016);
  });
});

describe('a day of the month alone', () => {
  it('is in the anchor month when it has passed', () => {
    expect(monthOfBareDay('2019-09-26', 25, false)).toEqual({ y: 2019, m: 9 });
  });

  it('is in the month before when it is still to come', () => {
    expect(monthOfBareDay('2019-09-26', 27, false)).toEqual({ y: 2019, m: 8 });
  });

  it('skips months that lack the day (29日 in a March article after a short February)', () => {
    expect(monthOfBareDay('2018-03-22', 29, false)).toEqual({ y: 2018, m: 1 });
  });
});

describe('period values', () => {
  it('names ISO weeks across a year boundary', () => {
    expect(isoWeek('2025-02-07')).toBe('2025-W06');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });

  it('gives the first and the day-after-last of quarters, halves and weeks', () => {
    expect(periodStart('2025-Q2')).toBe('2025-04-01');
    expect(periodEndExclusive('2025-Q4')).toBe('2026-01-01');
    expect(periodStart('2025-H2')).toBe('2025-07-01');
    expect(periodStart('2025-W06')).toBe('2025-02-03');
  });
});

describe('reading digits by code unit', () => {
  const DIGITISH = [...'0123456789-T:', '１', '一', ' ', '.'];
  const text = fc.array(fc.constantFrom(...DIGITISH), { maxLength: 12 }).map((units) => units.join(''));

  it('parseDay reads what slicing and Number read', () => {
    const bySlices = (iso: string) => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });
    for (const iso of ['2025-02-07', '2025-02-07T17:21', '0999-12-31', '2025-02', '2025']) expect(parseDay(iso)).toEqual(bySlices(iso));
    fc.assert(
      fc.property(text, (s) => {
        expect(parseDay(s), s).toEqual(bySlices(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('dateNumber reads one to four ASCII digits as Number does, and leaves other texts to the numeral reader', () => {
    fc.assert(
      fc.property(text, (s) => {
        if (/^\d{1,4}$/.test(s)) expect(dateNumber(s)).toBe(Number(s));
        else expect(asciiDigits(s, 0, s.length) >= 0 && s.length > 0 && s.length <= 4).toBe(false);
      }),
      { numRuns: 3000 },
    );
    expect(dateNumber('二〇二五')).toBe(2025);
    expect(dateNumber('12345')).toBe(12345);
  });
});
