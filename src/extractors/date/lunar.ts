import { SPRING_FESTIVAL } from '../../lexicon/holidays.ts';
import { addDays, isoDay } from './calendar.ts';

// ICU's Chinese calendar, read in Beijing time: `5/5` is 五月初五, `4bis/1` the first of a leap fourth month.
const LUNAR = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' });

function lunarText(iso: string): string {
  return LUNAR.format(new Date(`${iso}T04:00:00Z`));
}

const springFestivals = new Map<number, string>();

/** 正月初一 of a year: from the table, else from the calendar. */
function springFestival(year: number): string | undefined {
  const listed = SPRING_FESTIVAL[year];
  if (listed) return `${year}-${listed}`;
  if (!springFestivals.has(year)) {
    for (let day = isoDay(year, 1, 19); day <= isoDay(year, 2, 21); day = addDays(day, 1)) {
      if (lunarText(day) === '1/1') {
        springFestivals.set(year, day);
        break;
      }
    }
  }
  return springFestivals.get(year);
}

const solarDays = new Map<string, string | undefined>();

/** The Gregorian day of a lunar month and day in the lunar year that starts in `year`. */
export function lunarToSolar(year: number, month: number, day: number): string | undefined {
  const key = `${year}-${month}-${day}`;
  if (!solarDays.has(key)) {
    const start = springFestival(year);
    let found: string | undefined;
    if (start) {
      const wanted = `${month}/${day}`;
      for (let offset = 0, d = start; offset < 390; offset++, d = addDays(d, 1)) {
        if (lunarText(d) === wanted) {
          found = d;
          break;
        }
      }
    }
    solarDays.set(key, found);
  }
  return solarDays.get(key);
}

/** The lunar month and day of a Gregorian day (`leap` for a leap month). */
export function solarToLunar(iso: string): { month: number; day: number; leap: boolean } {
  const [month, day] = lunarText(iso).split('/');
  return { month: parseInt(month!, 10), day: Number(day), leap: month!.includes('bis') };
}
