import { groupSpan, type Anchor, type PatternRule } from '../../engine/extractor.ts';
import { addDays, isoMonth, pad2, weekdayOf } from './calendar.ts';
import { dayFields, dayLevel, yearOfYearless, type DateFields } from './grammar.ts';
import { storyAnchor } from './story-year.ts';

const MONTH_NUMBER: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
// Capitalised only: `may` and `march` are also verbs.
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
/** Month names in capitals, as bylines and datelines print them (JULY 29, 2016): read only with day and year. */
const MONTH_CAPS = '(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)';
/** What every month name holds: the trigger of the rules that read them (found once per article). */
const MONTH_ABBREVIATION = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/;
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';
const CLOCK = `(?:,?\\s+(?:at\\s+)?(?<hh>1[0-2]|0?\\d)(?::(?<mm>[0-5]\\d))?\\s*(?<ampm>[ap]\\.m\\.|[ap]m)(?:\\s+(?<zone>ET|EST|EDT|GMT|UTC|HKT|BST))?)?`;
const ZONE_OF: Readonly<Record<string, string>> = {
  ET: 'America/New_York', EST: 'America/New_York', EDT: 'America/New_York', GMT: 'Etc/GMT', UTC: 'Etc/UTC',
  HKT: 'Asia/Hong_Kong', BST: 'Europe/London',
};
const FUTURE = /\b(?:will|should|next|coming|scheduled|expected|due|plans?)\b/i;

function monthOf(name: string): number {
  return MONTH_NUMBER[name.toLowerCase()]!;
}

function speaksOfFutureEn(scan: string, index: number): boolean {
  return FUTURE.test(scan.slice(Math.max(0, index - 40), index));
}

function withTime(fields: DateFields, g: Record<string, string | undefined>): DateFields {
  if (!g.hh || !fields.value || fields.granularity !== 'day') return fields;
  let hour = Number(g.hh) % 12;
  if (g.ampm!.startsWith('p')) hour += 12;
  const out: DateFields = { ...fields, value: `${fields.value}T${pad2(hour)}:${g.mm ?? '00'}`, granularity: 'time' };
  if (g.zone) out.timezone = ZONE_OF[g.zone];
  return out;
}

/** December 28, 2014, May 13, 2014, Jan. 27, 27 January 2025, Jan. 27, 2025 at 9:30 a.m. ET, May 2014. */
export const englishDate: PatternRule<'date'> = {
  id: 'date/en/month-day',
  type: 'date',
  lang: 'en',
  trigger: MONTH_ABBREVIATION,
  pattern: new RegExp(
    `\\b(?:(?<m1>${MONTH})\\.?\\s+(?<d1>${DAY})\\b(?:,?\\s+(?<y1>${YEAR})\\b)?` +
      `|(?<d2>${DAY})\\s+(?<m2>${MONTH})\\b\\.?(?:,?\\s+(?<y2>${YEAR})\\b)?` +
      `|(?<m3>${MONTH})\\.?,?\\s+(?<y3>${YEAR})\\b` +
      `|(?<m4>${MONTH_CAPS})\\.?\\s+(?<d4>${DAY})\\b,?\\s+(?<y4>${YEAR})\\b)${CLOCK}`,
    'g',
  ),
  extract(match, ctx) {
    const g = match.groups!;
    if (g.m3) return { fields: { value: isoMonth(Number(g.y3), monthOf(g.m3)), granularity: 'month' } };
    const month = monthOf((g.m1 ?? g.m2 ?? g.m4)!);
    const day = parseInt((g.d1 ?? g.d2 ?? g.d4)!, 10);
    const year = g.y1 ?? g.y2 ?? g.y4;
    const fields = dayFields(year ? Number(year) : undefined, month, day, storyAnchor(ctx), speaksOfFutureEn(ctx.scan, match.index));
    return { fields: withTime(fields, g), priority: 1 };
  },
  examples: [
    {
      text: 'People walk past the Bombay Stock Exchange (BSE) building in Mumbai May 13, 2014.',
      mention: 'May 13, 2014',
      expect: { value: '2014-05-13', granularity: 'day' },
    },
    { text: 'Shares fell on Jan. 27, 2025.', mention: 'Jan. 27, 2025', expect: { value: '2025-01-27' } },
    { text: 'By JANE DOE JULY 29, 2016', mention: 'JULY 29, 2016', expect: { value: '2016-07-29', granularity: 'day' } },
    { text: 'Nvidia lost $589 billion on Jan. 27.', mention: 'Jan. 27', expect: { value: '2025-01-27', anchor: 'published' } },
    { text: 'published 27 January 2025', mention: '27 January 2025', expect: { value: '2025-01-27' } },
    { text: 'December 28, 2014: Here are four stocks', mention: 'December 28, 2014', expect: { value: '2014-12-28' } },
    {
      text: 'Trading resumed on Jan. 27, 2025 at 9:30 a.m. ET.',
      mention: 'Jan. 27, 2025 at 9:30 a.m. ET',
      expect: { value: '2025-01-27T09:30', granularity: 'time', timezone: 'America/New_York' },
    },
    { text: 'sales in March 2015 rose', mention: 'March 2015', expect: { value: '2015-03', granularity: 'month' } },
  ],
  negatives: ['Brent crude fell to a 5-1/2 year low below $57 a barrel.', 'costs 1/10 of GPT-4o', 'investors may 13 times', 'a day after the order', 'STOCKS MAY 5 POINTS'],
};

