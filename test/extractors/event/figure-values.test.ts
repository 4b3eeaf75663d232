import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distinctSortedValues } from '../../../src/extractors/event/find.ts';

describe('distinctSortedValues', () => {
  it('gives the distinct values in sort() order, as a Set then sort() would', () => {
    const value = fc.constantFrom('percent:4.5', 'percent:16.97', 'money:6000USD', 'money:100CNY', 'ratio:0.3', 'percent:-2', 'money:1e9CNY', '');
    fc.assert(
      fc.property(fc.array(fc.oneof(value, fc.string({ maxLength: 4 })), { maxLength: 8 }), (values) => {
        expect(distinctSortedValues(values.map((v) => ({ value: v })))).toEqual([...new Set(values)].sort());
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps one of each restated value', () => {
    expect(distinctSortedValues([{ value: 'percent:4.5' }, { value: 'money:5CNY' }, { value: 'percent:4.5' }])).toEqual(['money:5CNY', 'percent:4.5']);
  });
});
