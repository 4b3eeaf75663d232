/**
 * Holidays named in Chinese news and how each falls in a year. Lunar holidays count from the
 * Spring Festival; the table below gives it for 1990–2050 (正月初一, Beijing time).
 */

export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  1990: '01-27', 1991: '02-15', 1992: '02-04', 1993: '01-23', 1994: '02-10', 1995: '01-31', 1996: '02-19', 1997: '02-07',
  1998: '01-28', 1999: '02-16', 2000: '02-05', 2001: '01-24', 2002: '02-12', 2003: '02-01', 2004: '01-22', 2005: '02-09',
  2006: '01-29', 2007: '02-18', 2008: '02-07', 2009: '01-26', 2010: '02-14', 2011: '02-03', 2012: '01-23', 2013: '02-10',
  2014: '01-31', 2015: '02-19', 2016: '02-08', 2017: '01-28', 2018: '02-16', 2019: '02-05', 2020: '01-25', 2021: '02-12',
  2022: '02-01', 2023: '01-22', 2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-07', 2028: '01-26', 2029: '02-13',
  2030: '02-02', 2031: '01-23', 2032: '02-11', 2033: '01-31', 2034: '02-19', 2035: '02-08', 2036: '01-28', 2037: '02-15',
  2038: '02-04', 2039: '01-24', 2040: '02-12', 2041: '02-01', 2042: '01-22', 2043: '02-10', 2044: '01-30', 2045: '02-17',
  2046: '02-06', 2047: '01-26', 2048: '02-14', 2049: '02-02', 2050: '01-23',
};

export type HolidayDate =
  | { kind: 'solar'; month: number; day: number }
  /** A day of the lunar calendar; `offset` counts days from it (除夕 is the day before 正月初一). */
  | { kind: 'lunar'; month: number; day: number; offset?: number }
  /** The nth given weekday (1 Monday … 7 Sunday) of a month: 母亲节 is the second Sunday of May. */
  | { kind: 'nth-weekday'; month: number; weekday: number; nth: number }
  /** The solar term 清明, on 4 or 5 April. */
  | { kind: 'qingming' };

export interface Holiday {
  names: readonly string[];
  date: HolidayDate;
}

export const HOLIDAYS: readonly Holiday[] = [
  { names: ['元旦节', '元旦'], date: { kind: 'solar', month: 1, day: 1 } },
  { names: ['春节'], date: { kind: 'lunar', month: 1, day: 1 } },
  { names: ['大年初一'], date: { kind: 'lunar', month: 1, day: 1 } },
  { names: ['除夕', '大年三十'], date: { kind: 'lunar', month: 1, day: 1, offset: -1 } },
  { names: ['元宵节', '元宵'], date: { kind: 'lunar', month: 1, day: 15 } },
  { names: ['情人节'], date: { kind: 'solar', month: 2, day: 14 } },
  { names: ['女生节'], date: { kind: 'solar', month: 3, day: 7 } },
  { names: ['妇女节'], date: { kind: 'solar', month: 3, day: 8 } },
  { names: ['植树节'], date: { kind: 'solar', month: 3, day: 12 } },
  { names: ['愚人节'], date: { kind: 'solar', month: 4, day: 1 } },
  { names: ['清明节', '清明'], date: { kind: 'qingming' } },
  { names: ['五一劳动节', '劳动节', '五一'], date: { kind: 'solar', month: 5, day: 1 } },
  { names: ['青年节'], date: { kind: 'solar', month: 5, day: 4 } },
  { names: ['母亲节'], date: { kind: 'nth-weekday', month: 5, weekday: 7, nth: 2 } },
  { names: ['儿童节'], date: { kind: 'solar', month: 6, day: 1 } },
  { names: ['父亲节'], date: { kind: 'nth-weekday', month: 6, weekday: 7, nth: 3 } },
  { names: ['端午节', '端午'], date: { kind: 'lunar', month: 5, day: 5 } },
  { names: ['七夕节', '七夕'], date: { kind: 'lunar', month: 7, day: 7 } },
  { names: ['建军节'], date: { kind: 'solar', month: 8, day: 1 } },
  { names: ['中秋节', '中秋'], date: { kind: 'lunar', month: 8, day: 15 } },
  { names: ['教师节'], date: { kind: 'solar', month: 9, day: 10 } },
  { names: ['重阳节'], date: { kind: 'lunar', month: 9, day: 9 } },
  { names: ['国庆节', '国庆'], date: { kind: 'solar', month: 10, day: 1 } },
  { names: ['万圣节'], date: { kind: 'solar', month: 10, day: 31 } },
  { names: ['双十一', '双11', '光棍节'], date: { kind: 'solar', month: 11, day: 11 } },
  { names: ['感恩节'], date: { kind: 'nth-weekday', month: 11, weekday: 4, nth: 4 } },
  { names: ['双十二', '双12'], date: { kind: 'solar', month: 12, day: 12 } },
  { names: ['平安夜'], date: { kind: 'solar', month: 12, day: 24 } },
  { names: ['圣诞节', '圣诞'], date: { kind: 'solar', month: 12, day: 25 } },
];
