import type { AnyDraft, Refiner } from '../engine/extractor.ts';
import type { RecordType } from '../model/records.ts';

/** Figures compete for the same characters: 1/10 is a ratio or a date, never both. */
const FIGURE_TYPES: ReadonlySet<RecordType> = new Set(['money', 'percent', 'ratio', 'date']);

function competes(a: AnyDraft, b: AnyDraft): boolean {
  return a.type === b.type || (FIGURE_TYPES.has(a.type) && FIGURE_TYPES.has(b.type));
}

/** Better first: higher priority, then the longer span, then the earlier start. */
function rank(a: AnyDraft, b: AnyDraft): number {
  return b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start;
}

/**
 * Where competing drafts overlap, the better one wins and the other is dropped, so each
 * stretch of text yields at most one figure and one mention of each entity type.
 */
export const resolveOverlaps: Refiner = {
  id: 'refine/overlap',
  refine(drafts) {
    const kept: AnyDraft[] = [];
    for (const draft of [...drafts].sort(rank)) {
      const clash = kept.some((k) => competes(k, draft) && k.start < draft.end && draft.start < k.end);
      if (!clash) kept.push(draft);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
  },
};
