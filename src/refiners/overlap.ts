import type { AnyDraft, Refiner } from '../engine/extractor.ts';
import type { RecordType } from '../model/records.ts';

/** Figures compete for the same characters: 1/10 is a ratio or a date, never both. */
const FIGURE_TYPES: ReadonlySet<RecordType> = new Set(['money', 'percent', 'ratio', 'quantity', 'date']);

/** Drafts compete when they fall in the same group: all figures together, every other type on its own. */
function groupOf(draft: AnyDraft): string {
  return FIGURE_TYPES.has(draft.type) ? 'figure' : draft.type;
}

/** Better first: higher priority, then the longer span, then the earlier start. */
function rank(a: AnyDraft, b: AnyDraft): number {
  return b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start;
}

/**
 * Where competing drafts overlap, the better one wins and the other is dropped, so each
 * stretch of text yields at most one figure and one mention of each entity type.
 * Drafts are taken best first; each is kept unless a kept draft of its group overlaps it.
 */
export const resolveOverlaps: Refiner = {
  id: 'refine/overlap',
  refine(drafts) {
    let length = 0;
    for (const draft of drafts) length = Math.max(length, draft.end);
    // The characters each group's kept drafts cover. Kept drafts never overlap one another, so a
    // draft clashes exactly when one of its characters is covered: checking costs its length.
    const covered = new Map<string, Uint8Array>();
    const kept: AnyDraft[] = [];
    for (const draft of [...drafts].sort(rank)) {
      const group = groupOf(draft);
      let marks = covered.get(group);
      if (!marks) covered.set(group, (marks = new Uint8Array(length)));
      if (marks.subarray(draft.start, draft.end).includes(1)) continue;
      marks.fill(1, draft.start, draft.end);
      kept.push(draft);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  },
};
