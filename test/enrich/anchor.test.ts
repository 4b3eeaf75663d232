import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseAnchor, statedYearEnd } from '../../src/enrich/anchor.ts';
import { articleFromText } from '../../src/engine/snippet.ts';
import type { Config } from '../../src/config.ts';

const plain = {} as Config;
const yearOf = (text: string) => chooseAnchor(articleFromText(text), plain)?.date;

describe('the year a text states', () => {
  it('counts English dates and years after in, of, since', () => {
    expect(yearOf('Revenue rose on May 13, 2014 and again on June 2, 2014, after a loss in 2015.')).toBe('2014-12-31');
    expect(yearOf('Sales grew since 2016, and in 2016 margins held; 2019 was flat.')).toBe('2016-12-31');
  });

  it('counts ISO dates and 年, not figures that only look like years', () => {
    expect(yearOf('2021-03-05公告，2021年营收12019万元，2020.5亿元')).toBe('2021-12-31');
    expect(yearOf('营收12019万元，利润2020.5亿元，共1999家')).toBeUndefined();
  });
});

describe('the year of an annual report', () => {
  it('takes the year after a report\'s period as the earliest the text is written in', () => {
    expect(yearOf('某某科技 6月9日，公司近日发布2019年年度报告，2019年营收下滑，2019年净利亏损。')).toBe('2020-12-31');
    expect(yearOf('据2017年年报显示，公司主营房地产。')).toBe('2018-12-31');
    expect(yearOf('公司将召开2019年度股东大会。')).toBe('2020-12-31');
    expect(yearOf('公司实施2019年年度权益分派，2019年净利增长。')).toBe('2020-12-31');
  });

  it('keeps a later year the text names, and counts results and a 报告期 as the year itself', () => {
    expect(yearOf('2021年3月，公司回顾2019年年报，2021年营收增长。')).toBe('2021-12-31');
    expect(yearOf('将对公司2018年度业绩产生影响，2018年营收下滑。')).toBe('2018-12-31');
    expect(yearOf('2019年报告期内，公司营收下滑。')).toBe('2019-12-31');
  });
});

describe('the stated-year scan', () => {
  // The pattern the scan replaces: the same years must count.
  const STATED_YEAR = new RegExp(
    '(?=19|20)(?:' +
      [
        '(?<![\\d.])((?:19|20)\\d{2})(?=\\s*年|-\\d{1,2}-\\d{1,2}(?!\\d))',
        '(?<=[A-Z][a-z]{2,8}\\.? \\d{1,2}, )((?:19|20)\\d{2})\\b',
        '(?<=\\b(?:in|of|for|since|during) )((?:19|20)\\d{2})\\b(?![-/.]\\d)',
      ].join('|') +
      ')',
    'g',
  );
  function byPattern(text: string): string | undefined {
    const counts = new Map<string, number>();
    for (const m of text.matchAll(STATED_YEAR)) {
      const year = (m[1] ?? m[2] ?? m[3])!;
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
    const [best] = [...counts].sort(([yearA, countA], [yearB, countB]) => countB - countA || (yearB > yearA ? 1 : -1));
    return best && `${best[0]}-12-31`;
  }
  // Pieces that make and break each form: centuries, digits, 年, hyphens, months, the words, word characters around them.
  const piece = fc.constantFrom(
    '19', '20', '2014', '1999', '2020', '0', '5', '05', '13', '123', '年', ' ', '\u3000', '\n', '-', '.', '/', ',', ', ',
    'May', 'Sept.', 'Ma', 'Septembers', 'may', 'M', 'in', 'of', 'for', 'since', 'during', 'xin', 'Xof', '_', 'a', 'Z', '公司', '营收',
    // Whole contexts, right and nearly right.
    'May 13, ', 'Sept. 3, ', 'Septembe 13, ', 'Septembers 3, ', 'Ma 3, ', 'May 123, ', 'May. 13,', 'May.. 1, ', 'MAY 13, ', 'in ', ' of ', 'since ',
    '-05-13', '-5-1', '-123-5', '-05-123', '--5-1', ' 年', '\u3000年', '.5', '/1', '-1',
  );
  const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));

  it('finds the year the pattern finds, in texts made of the pieces each form is built from', () => {
    fc.assert(fc.property(text, (t) => {
      expect(statedYearEnd(t)).toBe(byPattern(t));
    }), { numRuns: 20000 });
  });

  it('reads a year the way the pattern does whatever comes before and after it', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('1999', '2014', '2099'), text, (before, year, after) => {
        const t = before + year + after;
        expect(statedYearEnd(t)).toBe(byPattern(t));
      }),
      { numRuns: 20000, examples: [['May 13, ', '2014', ''], ['in ', '2015', '.5'], ['Sept. 3, ', '2014', 'x'], ['', '2014', ' \u3000年'], ['', '2014', '-05-13']] },
    );
  });

  it('finds the same years in any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (t) => {
      expect(statedYearEnd(t)).toBe(byPattern(t));
    }), { numRuns: 5000 });
  });
});
