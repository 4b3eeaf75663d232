import * as chrono from 'chrono-node';
import type { PatternRule, ScanRule } from '../../engine/extractor.ts';
import { addDays, isoDay, isoYear, pad2, weekdayOf } from './calendar.ts';
import { dayFields, dayLevel, type DateFields } from './grammar.ts';

// chrono-node's English parser finds the dates; its numeric forms (1/2, 3/4) are fractions in
// financial text, and phrases such as `a day after` are not dated mentions, so only results
// naming a month, a weekday or today/yesterday/tomorrow are kept.
const NAMED = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow)\b/i;
const WEEKDAY_ONLY = /^(?:(?:on|last|this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const RELATIVE_DAY = /\b(?:today|yesterday|tomorrow)\b/i;
const LEADING_WORD = /^(?:on|at|by|since|from|until|in)\s+/i;
const FUTURE = /\b(?:will|next|coming|scheduled|expected|due)\b/i;
const ZONE_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:ET|EST|EDT)\b/, 'America/New_York'],
  [/\bGMT\b/, 'Etc/GMT'],
  [/\bBeijing time\b/i, 'Asia/Shanghai'],
  [/\bHong Kong time\b/i, 'Asia/Hong_Kong'],
  [/\bLondon time\b/i, 'Europe/London'],
];

function zoneOf(text: string): Pick<DateFields, 'timezone'> {
  const found = ZONE_WORDS.find(([pattern]) => pattern.test(text));
  return found ? { timezone: found[1] } : {};
}

/** December 28, 2014, Jan. 27, 27 January 2025, Tuesday, 10:30 a.m. ET (chrono-node, filtered and re-anchored). */
export const englishDate: ScanRule<'date'> = {
  id: 'date/en/chrono',
  type: 'date',
  lang: 'en',
  *scan(ctx) {
    if (!NAMED.test(ctx.scan)) return;
    const { anchor } = ctx;
    const reference = anchor && dayLevel(anchor) ? new Date(`${anchor.date}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
    for (const result of chrono.en.casual.parse(ctx.scan, reference)) {
      if (!NAMED.test(result.text)) continue;
      const lead = LEADING_WORD.exec(result.text)?.[0].length ?? 0;
      const start = result.index + lead;
      const end = result.index + result.text.length;
      const text = result.text.slice(lead);
      const known = result.start;
      const before = ctx.scan.slice(Math.max(0, result.index - 40), result.index);
      const future = FUTURE.test(before);
      let fields: DateFields;
      if (WEEKDAY_ONLY.test(result.text.trim())) {
        if (!anchor || !dayLevel(anchor)) fields = { granularity: 'day' };
        else {
          const back = (weekdayOf(anchor.date) - ((known.get('weekday')! + 6) % 7 + 1) + 7) % 7;
          const value = future ? addDays(anchor.date, (7 - back) % 7) : addDays(anchor.date, -back);
          fields = { value, granularity: 'day', anchor: anchor.source };
        }
      } else if (RELATIVE_DAY.test(text)) {
        if (!anchor || !dayLevel(anchor)) fields = { granularity: 'day' };
        else fields = { value: isoDay(known.get('year')!, known.get('month')!, known.get('day')!), granularity: 'day', anchor: anchor.source };
      } else if (known.isCertain('month') && known.isCertain('day')) {
        const year = known.isCertain('year') ? known.get('year')! : undefined;
        fields = dayFields(year, known.get('month')!, known.get('day')!, anchor, future);
      } else if (known.isCertain('month') && known.isCertain('year')) {
        fields = { value: `${isoYear(known.get('year')!)}-${pad2(known.get('month')!)}`, granularity: 'month' };
      } else continue;
      if (fields.value && fields.granularity === 'day' && known.isCertain('hour')) {
        fields.value += `T${pad2(known.get('hour')!)}:${pad2(known.get('minute') ?? 0)}`;
        fields.granularity = 'time';
      }
      yield { start, end, fields: { ...fields, ...zoneOf(text) } };
    }
  },
  examples: [
    {
      text: 'People walk past the Bombay Stock Exchange (BSE) building in Mumbai May 13, 2014.',
      mention: 'May 13, 2014',
      expect: { value: '2014-05-13', granularity: 'day' },
    },
    { text: 'Shares fell on Jan. 27, 2025.', mention: 'Jan. 27, 2025', expect: { value: '2025-01-27' } },
    { text: 'Nvidia lost $589 billion on Jan. 27.', mention: 'Jan. 27', expect: { value: '2025-01-27', anchor: 'published' } },
    { text: 'published 27 January 2025', mention: '27 January 2025', expect: { value: '2025-01-27' } },
    { text: 'as of December 28, 2014', mention: 'December 28, 2014', expect: { value: '2014-12-28' } },
    { text: 'The Sensex ended flat on Tuesday.', mention: 'Tuesday', publishedAt: '2014-12-30', expect: { value: '2014-12-30' } },
    { text: 'IBM dropped more than 1% today.', mention: 'today', publishedAt: '2014-12-26', expect: { value: '2014-12-26', anchor: 'published' } },
  ],
  negatives: ['Brent crude fell to a 5-1/2 year low below $57 a barrel.', 'costs 1/10 of GPT-4o', 'a day after the order'],
};

/** A year after a preposition (in 2014, since 2019) and quarters (Q1 2025, 2025 Q1). */
export const englishYear: PatternRule<'date'> = {
  id: 'date/en/year',
  type: 'date',
  lang: 'en',
  pattern: /\b(?:Q(?<q>[1-4])\s*(?<qy>(?:19|20)\d{2})|(?<yq>(?:19|20)\d{2})\s*Q(?<q2>[1-4]))\b|(?<=\b(?:in|since|by|until|from|during|through|before|after|of|for)\s)(?<y>(?:19|20)\d{2})\b(?![-/.,]\d)/g,
  extract(match) {
    const g = match.groups!;
    if (g.y) return { fields: { value: g.y, granularity: 'year' } };
    return { fields: { value: `${g.qy ?? g.yq}-Q${g.q ?? g.q2}`, granularity: 'quarter' } };
  },
  examples: [
    { text: 'The best and worst of Bollywood in 2014.', mention: '2014', expect: { value: '2014', granularity: 'year' } },
    { text: 'revenue in Q1 2025 rose', mention: 'Q1 2025', expect: { value: '2025-Q1', granularity: 'quarter' } },
  ],
  negatives: ['The BSE Sensex gained 0.03 percent at 27,403.54 points', 'in 2014-15 it fell'],
};
