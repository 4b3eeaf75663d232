import type { AnyDraft } from '../engine/extractor.ts';
import { RECORD_TYPES, type RecordType } from '../model/records.ts';

/** Each type's place in the order of type names (plain lower-case words: code order is alphabetical order). */
const TYPE_ORDER = new Map<RecordType, number>([...RECORD_TYPES].sort().map((type, i) => [type, i]));

/** Text order: start, then end, then type name. */
function textOrder(a: AnyDraft, b: AnyDraft): number {
  return a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
}

/**
 * The drafts sorted by start, then end, then type name, ties in their given order. Where the
 * keys and each draft's index pack into one safe integer, the packed numbers are sorted as a
 * typed array: a sort with a comparator costs a call per comparison, several times the whole
 * numeric sort.
 */
export function inTextOrder(drafts: readonly AnyDraft[]): AnyDraft[] {
  const count = drafts.length;
  let length = 0;
  for (const d of drafts) if (d.end > length) length = d.end;
  const types = TYPE_ORDER.size;
  if ((length + 1) * (length + 1) * types * count > Number.MAX_SAFE_INTEGER) return [...drafts].sort(textOrder);
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const d = drafts[i]!;
    keys[i] = ((d.start * (length + 1) + d.end) * types + TYPE_ORDER.get(d.type)!) * count + i;
  }
  keys.sort();
  // Built by pushing, so the array stays packed: the later refiners read it often.
  const sorted: AnyDraft[] = [];
  for (let i = 0; i < count; i++) sorted.push(drafts[keys[i]! % count]!);
  return sorted;
}
