import { describe, expect, it } from 'vitest';
import { chooseAnchor } from '../../src/enrich/anchor.ts';
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
