import type { AnyDraft, Draft, ExtractContext } from '../engine/extractor.ts';
import type { RuleId, Span } from '../model/span.ts';
import { isChineseName } from '../lexicon/people.ts';
import { isCjk, isDescription, nameStartBefore } from '../extractors/organization/boundary.ts';
import { personNameAt } from '../extractors/person/names.ts';

type OrgDraft = Draft<'organization'>;

const LIST_MEMBER: RuleId = 'organization/any/list-member';
/** Words that join the last item of a list: 金洲慈航和金龙机电. */
const JOINERS = '、和及';
/** What ends an item: the next separator, 等, or punctuation. */
const ITEM_END = /[、和及与等的,，。；;:：()\s]/;
const MAX_ITEM = 10;
const REGISTERED = /(?:股份有限公司|有限责任公司|有限公司)$/;

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

/** The items of the list an organization stands in, itself included, in text order. */
function listAround(scan: string, seed: Span): Span[] {
  const items: Span[] = [seed];
  for (let last = seed; JOINERS.includes(scan[last.end] ?? ''); ) {
    const next = itemAfter(scan, last.end + 1);
    if (!next) break;
    items.push(next);
    last = next;
  }
  for (let first = seed; scan[first.start - 1] === '、'; ) {
    const end = first.start - 1;
    const start = nameStartBefore(scan, end, 2, MAX_ITEM);
    if (start === undefined) break;
    first = { start, end };
    items.unshift(first);
  }
  return items;
}

/**
 * Lists name their members alike: where two items of a list are companies the article names
 * (`长生生物、中弘股份、金洲慈航和金龙机电`, `中国互联网投资基金、交银国际、安恒信息、朗玛峰创投、天堂硅谷、
 * 闻勤资本`), or one is a registered name (…股份有限公司), the other items are companies too. One
 * brand in a list of other things (`淘宝、社交网络、网上银行`) is not enough. Members are added to `drafts`.
 */
export function expandOrganizationLists(drafts: AnyDraft[], ctx: ExtractContext): void {
  const { scan, article } = ctx;
  const orgs = drafts.filter((d): d is OrgDraft => d.type === 'organization');
  const known = new Set(orgs.map((o) => article.text.slice(o.start, o.end)));
  const seen = new Set<number>();
  for (const seed of orgs) {
    if (seen.has(seed.start)) continue;
    const items = listAround(scan, seed);
    for (const item of items) seen.add(item.start);
    const texts = items.map((i) => article.text.slice(i.start, i.end));
    const companies = texts.filter((t) => known.has(t)).length >= 2 || texts.some((t) => known.has(t) && REGISTERED.test(t));
    if (items.length < 2 || !companies) continue;
    for (const span of items) {
      if (!acceptable(scan, span, drafts)) continue;
      const name = article.text.slice(span.start, span.end);
      drafts.push({ type: 'organization', ...span, rule: LIST_MEMBER, priority: 0, fields: { name, aliases: [], kind: 'company' } });
    }
  }
}

type PersonDraft = Draft<'person'>;
/** What may follow the last name of a list: punctuation, 等, 和, 之后. */
const CLOSES_NAME = /[^\u4e00-\u9fff]|[、等和及之]/;
const PERSON_LIST_MEMBER: RuleId = 'person/any/list-member';

/** `卓火土、周永明、王雪红之后`: the names listed beside a known person are people too. */
export function expandPersonLists(drafts: AnyDraft[], ctx: ExtractContext): void {
  const { scan, article } = ctx;
  const queue = drafts.filter((d): d is PersonDraft => d.type === 'person');
  for (let p = queue.pop(); p; p = queue.pop()) {
    const candidates: Span[] = [];
    if (scan[p.end] === '、') {
      const next = personNameAt(scan, p.end + 1);
      if (next && CLOSES_NAME.test(scan[next.end] ?? ' ')) candidates.push(next);
    }
    if (scan[p.start - 1] === '、') {
      const end = p.start - 1;
      const length = [3, 2].find((n) => end - n >= 0 && personNameAt(scan, end - n)?.end === end);
      if (length) candidates.push({ start: end - length, end });
    }
    for (const span of candidates) {
      if (drafts.some((d) => (d.type === 'organization' || d.type === 'person') && overlapping(d, span))) continue;
      const name = article.text.slice(span.start, span.end);
      const member: PersonDraft = { type: 'person', ...span, rule: PERSON_LIST_MEMBER, priority: 0, fields: { name, aliases: [] } };
      drafts.push(member);
      queue.push(member);
    }
  }
}
