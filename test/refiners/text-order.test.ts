import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnyDraft } from '../../src/engine/extractor.ts';
import { RECORD_TYPES, type RecordType } from '../../src/model/records.ts';
import { inTextOrder } from '../../src/refiners/text-order.ts';

describe('text order of drafts', () => {
  it('sorts by start, end and type name as a stable comparator sort does, equal drafts in their given order', () => {
    const arbitraryDraft = fc.record({
      type: fc.constantFrom<RecordType>(...RECORD_TYPES),
      start: fc.integer({ min: 0, max: 30 }),
      length: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryDraft, { maxLength: 60 }), (specs) => {
        const drafts = specs.map((s) => ({ type: s.type, start: s.start, end: s.start + s.length, rule: 'test', priority: 0, fields: {} }) as unknown as AnyDraft);
        const expected = [...drafts].sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
        const sorted = inTextOrder(drafts);
        expect(sorted.map((d) => drafts.indexOf(d))).toEqual(expected.map((d) => drafts.indexOf(d)));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts drafts appended to an ordered run, or moved within it, as the comparator sort does', () => {
    const arbitraryDraft = fc.record({
      type: fc.constantFrom<RecordType>(...RECORD_TYPES),
      start: fc.integer({ min: 0, max: 30 }),
      length: fc.integer({ min: 1, max: 6 }),
    });
    const toDraft = (s: { type: RecordType; start: number; length: number }) =>
      ({ type: s.type, start: s.start, end: s.start + s.length, rule: 'test', priority: 0, fields: {} }) as unknown as AnyDraft;
    const byText = (a: AnyDraft, b: AnyDraft) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type);
    fc.assert(
      fc.property(fc.array(arbitraryDraft, { maxLength: 40 }), fc.array(arbitraryDraft, { maxLength: 8 }), fc.nat(), (run, appended, moved) => {
        const drafts = [...run.map(toDraft).sort(byText), ...appended.map(toDraft)];
        // A refiner may also cut a draft in the run, moving its start.
        if (run.length > 0 && moved % 3 === 0) drafts[moved % run.length] = { ...drafts[moved % run.length]!, start: drafts[moved % run.length]!.start + 1 };
        const expected = [...drafts].sort(byText);
        expect(inTextOrder(drafts).map((d) => drafts.indexOf(d))).toEqual(expected.map((d) => drafts.indexOf(d)));
      }),
      { numRuns: 1000 },
    );
  });

  it('orders drafts far into a long text too', () => {
    const far = { type: 'money', start: 90_000_000, end: 90_000_004, rule: 'test', priority: 0, fields: {} } as unknown as AnyDraft;
    const near = { ...far, start: 3, end: 9 } as AnyDraft;
    expect(inTextOrder([far, near])).toEqual([near, far]);
  });
});
