import type { AnyDraft, Refiner } from '../engine/extractor.ts';
import { RECORD_TYPES, type RecordType } from '../model/records.ts';
import { inTextOrder, sortKeys } from './text-order.ts';

/** Figures compete for the same characters: 1/10 is a ratio or a date, never both. */
const FIGURE_TYPES: ReadonlySet<RecordType> = new Set(['money', 'percent', 'ratio', 'quantity', 'date']);

/**
 * Drafts compete when they fall in the same group: all figures together, every other type on
 * its own. Each group is one bit of a character's coverage mark.
 */
const GROUP_BIT = new Map<RecordType, number>();
let nextBit = 2;
for (const type of RECORD_TYPES) {
  if (FIGURE_TYPES.has(type)) GROUP_BIT.set(type, 1);
  else {
    GROUP_BIT.set(type, nextBit);
    nextBit *= 2;
  }
}

/** Better first: higher priority, then the longer span, then the earlier start. */
function rank(a: AnyDraft, b: AnyDraft): number {
  return b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start;
}

/**
 * `drafts` sorted by `rank`, ties in their given order. Where the sort keys and the draft's
 * index pack into one safe integer, the packed numbers are sorted as a typed array (see
 * `inTextOrder`).
 */
function byRank(drafts: readonly AnyDraft[], textLength: number): AnyDraft[] {
  const count = drafts.length;
  let highest = -Infinity;
  let lowest = Infinity;
  let longest = 0;
  for (const d of drafts) {
    if (!Number.isInteger(d.priority)) return [...drafts].sort(rank);
    if (d.priority > highest) highest = d.priority;
    if (d.priority < lowest) lowest = d.priority;
    if (d.end - d.start > longest) longest = d.end - d.start;
  }
  const levels = highest - lowest + 1;
  if (levels * (longest + 1) * (textLength + 1) * count > Number.MAX_SAFE_INTEGER) return [...drafts].sort(rank);
  const keys = sortKeys(count);
  for (let i = 0; i < count; i++) {
    const d = drafts[i]!;
    keys[i] = ((highest - d.priority) * (longest + 1) + (longest - (d.end - d.start))) * (textLength + 1) * count + d.start * count + i;
  }
  keys.sort();
  // Built by pushing, so the array stays packed: the later refiners read it often.
  const sorted: AnyDraft[] = [];
  for (let i = 0; i < count; i++) sorted.push(drafts[keys[i]! % count]!);
  return sorted;
}

/**
 * The groups whose kept drafts cover each character, shared by every article: all 0 between
 * articles (each clears the marks it made), where a zeroed array of its own per article was
 * allocated outside the heap.
 */
let coveredRoom = new Uint32Array(4096);

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
    // Kept drafts of a group never overlap one another, so a draft clashes exactly when one of
    // its characters carries its group's bit: checking costs its length.
    if (coveredRoom.length < length) coveredRoom = new Uint32Array(Math.max(length, coveredRoom.length * 2));
    const covered = coveredRoom;
    const kept: AnyDraft[] = [];
    try {
      for (const draft of byRank(drafts, length)) {
        const bit = GROUP_BIT.get(draft.type)!;
        let clashes = false;
        for (let i = draft.start; i < draft.end && !clashes; i++) clashes = (covered[i]! & bit) !== 0;
        if (clashes) continue;
        for (let i = draft.start; i < draft.end; i++) covered[i]! |= bit;
        kept.push(draft);
      }
    } finally {
      // Drafts are a few characters long: a loop costs less than a call to fill.
      for (const draft of kept) for (let i = draft.start; i < draft.end; i++) covered[i] = 0;
    }
    return inTextOrder(kept);
  },
};
