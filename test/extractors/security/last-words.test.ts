import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lastWords } from '../../../src/extractors/security/name.ts';

describe('the words before a security code', () => {
  it('are the last words a split of the window at white space gives', () => {
    const piece = fc.constantFrom('Larsen', 'and', 'Toubro', 'Inc.', 'The', ' ', '  ', '\n', '\u3000', '\u00a0', '网宿科技', ',', '(', 'A', 'x');
    const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 10 }), (s, a, b, count) => {
        const end = a % (s.length + 1);
        const windowStart = Math.min(end, b % (s.length + 1));
        const all = [...s.slice(windowStart, end).matchAll(/\S+/g)].map((m) => ({ start: windowStart + m.index, text: m[0] }));
        expect(lastWords(s, windowStart, end, count)).toEqual(all.slice(Math.max(0, all.length - count)));
      }),
      { numRuns: 5000 },
    );
  });
});
