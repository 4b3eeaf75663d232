import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runsFollowedBy, runSuffix, type RunSuffix } from '../../src/text/numerals.ts';
import { BETWEEN as MONEY_BETWEEN } from '../../src/extractors/money/range.ts';
import { YUAN } from '../../src/extractors/money/zh-yuan-jiao-fen.ts';
import { BETWEEN as PERCENT_BETWEEN } from '../../src/extractors/percent/range.ts';
import { SIGN_AFTER } from '../../src/extractors/percent/symbol.ts';
import { POINTS_AFTER } from '../../src/extractors/percent/points.ts';
import { TENTHS_AFTER } from '../../src/extractors/percent/zh-tenths.ts';
import { DISCOUNT_AFTER } from '../../src/extractors/percent/zh-discount.ts';
import { FEN_ZHI_AFTER } from '../../src/extractors/ratio/fraction.ts';
import { TIMES_AFTER } from '../../src/extractors/ratio/multiple.ts';
import { BETWEEN as QUANTITY_BETWEEN } from '../../src/extractors/quantity/range.ts';

const SUFFIXES: Record<string, RunSuffix> = {
  MONEY_BETWEEN, YUAN, PERCENT_BETWEEN, SIGN_AFTER, POINTS_AFTER, TENTHS_AFTER, DISCOUNT_AFTER, FEN_ZHI_AFTER, TIMES_AFTER, QUANTITY_BETWEEN,
};

// Numerals, every character a suffix above begins with or holds, and a few that none does.
const CHARACTERS = [...'0123456789.,一二三百千万亿 %％-—–~～至到kK个個百佰分点點基bps成折倍之元块美港人民币日欧台卢x数率交合字'];
const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 40 }).map((chars) => chars.join(''));

describe('run suffixes', () => {
  it.each(Object.entries(SUFFIXES))('%s matches only where it opens', (_name, suffix) => {
    expect(suffix.opens).toBeDefined();
    fc.assert(
      fc.property(text, (s) => {
        for (let at = 0; at <= s.length; at++) {
          suffix.pattern.lastIndex = at;
          const m = suffix.pattern.exec(s);
          if (m) expect(suffix.opens!(s, at), `${JSON.stringify(s)} at ${at}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same runs with the opening characters as without them', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const suffix of Object.values(SUFFIXES)) {
          const ungated = runSuffix(suffix.pattern);
          const runs = (of: RunSuffix) => [...runsFollowedBy(s, of)].map(({ index, after }) => [index, after[0]]);
          expect(runs(suffix)).toEqual(runs(ungated));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('must be sticky', () => {
    expect(() => runSuffix(/%/g, '%')).toThrow(/y flag/);
  });
});
