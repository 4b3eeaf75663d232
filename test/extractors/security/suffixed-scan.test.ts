import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SUFFIXED_CODE, suffixedCodeMatches } from '../../../src/extractors/security/suffixed.ts';

/** What the plain exec loop over the whole text finds: the reference. */
function execLoop(text: string): [number, string][] {
  const found: [number, string][] = [];
  SUFFIXED_CODE.lastIndex = 0;
  for (let m = SUFFIXED_CODE.exec(text); m; m = SUFFIXED_CODE.exec(text)) found.push([m.index, m[0]]);
  return found;
}

const scanned = (text: string) => [...suffixedCodeMatches(text)].map((m): [number, string] => [m.index, m[0]]);

describe('suffixed codes, tried only before a dot and a suffix letter', () => {
  it('finds what the exec loop finds, on codes, brackets and spaces of every sort', () => {
    const pieces = [
      '0', '1', '6', '9', '00175', '600519', '2330', '7203', '.', '.', 'SZ', 'SH', 'HK', 'hk', 'TW', 'KS', 'T', 'US', 'O', 'N', 'NS', 'BO', 'BJ',
      'A', 'TSLA', 'AT&T', 'ABCDEFGHIJKL', '(', ')', ' ', '  ', '\u3000', '\n', '-', '_', 'x', '特斯拉', '，', 'Corp',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(scanned(text)).toEqual(execLoop(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reaches back over a bracket and any number of spaces before a letter code', () => {
    const text = `英伟达(${' '.repeat(30)}NVDA.O)与(  ABCDEFGHIJKL.US)`;
    expect(scanned(text)).toEqual(execLoop(text));
    expect(scanned(text).map(([, code]) => code.trim())).toEqual([`(${' '.repeat(30)}NVDA.O`.trim(), '(  ABCDEFGHIJKL.US']);
  });
});
