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

/** Index of the first element of a sorted array that is ≥ value. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The kept spans of one group. They never overlap one another, so a new span [start, end)
 * clashes exactly when a kept span starts inside it, or when the kept span starting last
 * before `start` reaches past it. Starts are counted in a Fenwick tree over the group's
 * distinct draft starts, which answers both questions in O(log n).
 */
class KeptSpans {
  private readonly tree: Int32Array;
  private readonly endAt: Int32Array;

  constructor(private readonly starts: readonly number[]) {
    this.tree = new Int32Array(starts.length + 1);
    this.endAt = new Int32Array(starts.length);
  }

  /** Kept spans starting at one of the first `count` distinct starts. */
  private keptBefore(count: number): number {
    let sum = 0;
    for (let i = count; i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }

  /** Position (in `starts`) of the k-th kept start, k ≥ 1. */
  private kth(k: number): number {
    let position = 0;
    for (let step = 1 << Math.floor(Math.log2(this.tree.length)); step > 0; step >>= 1) {
      const next = position + step;
      if (next < this.tree.length && this.tree[next]! < k) {
        position = next;
        k -= this.tree[next]!;
      }
    }
    return position;
  }

  overlaps(start: number, end: number): boolean {
    const from = lowerBound(this.starts, start);
    const before = this.keptBefore(from);
    if (this.keptBefore(lowerBound(this.starts, end)) > before) return true;
    return before > 0 && this.endAt[this.kth(before)]! > start;
  }

  keep(start: number, end: number): void {
    const index = lowerBound(this.starts, start);
    this.endAt[index] = end;
    for (let i = index + 1; i < this.tree.length; i += i & -i) this.tree[i]!++;
  }
}

function keptSpansByGroup(drafts: readonly AnyDraft[]): Map<string, KeptSpans> {
  const startsByGroup = new Map<string, number[]>();
  for (const draft of drafts) {
    const group = groupOf(draft);
    const starts = startsByGroup.get(group);
    if (starts) starts.push(draft.start);
    else startsByGroup.set(group, [draft.start]);
  }
  const spans = new Map<string, KeptSpans>();
  for (const [group, starts] of startsByGroup) {
    starts.sort((a, b) => a - b);
    spans.set(group, new KeptSpans(starts.filter((start, i) => i === 0 || start !== starts[i - 1])));
  }
  return spans;
}

/**
 * Where competing drafts overlap, the better one wins and the other is dropped, so each
 * stretch of text yields at most one figure and one mention of each entity type.
 * Drafts are taken best first; each is kept unless a kept draft of its group overlaps it.
 */
export const resolveOverlaps: Refiner = {
  id: 'refine/overlap',
  refine(drafts) {
    const spans = keptSpansByGroup(drafts);
    const kept: AnyDraft[] = [];
    for (const draft of [...drafts].sort(rank)) {
      const group = spans.get(groupOf(draft))!;
      if (group.overlaps(draft.start, draft.end)) continue;
      group.keep(draft.start, draft.end);
      kept.push(draft);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  },
};