const WEEKDAY: Readonly<Record<string, number>> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const RELATIVE: Readonly<Record<string, number>> = { today: 0, yesterday: -1, tomorrow: 1 };

function anchoredDay(anchor: Anchor | undefined, day: (date: string) => string): DateFields {
  if (!anchor || !dayLevel(anchor)) return { granularity: 'day' };
  return { value: day(anchor.date), granularity: 'day', anchor: anchor.source };
}

/** Tuesday, last Monday, today, yesterday: against the anchor (a weekday is the latest on or before it). */
export const englishRelativeDay: PatternRule<'date'> = {
  id: 'date/en/relative-day',
  type: 'date',
  lang: 'en',
  // Monday…Sunday, today and yesterday hold day.
  trigger: /day|omorrow/,
  pattern: /\b(?:(?<shift>last|next|this)\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow)\b/g,
  extract(match, ctx) {
    const g = match.groups!;
    if (g.rel) return { fields: anchoredDay(ctx.anchor, (date) => addDays(date, RELATIVE[g.rel!.toLowerCase()]!)) };
    const wd = WEEKDAY[g.wd!.toLowerCase()]!;
    const forward = g.shift === 'next' || (g.shift !== 'last' && speaksOfFutureEn(ctx.scan, match.index));
    return {
      fields: anchoredDay(ctx.anchor, (date) => {
        const back = (weekdayOf(date) - wd + 7) % 7;
        if (forward) return addDays(date, (7 - back) % 7 || (g.shift === 'next' ? 7 : 0));
        return addDays(date, g.shift === 'last' && back === 0 ? -7 : -back);
      }),
    };
  },
  examples: [
    { text: 'The Sensex ended flat on Tuesday.', mention: 'Tuesday', publishedAt: '2014-12-30', expect: { value: '2014-12-30', anchor: 'published' } },
    { text: "Monday's announcement could kick-start projects", mention: 'Monday', publishedAt: '2014-12-31', expect: { value: '2014-12-29' } },
    { text: 'IBM dropped more than 1% today.', mention: 'today', publishedAt: '2014-12-26', expect: { value: '2014-12-26' } },
  ],
  negatives: ['Monde', 'todays'],
};

