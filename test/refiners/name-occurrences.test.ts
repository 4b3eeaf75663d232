import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NameOccurrences } from '../../src/refiners/name-occurrences.ts';
import { lowerCased } from '../../src/extractors/organization/lower-cased.ts';

/** The plain definition: an indexOf loop that steps past each occurrence. */
function indexOfLoop(text: string, name: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) found.push(at);
  return found;
}

// Names and the text around them: repeats and overlaps (华华华), Latin, digits, an astral character.
const PIECES = ['华', '融', '信托', '华融', '华华', '中国', '移动', 'A', 'AB', 'ab', '1', '、', '和', ' ', '𠀀', '\n', '公司'];

describe('name occurrences', () => {
  // Many expected names open with many characters, gathered in one pass; a few are searched for one by one.
  it('finds what an indexOf loop finds, for expected names and others alike', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
    const name = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.array(name, { maxLength: 16 }), fc.array(name, { minLength: 1, maxLength: 4 }), (text, expected, looked) => {
        const occurrences = new NameOccurrences(text, expected);
        for (const n of [...looked, ...expected]) expect(occurrences.of(n)).toEqual(indexOfLoop(text, n));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lower-cased names', () => {
  it('equal toLowerCase on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => {
        expect(lowerCased(s)).toBe(s.toLowerCase());
      }), { numRuns: 3000 });
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (lowerCased(String.fromCharCode(code)) !== String.fromCharCode(code).toLowerCase()) differing.push(code);
    expect(differing).toEqual([]);
    for (const s of ['中国移动', 'China Mobile', 'ＡＢＣ银行', 'İstanbul', 'ΣΟΦΙΑ', 'Ärzte', '平安银行ABC']) expect(lowerCased(s)).toBe(s.toLowerCase());
  });
});
