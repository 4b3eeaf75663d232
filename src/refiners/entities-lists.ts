import type { AnyDraft, Draft, ExtractContext } from '../engine/extractor.ts';
import type { RuleId, Span } from '../model/span.ts';
import { isChineseName } from '../lexicon/people.ts';
import { isCjk, isDescription, nameStartBefore } from '../extractors/organization/boundary.ts';

type OrgDraft = Draft<'organization'>;

const LIST_MEMBER: RuleId = 'organization/any/list-member';
/** Words that join the last item of a list: 金洲慈航和金龙机电. */
const JOINERS = '、和及';
/** What ends an item: the next separator, 等, or punctuation. */
const ITEM_END = /[、和及与等的,，。；;:：()\s]/;
const MAX_ITEM = 10;

const overlapping = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The item right after a list separator at `at`, if it is cleanly bounded. */
function itemAfter(scan: string, at: number): Span | undefined {
  let end = at;
  while (end < scan.length && end - at <= MAX_ITEM && isCjk(scan[end]) && !ITEM_END.test(scan[end]!)) end++;
  if (end - at < 2 || end - at > MAX_ITEM) return undefined;
  const stop = scan[end];
  return stop === undefined || ITEM_END.test(stop) ? { start: at, end } : undefined;
}

function acceptable(scan: string, span: Span, drafts: readonly AnyDraft[]): boolean {
  const item = scan.slice(span.start, span.end);
  if (isDescription(item, true) || isChineseName(item)) return false;
  return !drafts.some((d) => (d.type === 'organization' || d.type === 'person') && overlapping(d, span));
}

/**
 * Lists name their members alike: in `长生生物、中弘股份、金洲慈航和金龙机电` one known company
 * makes its neighbours companies too (`中国互联网投资基金、交银国际、安恒信息、朗玛峰创投`).
 * Members are added to `drafts`.
 */
export function expandOrganizationLists(drafts: AnyDraft[], ctx: ExtractContext): void {
  const { scan, article } = ctx;
  const queue = drafts.filter((d): d is OrgDraft => d.type === 'organization');
  for (let o = queue.pop(); o; o = queue.pop()) {
    const candidates: Span[] = [];
    if (JOINERS.includes(scan[o.end] ?? '')) {
      const next = itemAfter(scan, o.end + 1);
      if (next) candidates.push(next);
    }
    if (scan[o.start - 1] === '、') {
      const end = o.start - 1;
      const start = nameStartBefore(scan, end, 2, MAX_ITEM);
      if (start !== undefined) candidates.push({ start, end });
    }
    for (const span of candidates) {
      if (!acceptable(scan, span, drafts)) continue;
      const name = article.text.slice(span.start, span.end);
      const member: OrgDraft = { type: 'organization', ...span, rule: LIST_MEMBER, priority: 0, fields: { name, aliases: [], kind: 'company' } };
      drafts.push(member);
      queue.push(member);
    }
  }
}