const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * A month named alone after a word that makes it a time (in October, since March, the recent
 * December sell-off, early January): the year that puts it nearest the story's own date, or the
 * year the story calls its present. No day or year may follow (Dec. 11, March 2015 are other rules').
 */
export const englishMonth: PatternRule<'date'> = {
  id: 'date/en/month',
  type: 'date',
  lang: 'en',
  trigger: MONTH_ABBREVIATION,
  pattern: new RegExp(
    `\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Tt]his|[Nn]ext|[Rr]ecent)\\s+(?:the\\s+)?(?<m>${MONTH_NAME})\\b(?![-.,]?\\s*\\d)`,
    'dg',
  ),
  extract(match, ctx) {
    const start = groupSpan(match, 'm')!.start;
    const month = monthOf(match.groups!.m!);
    const anchor = storyAnchor(ctx);
    if (!anchor) return { start, fields: { granularity: 'month' } };
    const shift = /^(?:last|this|next)\b/i.exec(match[0])?.[0].toLowerCase();
    const future = shift === 'next' || speaksOfFutureEn(ctx.scan, match.index);
    // Ahead of a date known only by its year, a month to come may lie in the next year: leave it unresolved.
    if (!dayLevel(anchor) && future) return { start, fields: { granularity: 'month' } };
    const year = yearOfYearless(anchor, month, 1, future);
    if (year === undefined) return { start, fields: { granularity: 'month' } };
    return { start, fields: { value: isoMonth(year, month), granularity: 'month', anchor: anchor.source } };
  },
  examples: [
    { text: 'In October the company posted record sales.', mention: 'October', publishedAt: '2014-12-20', expect: { value: '2014-10', granularity: 'month' } },
    { text: 'The sell-off in December hurt.', mention: 'December', publishedAt: '2015-01-05', expect: { value: '2014-12', granularity: 'month' } },
    { text: 'The chief executive will leave in January.', mention: 'January', publishedAt: '2014-12-20', expect: { value: '2015-01', granularity: 'month' } },
    { text: 'The recent November rally lifted banks.', mention: 'November', publishedAt: '2014-12-20', expect: { value: '2014-11' } },
  ],
  negatives: ['April Smith joined the board.', 'shares rose in May 2014', 'on December 11 it said', 'Madison May said so.', 'a rebound in March, 2015'],
};

/** A year after a preposition (in 2014, since 2019) and quarters (Q1 2025, 2025 Q1). */
// A year standing alone as the subject of a sentence (2015 should be a banner year, I don't see 2015
// being different, 2015's outlook); not a count of things (about 2000 will attend) or a level (closed at 2050).
const BARE_YEAR =
  String.raw`(?<![\d$.,/-]|\b(?:[Aa]bout|[Ss]ome|[Nn]early|[Aa]round|[Oo]ver|than|[Aa]lmost|[Rr]oughly|[Jj]ust|to|at) )\b(?<b>(?:19|20)\d{2})\b(?![-/.,]\d)` +
  String.raw`(?=\s+(?:should|will|would|could|may|might|is|was|looks?|promises|being|has|had)\b|['’]s\b)`;

/**
 * Years: after a preposition (in 2014, since 2019), a calendar or fiscal year (CY 2015, FY2016),
 * a year standing alone as a subject (2015 should be …), and quarters (Q1 2025, 2025 Q1).
 */
export const englishYear: PatternRule<'date'> = {
  id: 'date/en/year',
  type: 'date',
  lang: 'en',
  // Every match holds a year with a letter or a quarter before it (in 2014, FY2016, Q1 2025), or
  // white space, a quarter or 's after it (2025 Q1, 2016 will): most Chinese articles have none.
  trigger: /(?:19|20)\d\d(?:\s|Q|['’]s|(?<=(?:[A-Za-z]\s?|Q[1-4]\s*)\d{4}))/,
  pattern: new RegExp(
    String.raw`\b(?:Q(?<q>[1-4])\s*(?<qy>(?:19|20)\d{2})|(?<yq>(?:19|20)\d{2})\s*Q(?<q2>[1-4]))\b` +
      String.raw`|\b(?:in|since|by|until|from|during|through|before|after|of|for)\s(?<y>(?:19|20)\d{2})\b(?![-/.,]\d)` +
      String.raw`|\b(?:(?<cal>CY|calendar year)|(?<fis>FY|fiscal year|fiscal))\s?(?<cy>(?:19|20)\d{2})\b(?![-/.,]\d)` +
      `|${BARE_YEAR}`,
    'dg',
  ),
  extract(match) {
    const g = match.groups!;
    if (g.y) return { start: groupSpan(match, 'y')!.start, fields: { value: g.y, granularity: 'year' } };
    if (g.b) return { fields: { value: g.b, granularity: 'year' } };
    if (g.cy) return { fields: { value: g.cy, granularity: g.fis ? 'fiscal_year' : 'year' } };
    return { fields: { value: `${g.qy ?? g.yq}-Q${g.q ?? g.q2}`, granularity: 'quarter' } };
  },
  examples: [
    { text: 'The best and worst of Bollywood in 2014.', mention: '2014', expect: { value: '2014', granularity: 'year' } },
    { text: 'revenue in Q1 2025 rose', mention: 'Q1 2025', expect: { value: '2025-Q1', granularity: 'quarter' } },
    { text: 'Watch sales could add 2% to revenue in CY 2016.', mention: 'CY 2016', expect: { value: '2016', granularity: 'year' } },
    { text: 'guidance for FY2017 is unchanged', mention: 'FY2017', expect: { value: '2017', granularity: 'fiscal_year' } },
    { text: 'Most of us think 2016 will be a tougher year.', mention: '2016', expect: { value: '2016', granularity: 'year' } },
    { text: "Nobody expects 2016's rally to last.", mention: '2016', expect: { value: '2016', granularity: 'year' } },
  ],
  negatives: [
    'The BSE Sensex gained 0.03 percent at 27,403.54 points',
    'in 2014-15 it fell',
    'About 2000 will attend the meeting.',
    'The index closed at 2050 was a record.',
    'It sold 1,2000 units.',
  ],
};
