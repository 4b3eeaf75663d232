import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NUMERAL_UNITS, unitReader } from '../../src/lexicon/quantity-units.ts';

describe('unitReader', () => {
  // The reference: one alternation of every unit, a named group each, in list order.
  const whole = new RegExp(NUMERAL_UNITS.map((u, i) => `(?<u${i}>${u.source})`).join('|'), 'y');
  function reference(text: string, at: number) {
    whole.lastIndex = at;
    const m = whole.exec(text);
    if (!m) return undefined;
    const index = NUMERAL_UNITS.findIndex((_, i) => m.groups![`u${i}`] !== undefined);
    return { unit: NUMERAL_UNITS[index], length: m[0].length };
  }
  const read = unitReader(NUMERAL_UNITS);
  // The units' own characters (and what may not follow them), so that units meet and overlap.
  const characters = [...new Set(NUMERAL_UNITS.flatMap((u) => [...u.source.replace(/[\\[\]()?!=|]/g, '')]).concat([...'0万x ']))];

  it('reads the unit the whole alternation reads, at every position', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { maxLength: 8 }), (chars) => {
        const text = chars.join('');
        for (let at = 0; at <= text.length; at++) expect(read(text, at), `${text} at ${at}`).toEqual(reference(text, at));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the longer unit listed first, and none where a unit begins another word', () => {
    expect(read('10千瓦时', 2)?.unit.unit).toBe('千瓦时');
    expect(read('3人次', 1)?.unit.unit).toBe('人次');
    expect(read('5 GWh', 1)).toEqual({ unit: expect.objectContaining({ unit: '吉瓦时' }), length: 4 });
    expect(read('3股东', 1)).toBeUndefined();
  });
});
