import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateExtractors } from '../../../src/extractors/date/index.ts';
import { englishYear } from '../../../src/extractors/date/en.ts';
import { relativePoint } from '../../../src/extractors/date/zh-span.ts';
import type { OpeningRule } from '../../../src/engine/openings.ts';
import { drafts, nearMatches, opensWherePatternOpens } from '../openings-check.ts';

const gated = dateExtractors.filter((rule): rule is OpeningRule<'date'> => 'plain' in rule);

describe('date rules tried where their openings stand', () => {
  it('are the rules that open on few pairs of characters', () => {
    expect(gated.map((rule) => rule.id).sort()).toEqual([
      'date/any/numeric-date', 'date/any/short-numeric-date', 'date/zh/calendar-day', 'date/zh/clock-time', 'date/zh/day-of-month', 'date/zh/era',
      'date/zh/fiscal-year', 'date/zh/holiday', 'date/zh/month', 'date/zh/range', 'date/zh/relative-day', 'date/zh/relative-point',
      'date/zh/relative-span', 'date/zh/time-range', 'date/zh/vague-recent', 'date/zh/week', 'date/zh/weekday', 'date/zh/year-period',
    ]);
  });

  it.each(gated.map((rule) => [rule.id, rule] as const))('%s drafts what its pattern tried everywhere drafts', (_id, rule) => {
    fc.assert(
      fc.property(nearMatches(rule), (s) => {
        expect(drafts(rule, s), JSON.stringify(s)).toEqual(drafts(rule.plain, s));
      }),
      { numRuns: 1000 },
    );
  });

  it.each(gated.map((rule) => [rule.id, rule] as const))('%s opens wherever its pattern opens', (_id, rule) => {
    opensWherePatternOpens(rule);
  });

  it('keep the examples of every gated rule', () => {
    for (const rule of gated) {
      for (const ex of rule.examples) expect(drafts(rule, ex.text), ex.text).toEqual(drafts(rule.plain, ex.text));
    }
  });
});

// The pattern as it read before it was keyed on the unit: from the count on.
const COUNT_FIRST = '(?<![\\d年月日第近])(?<n>(?:\\d{1,3}|[一二两三四五六七八九十]{1,3}))\\s*(?<unit>个月|个星期|周|年|天)(?<dir>以前|之前|以后|之后|前|后)';

describe('date/zh/relative-point keyed on its unit', () => {
  const countFirst = { ...relativePoint.plain, pattern: new RegExp(COUNT_FIRST, 'g') };

  it.each(['三十五年前', '第三十五年前', '一三十五年前', '12345年前', '1234年后', '3 年前', '近3年前', '5年前3天后', '两个月之后', '三个星期以前', '07年以后', '前5年前'])(
    'drafts what the pattern read from the count drafts in %s',
    (s) => {
      expect(drafts(relativePoint, s)).toEqual(drafts(countFirst, s));
    },
  );

  it('drafts what the pattern read from the count drafts near its examples', () => {
    fc.assert(
      fc.property(nearMatches(relativePoint, COUNT_FIRST), (s) => {
        expect(drafts(relativePoint, s), JSON.stringify(s)).toEqual(drafts(countFirst, s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('date/en/year trigger', () => {
  const untriggered = { ...englishYear, trigger: undefined };
  const ENGLISH = ['Q1', 'Q4', 'Q', '19', '20', '2014', '2025', '1999', '0', '7', ' ', '  ', '\n', 'in ', 'for', 'FY', 'CY ', 'fiscal year ', 'calendar year', "'s", '’s', ' will', ' was', 'a', '-', '.', ',', '年', '$'];
  const english = fc.array(fc.constantFrom(...ENGLISH), { maxLength: 12 }).map((pieces) => pieces.join(''));

  it('is found in every text the rule fires on', () => {
    fc.assert(
      fc.property(english, (s) => {
        if (drafts(untriggered, s).length > 0) expect(englishYear.trigger!.test(s), JSON.stringify(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
