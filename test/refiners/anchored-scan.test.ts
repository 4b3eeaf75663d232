import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchoredMatches } from '../../src/refiners/anchored-scan.ts';
import { eventRules } from '../../src/extractors/event/index.ts';
import { MOVE, MOVE_CLAUSE } from '../../src/refiners/entities-lists.ts';

/** What an exec loop over the whole text gives: the reference the anchored scan must equal. */
function execLoop(text: string, pattern: RegExp): Array<[number, string, unknown]> {
  const out: Array<[number, string, unknown]> = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length > 0) out.push([m.index, m[0], m.indices?.groups]);
    else pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

const anchored = (text: string, pattern: RegExp, anchor: RegExp) =>
  anchoredMatches(text, pattern, anchor).map((m): [number, string, unknown] => [m.index, m[0], m.indices?.groups]);

// Pieces that make index moves, near misses and run breaks: moves, sizes, time words, punctuation,
// Latin letters, spaces and an astral Han character.
const PIECES = ['涨', '跌', '上扬', '走高', '高开', '低开', '幅', '达', '近', '超', '4.5%', '3', '12', '本周', '周内', '指数', '沪指', '创业板指',
  'TMT', '出海', '新华', '其', '样本', '，', '。', ':', '\n', ' ', '、', '𠀀', 'a', '(', ')', '升', '了', '逾', '股价', '盘中', '融创中国', '俄铝', '.'];

describe('anchored scan', () => {
  const rules = eventRules.filter((rule) => rule.anchor);

  it('is used by the rules whose trigger opens with a look-behind', () => {
    expect(rules.map((r) => r.id)).toContain('event/zh/index-move');
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: finds exactly the matches of a plain scan', (_id, rule) => {
    const texts = [...rule.examples.map((ex) => ex.text), ...rule.negatives, rule.examples.map((ex) => ex.text).join('')];
    for (const text of texts) expect(anchored(text, rule.trigger, rule.anchor!)).toEqual(execLoop(text, rule.trigger));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(anchored(text, rule.trigger, rule.anchor!)).toEqual(execLoop(text, rule.trigger));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('finds exactly the move clauses of a plain scan', () => {
    const text = '世茂集团涨近7%，融创中国涨超3%，富力地产涨3.47%；俄铝股价盘中大跌10%';
    expect(anchored(text, MOVE_CLAUSE, MOVE)).toHaveLength(4);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(anchored(text, MOVE_CLAUSE, MOVE)).toEqual(execLoop(text, MOVE_CLAUSE));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('finds matches that follow one another in one run, and overlapping anchors', () => {
    const pattern = /[a-z]+\d/g;
    expect(anchored('ab1cd2,ef3', pattern, /\d/g)).toEqual([[0, 'ab1', undefined], [3, 'cd2', undefined], [7, 'ef3', undefined]]);
    const overlapping = /(?<=^|,)x+y\d/g;
    expect(anchored('xxy1,xy2', overlapping, /x*y\d/g)).toEqual([[0, 'xxy1', undefined], [5, 'xy2', undefined]]);
  });
});
