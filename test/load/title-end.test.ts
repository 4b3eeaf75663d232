import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { titleEnd } from '../../src/load/structure.ts';

// The rule as one regex, searched over the line: the reference the code-unit scan must agree with.
const TITLE_END = /\s{2,}|\s+(?=\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})|\s*(?=[来來]源[:：])|\s+[|｜]/;

// White space of several kinds, digits, every separator and mark the rule reads, and a few others.
const CHARACTERS = [...' \t\u3000\u00a0\n0123456789-/.年月日来來源:：|｜标题A '];
const line = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 30 }).map((chars) => chars.join(''));

describe('where a headline on a metadata line ends', () => {
  it('agrees with the rule written as a regex, from any start and to any end', () => {
    fc.assert(
      fc.property(line, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const found = text.slice(start, end).search(TITLE_END);
        expect(titleEnd(text, start, end), `${JSON.stringify(text)} ${start}-${end}`).toBe(found === -1 ? -1 : start + found);
      }),
      { numRuns: 20000 },
    );
  });

  it('with a stop, finds what it finds without one when that lies before the stop, and -1 otherwise', () => {
    fc.assert(
      fc.property(line, fc.nat(), (text, a) => {
        const stopAt = a % (text.length + 1);
        const whole = titleEnd(text, 0, text.length);
        expect(titleEnd(text, 0, text.length, stopAt), `${JSON.stringify(text)} stop ${stopAt}`).toBe(whole < stopAt ? whole : -1);
      }),
      { numRuns: 20000 },
    );
  });

  it('cuts a headline before its date, source or bar', () => {
    const cases: Array<[string, string]> = [
      ['央行降准 2025-02-07 10:00', '央行降准'],
      ['央行降准来源：新华社', '央行降准'],
      ['央行降准 | 新华财经', '央行降准'],
      ['央行降准  正文', '央行降准'],
      ['央行 降准', ''],
    ];
    for (const [text, title] of cases) {
      const cut = titleEnd(text, 0, text.length);
      expect(cut === -1 ? '' : text.slice(0, cut)).toBe(title);
    }
  });
});
