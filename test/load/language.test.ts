import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLanguage } from '../../src/load/structure.ts';

/** The rule read plainly: every character of the first 20,000 counted, no early stop. */
function reference(text: string): 'zh' | 'en' {
  let han = 0;
  let latin = 0;
  for (const ch of text.slice(0, 20000)) {
    if (/[\u4e00-\u9fff]/.test(ch)) han++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return han * 5 >= latin ? 'zh' : 'en';
}

// Han, Latin of both cases, the characters just outside both ranges, digits, space and punctuation.
const PIECES = ['中', '文', '\u4e00', '\u9fff', '\u4dff', '\ua000', 'a', 'z', 'A', 'Z', '@', '[', '`', '{', '1', ' ', '，', 'é'];
const run = fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 400 })).map(([piece, times]) => piece.repeat(times));
const text = fc.array(run, { maxLength: 80 }).map((runs) => runs.join(''));

describe('language of a text', () => {
  it('stops early only where the rest cannot turn the answer', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(detectLanguage(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
