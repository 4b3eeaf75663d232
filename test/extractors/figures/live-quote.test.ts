import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inLiveQuote } from '../../../src/extractors/percent/fields.ts';
import { LIVE_QUOTE_SOURCE } from '../../../src/text/live-quote.ts';

describe('inLiveQuote, its bracket looked for by character code', () => {
  // The reference: the last brackets of the 40 characters before, by lastIndexOf.
  const quote = new RegExp(`^${LIVE_QUOTE_SOURCE}`);
  function reference(scan: string, start: number): boolean {
    const from = Math.max(0, start - 40);
    const window = scan.slice(from, start);
    const open = window.lastIndexOf('(');
    const closed = window.lastIndexOf(')') > open;
    return open >= 0 && !closed && quote.test(scan.slice(from + open, from + open + 60));
  }

  it('tells what the reading by lastIndexOf tells', () => {
    const pieces = ['(', ')', '(18.910,0.34,1.83%)', '(0.155, -0.00, ', '-1.90%)', '18.910', ',', '%', ' ', '申通快递', '持股近', '8', 'x'.repeat(30)];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), fc.nat(), (parts, at) => {
        const scan = parts.join('');
        for (let start = Math.max(0, at % (scan.length + 1) - 20); start <= scan.length; start++) {
          expect(inLiveQuote(scan, start), `${scan} at ${start}`).toBe(reference(scan, start));
        }
      }),
      { numRuns: 5000 },
    );
  });
});
