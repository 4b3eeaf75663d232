import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnyDraft } from '../../src/engine/extractor.ts';
import type { RecordType } from '../../src/model/records.ts';
import { Reporter } from '../../src/model/diagnostic.ts';
import { resolveOverlaps } from '../../src/refiners/overlap.ts';
import { seededRandom } from '../../scripts/bench/corpus.ts';

const draft = (type: RecordType, start: number, end: number, priority = 0): AnyDraft =>
  ({ type, start, end, priority, rule: `${type}/zh/test`, fields: {} }) as AnyDraft;

const refine = (drafts: AnyDraft[]) =>
  resolveOverlaps.refine(drafts, { article: {} as never, scan: '' }, new Reporter('normalize'));

const spans = (drafts: AnyDraft[]) => drafts.map((d) => `${d.type}@${d.start}-${d.end}`);

describe('overlap refiner', () => {
  it('keeps one figure per stretch of text: 1/10 is a ratio or a date, never both', () => {
    expect(spans(refine([draft('date', 0, 4), draft('ratio', 0, 4, 1)]))).toEqual(['ratio@0-4']);
  });

  it('prefers the longer span at equal priority, then the earlier one', () => {
    expect(spans(refine([draft('money', 2, 5), draft('money', 0, 8), draft('percent', 7, 9)]))).toEqual(['money@0-8']);
    expect(spans(refine([draft('money', 3, 6), draft('money', 0, 4)]))).toEqual(['money@0-4']);
  });

  it('lets different entity types and adjacent figures stand side by side', () => {
    expect(spans(refine([draft('person', 0, 3), draft('organization', 0, 6), draft('money', 6, 9), draft('money', 9, 12)]))).toEqual([
      'person@0-3',
      'organization@0-6',
      'money@6-9',
      'money@9-12',
    ]);
  });

  it('drops a draft that overlaps a kept one from either side or inside', () => {
    const kept = draft('organization', 10, 20, 5);
    const losers = [draft('organization', 5, 11), draft('organization', 19, 30), draft('organization', 12, 15), draft('organization', 10, 20)];
    expect(spans(refine([...losers, kept]))).toEqual(['organization@10-20']);
  });

  it('decides as the pairwise definition does on thousands of random drafts', () => {
    const random = seededRandom(9);
    const types: RecordType[] = ['money', 'percent', 'ratio', 'date', 'organization', 'person'];
    const drafts = Array.from({ length: 3000 }, () => {
      const start = Math.floor(random() * 5000);
      return draft(types[Math.floor(random() * types.length)]!, start, start + 1 + Math.floor(random() * 12), Math.floor(random() * 3));
    });
    const figures = new Set<RecordType>(['money', 'percent', 'ratio', 'date']);
    const competes = (a: AnyDraft, b: AnyDraft) => a.type === b.type || (figures.has(a.type) && figures.has(b.type));
    const pairwise: AnyDraft[] = [];
    const ranked = [...drafts].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const d of ranked) {
      if (!pairwise.some((k) => competes(k, d) && k.start < d.end && d.start < k.end)) pairwise.push(d);
    }
    const expected = pairwise.sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
    const result = refine(drafts);
    expect(result.length).toBeGreaterThan(500);
    expect(result).toEqual(expected);
  });
});

describe('overlap refiner against its plain definition', () => {
  /** The refiner as first written: comparator sorts over the drafts themselves. */
  function reference(drafts: AnyDraft[]): AnyDraft[] {
    const figures = new Set<RecordType>(['money', 'percent', 'ratio', 'quantity', 'date']);
    const competes = (a: AnyDraft, b: AnyDraft) => a.type === b.type || (figures.has(a.type) && figures.has(b.type));
    const kept: AnyDraft[] = [];
    const ranked = [...drafts].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const d of ranked) if (!kept.some((k) => competes(k, d) && k.start < d.end && d.start < k.end)) kept.push(d);
    return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  }

  it('keeps the same drafts, ties taken in their given order, whatever the priorities', () => {
    const types: RecordType[] = ['money', 'percent', 'quantity', 'date', 'organization', 'person', 'security', 'quote'];
    const arbitraryDraft = fc.record({
      type: fc.constantFrom(...types),
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 1, max: 8 }),
      priority: fc.constantFrom(0, 0, 1, 2, -1, 0.5, 1e6),
    });
    fc.assert(
      fc.property(fc.array(arbitraryDraft, { maxLength: 80 }), (specs) => {
        const drafts = specs.map((s) => draft(s.type, s.start, s.start + s.length, s.priority));
        const indexes = (kept: AnyDraft[]) => kept.map((d) => drafts.indexOf(d));
        expect(indexes(refine(drafts))).toEqual(indexes(reference(drafts)));
      }),
      { numRuns: 500 },
    );
  });
});
