import type { AnyDraft } from '../engine/extractor.ts';
import { RECORD_TYPES, type RecordType } from '../model/records.ts';

/** Each type's place in the order of type names (plain lower-case words: code order is alphabetical order). */
const TYPE_ORDER = new Map<RecordType, number>([...RECORD_TYPES].sort().map((type, i) => [type, i]));

/** Text order: start, then end, then type name. */
function textOrder(a: AnyDraft, b: AnyDraft): number {
  return a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
}

/** Room for the keys of one sort, reused: a typed array of more than a few numbers is allocated outside the heap, at a cost per article. */
let keyRoom = new Float64Array(512);

/**
 * `count` numbers to fill with sort keys, valid until the next call: sorts are never nested, so
 * one room serves them all.
 */
export function sortKeys(count: number): Float64Array {
  if (keyRoom.length < count) keyRoom = new Float64Array(Math.max(count, keyRoom.length * 2));
  return keyRoom.subarray(0, count);
}

/**
 * The drafts sorted by start, then end, then type name, ties in their given order. Refiners
 * append new drafts to drafts already in text order: the ordered run they open with is kept as
 * it is, only the drafts after it are sorted, and the two merged.
 */
export function inTextOrder(drafts: readonly AnyDraft[]): AnyDraft[] {
  let ordered = 1;
  while (ordered < drafts.length && textOrder(drafts[ordered - 1]!, drafts[ordered]!) <= 0) ordered++;
  if (ordered >= drafts.length) return drafts.slice();
  const rest = sorted(drafts, ordered);
  // Built by pushing, so the array stays packed: the later refiners read it often. On a tie the
  // ordered run's draft, given first, comes first.
  const merged: AnyDraft[] = [];
  let r = 0;
  for (let o = 0; o < ordered; o++) {
    const draft = drafts[o]!;
    while (r < rest.length && textOrder(rest[r]!, draft) < 0) merged.push(rest[r++]!);
    merged.push(draft);
  }
  while (r < rest.length) merged.push(rest[r++]!);
  return merged;
}

/**
 * The drafts from `from` on in text order. Where the keys and each draft's index pack into one
 * safe integer, the packed numbers are sorted as a typed array: a sort with a comparator costs a
 * call per comparison, several times the whole numeric sort.
 */
function sorted(drafts: readonly AnyDraft[], from: number): AnyDraft[] {
  const count = drafts.length - from;
  let length = 0;
  for (let i = from; i < drafts.length; i++) if (drafts[i]!.end > length) length = drafts[i]!.end;
  const types = TYPE_ORDER.size;
  if ((length + 1) * (length + 1) * types * count > Number.MAX_SAFE_INTEGER) return drafts.slice(from).sort(textOrder);
  const keys = sortKeys(count);
  for (let i = 0; i < count; i++) {
    const d = drafts[from + i]!;
    keys[i] = ((d.start * (length + 1) + d.end) * types + TYPE_ORDER.get(d.type)!) * count + i;
  }
  keys.sort();
  const result: AnyDraft[] = [];
  for (let i = 0; i < count; i++) result.push(drafts[from + (keys[i]! % count)]!);
  return result;
}
