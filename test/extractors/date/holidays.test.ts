import { describe, expect, it } from 'vitest';
import { SPRING_FESTIVAL, HOLIDAYS } from '../../../src/lexicon/holidays.ts';
import { holidayIn } from '../../../src/extractors/date/holiday.ts';
import { lunarToSolar } from '../../../src/extractors/date/lunar.ts';

const dateOf = (name: string) => HOLIDAYS.find((h) => h.names.includes(name))!.date;

describe('Spring Festival table', () => {
  it('covers 1990 to 2050', () => {
    for (let year = 1990; year <= 2050; year++) expect(SPRING_FESTIVAL[year], String(year)).toMatch(/^0[12]-\d{2}$/);
  });

  // Published dates of 春节 (正月初一) in those years.
  it.each([
    [1997, '02-07'], [2008, '02-07'], [2010, '02-14'], [2018, '02-16'], [2020, '01-25'],
    [2021, '02-12'], [2023, '01-22'], [2024, '02-10'], [2025, '01-29'],
  ])('puts 春节 %i on %s', (year, day) => {
    expect(SPRING_FESTIVAL[year]).toBe(day);
  });
});

describe('holidays in a given year', () => {
  it('places lunar holidays (published dates)', () => {
    expect(holidayIn(2025, dateOf('中秋'))).toBe('2025-10-06');
    expect(holidayIn(2023, dateOf('端午'))).toBe('2023-06-22');
    expect(holidayIn(2025, dateOf('除夕'))).toBe('2025-01-28');
    expect(holidayIn(2024, dateOf('元宵'))).toBe('2024-02-24');
  });

  it('places 清明 on 4 or 5 April', () => {
    expect(holidayIn(2019, dateOf('清明'))).toBe('2019-04-05');
    expect(holidayIn(2024, dateOf('清明'))).toBe('2024-04-04');
    expect(holidayIn(2020, dateOf('清明'))).toBe('2020-04-04');
    expect(holidayIn(1999, dateOf('清明'))).toBe('1999-04-05');
  });

  it('places weekday holidays (second Sunday of May, fourth Thursday of November)', () => {
    expect(holidayIn(2017, dateOf('母亲节'))).toBe('2017-05-14');
    expect(holidayIn(2016, dateOf('感恩节'))).toBe('2016-11-24');
  });

  it('converts a lunar day outside the table years too', () => {
    expect(lunarToSolar(2015, 10, 1)).toBe('2015-11-12');
  });
});
