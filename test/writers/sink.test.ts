import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Builder } from '../../src/writers/sink.ts';

describe('Utf8Builder', () => {
  it('gives the UTF-8 of the texts appended, however they fill, outgrow and are taken from its buffer', () => {
    // Lone surrogates included: each piece is encoded on its own, a lone one as U+FFFD.
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', '\t', '中', '€', '😀', '\uD800', '\uDC00'), fc.string({ maxLength: 1 })), maxLength: 40 });
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 64 }), fc.array(fc.tuple(text, fc.boolean())), (size, pieces) => {
        const builder = new Utf8Builder(size);
        const taken: Buffer[] = [];
        for (const [piece, take] of pieces) {
          builder.append(piece);
          if (take) taken.push(Buffer.from(builder.take()));
        }
        taken.push(builder.take());
        expect(Buffer.concat(taken).equals(Buffer.concat(pieces.map(([piece]) => Buffer.from(piece))))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
