import type { Extractor } from '../../engine/extractor.ts';
import { calendarDay, dayOfMonth } from './zh-day.ts';
import { isoDate, shortNumericDate } from './numeric.ts';
import { fiscalYear, yearListItem, yearPeriod } from './zh-year.ts';
import { calendarMonth } from './zh-month.ts';
import { relativeDay, vagueRecent, week, weekday } from './zh-relative.ts';
import { dateRange } from './zh-range.ts';
import { holiday, lunarDate } from './holiday.ts';
import { englishDate, englishMonth, englishRelativeDay, englishYear } from './en.ts';
import { relativePoint, relativeSpan } from './zh-span.ts';
import { decade, eraDate } from './zh-era.ts';
import { clockTime, timeRange } from './zh-time.ts';

export const dateExtractors: Extractor<'date'>[] = [
  isoDate,
  shortNumericDate,
  calendarDay,
  dayOfMonth,
  calendarMonth,
  yearPeriod,
  yearListItem,
  fiscalYear,
  dateRange,
  relativeDay,
  weekday,
  week,
  vagueRecent,
  holiday,
  lunarDate,
  relativeSpan,
  relativePoint,
  eraDate,
  decade,
  clockTime,
  timeRange,
  englishDate,
  englishMonth,
  englishRelativeDay,
  englishYear,
];
