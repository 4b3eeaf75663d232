import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { directionNear, EN_CHANGE_WORDS, lastChineseChangeWord, ZH_CHANGE_WORDS } from '../../src/lexicon/directions.ts';
import { clauseBefore } from '../../src/lexicon/clause.ts';
import { EN_QUALIFIER_SOURCE, qualifierAfter, qualifierBefore, qualifierOf, ZH_QUALIFIER_SOURCE } from '../../src/lexicon/qualifiers.ts';

/** The reference reading after a figure: the words after `end` in the same clause, at most `max` characters. */
function clauseAfter(scan: string, end: number, max: number): string {
  return /^[^，,。；;！!？?\n：:（(）)]*/.exec(scan.slice(end, end + max))![0];
}

/** Texts of the characters the words are made of, and a few others, so that words meet and overlap. */
function textOf(words: readonly string[], others: string): fc.Arbitrary<string> {
  const pieces = [...new Set([...words, ...words.flatMap((w) => [...w]), ...others])];
  return fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
}

describe('change words, read by character code', () => {
  // The reference: the alternation of the words, longest first, in an exec loop.
  const words = ZH_CHANGE_WORDS.map(([w]) => w);
  const pattern = new RegExp([...words].sort((a, b) => b.length - a.length).join('|'), 'g');
  function reference(text: string) {
    let found: { word: string; at: number } | undefined;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) found = { word: m[0], at: m.index };
    return found;
  }

  it('finds the last word the alternation finds', () => {
    fc.assert(
      fc.property(textOf(words, '幅了达近，1% a'), (text) => {
        expect(lastChineseChangeWord(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('qualifiers, tested only where their words can end or begin', () => {
  const zhNearEnd = new RegExp(`(${ZH_QUALIFIER_SOURCE})(?:将|可|能|或将|或|有望|预计)?(?:达到|达|到|为|是|有|在)?$`);
  const enNearEnd = new RegExp(`\\b(${EN_QUALIFIER_SOURCE})\\s+(?:of\\s+)?$`, 'i');
  const zhAfterStart = /^(?:左右|上下|以上|以下)/;
  function referenceBefore(before: string) {
    const zh = zhNearEnd.exec(before);
    if (zh) return qualifierOf(zh[1]);
    const en = enNearEnd.exec(before);
    return en ? qualifierOf(en[1]) : undefined;
  }

  it('reads the qualifier before a figure as the plain patterns do', () => {
    const optional = (words: string[]) => fc.constantFrom('', ...words);
    // Endings of every shape the patterns know, after any words: a qualifier, a modal, a link, spaces.
    const before = fc
      .tuple(
        textOf(['营收', '约', 'of', 'A'], ' x'),
        optional([...ZH_QUALIFIER_SOURCE.split('|'), ...EN_QUALIFIER_SOURCE.split('|'), 'About', 'OVER']),
        optional(['将', '可', '能', '或将', '或', '有望', '预计']),
        optional(['达到', '达', '到', '为', '是', '有', '在', ' of', ' of ']),
        optional([' ', '  ', '\u3000', '\n', '\u00a0']),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(before, (text) => {
        expect(qualifierBefore(text)).toEqual(referenceBefore(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the qualifier after a figure as the plain pattern does over the rest of its clause', () => {
    fc.assert(
      fc.property(textOf(['左右', '上下', '以上', '以下'], '，,:元 '), (text) => {
        for (let at = 0; at <= text.length; at++) {
          const m = zhAfterStart.exec(clauseAfter(text, at, 4));
          expect(qualifierAfter(text, at)?.length).toEqual(m?.[0].length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('directionNear, read over offsets', () => {
  // The reference: the same reading over slices of the text, each word list a regex.
  const zhMap = new Map(ZH_CHANGE_WORDS);
  const enMap = new Map(EN_CHANGE_WORDS);
  const zhPattern = new RegExp(ZH_CHANGE_WORDS.map(([w]) => w).sort((a, b) => b.length - a.length).join('|'), 'g');
  const enPattern = new RegExp(`\\b(?:${EN_CHANGE_WORDS.map(([w]) => w).join('|')})\\b`, 'gi');
  function before(text: string) {
    let last: string | undefined;
    let lastAt = -1;
    zhPattern.lastIndex = 0;
    for (let m = zhPattern.exec(text); m; m = zhPattern.exec(text)) [last, lastAt] = [m[0], m.index];
    enPattern.lastIndex = 0;
    for (let m = enPattern.exec(text); m; m = enPattern.exec(text)) if (m.index > lastAt) [last, lastAt] = [m[0].toLowerCase(), m.index];
    return last === undefined ? undefined : (zhMap.get(last) ?? enMap.get(last)) || undefined;
  }
  function reference(scan: string, start: number, end: number, reach: number) {
    const clause = clauseBefore(scan, start, 32);
    const coordinated = /[和与及、]\s*$/.test(clause)
      ? (/(?:\d[\d.,]*\s*(?:%|个百分点|倍|亿元|万元|元)?\s*(?:和|与|及|、)\s*)+$/.exec(clause)?.[0].length ?? 0)
      : 0;
    const near = before(clauseBefore(scan, start - coordinated, reach));
    if (near) return near;
    // The last word character of the clause is a Latin letter.
    if (/[A-Za-z]\W*$/.test(clause)) {
      const english = before(clause.slice(clause.search(/[A-Za-z][^\u3400-\u9fff]*$/)));
      if (english) return english;
    }
    const after = /^的?(涨幅|增幅|增长|升幅|跌幅|降幅|下降|下跌)/.exec(clauseAfter(scan, end, 4));
    return after ? zhMap.get(after[1]!) ?? undefined : undefined;
  }

  it('states the direction the slices state', () => {
    const words = [...ZH_CHANGE_WORDS.map(([w]) => w), 'rose', 'fell', 'down', 'Up', 'cut', 'of', 'the', '的', '幅', '和', '与', '、', '，', ' ', '8', '1.5%', '个百分点', 'x'];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, fc.integer({ min: 6, max: 14 }), (head, tail, reach) => {
        const scan = `${head}42${tail}`;
        expect(directionNear(scan, head.length, head.length + 2, reach)).toEqual(reference(scan, head.length, head.length + 2, reach));
      }),
      { numRuns: 5000 },
    );
  });
});
