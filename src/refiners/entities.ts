import type { AnyDraft, Draft, ExtractContext, Refiner } from '../engine/extractor.ts';
import type { RuleId, Span } from '../model/span.ts';
import { kindOfName } from '../extractors/organization/kind.ts';
import { expandOrganizationLists } from './entities-lists.ts';
import { gazetteerEntryNamed } from '../extractors/organization/gazetteer.ts';
import type { GazetteerEntry } from '../lexicon/companies.ts';

type OrgDraft = Draft<'organization'>;
type PersonDraft = Draft<'person'>;

const GAZETTEER_RULE = 'organization/any/gazetteer';
const DEFINITION_RULE = 'organization/zh/alias-definition';
const PROPAGATED_ORGANIZATION: RuleId = 'organization/any/same-name';
const PROPAGATED_PERSON: RuleId = 'person/any/same-name';

const LEGAL_FULL_NAME = /(?:股份有限公司|有限责任公司|有限公司|集团有限公司)$/;
const isLatinOrDigit = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);

const key = (name: string) => name.trim().toLowerCase();
const isEntity = (d: AnyDraft) => d.type === 'organization' || d.type === 'person';
const overlapping = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Union-find over normalized names: two mentions sharing any name or alias are one entity. */
class NameGroups {
  private readonly parent = new Map<string, string>();

  find(name: string): string {
    const k = key(name);
    let root = this.parent.get(k) ?? k;
    if (root !== k) {
      root = this.find(root);
      this.parent.set(k, root);
    } else if (!this.parent.has(k)) {
      this.parent.set(k, k);
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/** The place a registered name may open with: 浙江运达风电股份有限公司, 山东金晶科技股份有限公司. */
const PLACE_PREFIX = /^(?:安徽|江苏|江西|浙江|广东|广西|福建|湖南|湖北|河南|河北|山东|山西|四川|云南|贵州|陕西|甘肃|吉林|辽宁|黑龙江|海南|北京|上海|天津|重庆|深圳|杭州|广州|南京|苏州|武汉|成都|西安|厦门|宁波)(?:市|省)?/;

/**
 * 华融信托 abbreviates 华融国际信托有限责任公司, 运达股份 abbreviates 浙江运达风电股份有限公司: the same
 * first character (after the place), the short name's characters in order.
 */
function abbreviates(short: string, full: string): boolean {
  const body = short.startsWith(full.slice(0, 2)) ? full : full.replace(PLACE_PREFIX, '');
  if (short.length < 2 || short.length >= body.length || short[0] !== body[0]) return false;
  let i = 0;
  for (const ch of body) if (ch === short[i]) i++;
  return i === short.length;
}

/** Every occurrence of `name` in the scan text, on Latin word boundaries. */
function* occurrences(scan: string, name: string): Generator<Span> {
  for (let at = scan.indexOf(name); at >= 0; at = scan.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (isLatinOrDigit(name[0]) && isLatinOrDigit(scan[at - 1])) continue;
    if (isLatinOrDigit(name[name.length - 1]) && isLatinOrDigit(scan[end])) continue;
    yield { start: at, end };
  }
}

function addMentions<T extends 'organization' | 'person'>(
  drafts: AnyDraft[],
  ctx: ExtractContext,
  type: T,
  names: Iterable<string>,
  fields: Draft<T>['fields'],
  rule: RuleId,
  blocks: (draft: AnyDraft) => boolean,
): void {
  for (const name of names) {
    if (name.length < 2) continue;
    for (const span of occurrences(ctx.scan, name)) {
      if (drafts.some((d) => blocks(d) && overlapping(d, span))) continue;
      drafts.push({ type, start: span.start, end: span.end, rule, priority: 0, fields: { ...fields } } as AnyDraft);
    }
  }
}

/**
 * People first: a person's later mentions (卡帕西 after 安德烈·卡帕西(Andrej Karpathy)) are found,
 * a person inside a gazetteer name (伯克希尔·哈撒韦) is dropped, and an organization glued to a
 * person's name (沈易明华融国际信托有限责任公司) is cut at the name.
 */
function linkPersons(drafts: AnyDraft[], ctx: ExtractContext): AnyDraft[] {
  const gazetteerOrgs = drafts.filter((d) => d.type === 'organization' && d.rule === GAZETTEER_RULE);
  let kept = drafts.filter((d) => d.type !== 'person' || !gazetteerOrgs.some((o) => overlapping(o, d)));
  const persons = kept.filter((d): d is PersonDraft => d.type === 'person');
  const groups = new NameGroups();
  for (const p of persons) {
    const text = ctx.article.text.slice(p.start, p.end);
    for (const alias of [text, ...p.fields.aliases, ...shortForms(p.fields.name, p.fields.aliases)]) groups.union(p.fields.name, alias);
  }
  const byRoot = new Map<string, PersonDraft[]>();
  for (const p of persons) {
    const root = groups.find(p.fields.name);
    byRoot.set(root, [...(byRoot.get(root) ?? []), p]);
  }
  for (const members of byRoot.values()) {
    const canonical = members.find((m) => m.rule !== PROPAGATED_PERSON)?.fields.name ?? members[0]!.fields.name;
    const aliases = new Set<string>();
    for (const m of members) {
      for (const a of [ctx.article.text.slice(m.start, m.end), ...m.fields.aliases, ...shortForms(m.fields.name, m.fields.aliases)]) aliases.add(a);
    }
    aliases.delete(canonical);
    const role = members.find((m) => m.fields.role)?.fields.role;
    const organization = members.find((m) => m.fields.organization)?.fields.organization;
    for (const m of members) {
      m.fields = { ...m.fields, name: canonical, aliases: [...aliases], ...(m.fields.role || !role ? {} : { role }), ...(m.fields.organization || !organization ? {} : { organization }) };
    }
    // An organization found by its ending may have swallowed the name (沈易明华融国际信托…); it is cut below.
    const blocksPerson = (d: AnyDraft) => d.type === 'person' || (d.type === 'organization' && d.rule === GAZETTEER_RULE);
    addMentions(kept, ctx, 'person', [canonical, ...aliases], { name: canonical, aliases: [...aliases] }, PROPAGATED_PERSON, blocksPerson);
  }
  const personSpans = kept.filter((d) => d.type === 'person');
  kept = kept.flatMap((d) => {
    if (d.type !== 'organization' || d.rule === GAZETTEER_RULE) return [d];
    const person = personSpans.find((p) => overlapping(p, d));
    if (!person) return [d];
    if (person.start <= d.start && person.end < d.end && d.end - person.end >= 2) {
      const name = ctx.article.text.slice(person.end, d.end);
      return [{ ...d, start: person.end, fields: { ...d.fields, name, kind: kindOfName(name) } }];
    }
    return [];
  });
  return kept;
}

/** 安德烈·卡帕西 is also 卡帕西; Andrej Karpathy is also Karpathy. */
function shortForms(name: string, aliases: readonly string[]): string[] {
  const forms: string[] = [];
  if (name.includes('·')) forms.push(name.slice(name.lastIndexOf('·') + 1));
  for (const alias of aliases) {
    const words = alias.split(/\s+/);
    if (words.length >= 2 && /^[A-Z][a-z]{3,}$/.test(words[words.length - 1]!)) forms.push(words[words.length - 1]!);
  }
  return forms.filter((f) => f.length >= 2);
}

/**
 * Organizations: mentions that share a name or alias, or whose short name abbreviates a
 * registered name of the article (华融信托, 华融国际信托有限责任公司), become one entity with one
 * canonical name (the gazetteer's, else the defined short name, else the most frequent mention),
 * all aliases, the kind and the security (the article's own bracketed code first).
 */
function linkOrganizations(drafts: AnyDraft[], ctx: ExtractContext): void {
  const orgs = drafts.filter((d): d is OrgDraft => d.type === 'organization');
  const mention = (d: OrgDraft) => ctx.article.text.slice(d.start, d.end);
  trimLeadIns(orgs, ctx);
  const groups = new NameGroups();
  for (const o of orgs) for (const alias of [mention(o), ...o.fields.aliases]) groups.union(o.fields.name, alias);

  // Each group's gazetteer entry: from a gazetteer mention, or a registered name whose stem the
  // gazetteer knows (中国移动有限公司 is 中国移动).
  const entryOf = new Map<string, GazetteerEntry | undefined>();
  const entryFor = (root: string) => entryOf.get(groups.find(root));
  for (const o of orgs) {
    const root = groups.find(o.fields.name);
    if (entryOf.get(root)) continue;
    const stem = mention(o).replace(LEGAL_FULL_NAME, '');
    const entry = o.rule === GAZETTEER_RULE ? gazetteerEntryNamed(o.fields.name, ctx) : stem !== mention(o) ? gazetteerEntryNamed(stem, ctx) : undefined;
    entryOf.set(root, entry);
  }
  const names = [...new Set(orgs.flatMap((o) => [o.fields.name, mention(o)]))];
  for (const full of names.filter((n) => LEGAL_FULL_NAME.test(n))) {
    for (const short of names) {
      if (!abbreviates(short, full)) continue;
      const a = entryFor(short);
      const b = entryFor(full);
      if (a && b && a !== b) continue;
      groups.union(short, full);
      entryOf.set(groups.find(full), a ?? b);
    }
  }

  const byRoot = new Map<string, OrgDraft[]>();
  for (const o of orgs) {
    const root = groups.find(o.fields.name);
    byRoot.set(root, [...(byRoot.get(root) ?? []), o]);
  }
  const securities = drafts.filter((d): d is Draft<'security'> => d.type === 'security');
  for (const [root, members] of byRoot) {
    const entry = entryOf.get(root) ?? members.map((m) => entryFor(m.fields.name)).find(Boolean);
    const defined = members.find((m) => m.rule === DEFINITION_RULE);
    const canonical = entry?.name ?? defined?.fields.name ?? mostFrequent(members.map(mention));
    const aliases = new Set<string>(entry?.aliases ?? []);
    for (const m of members) for (const a of [m.fields.name, mention(m), ...m.fields.aliases]) aliases.add(a);
    aliases.delete(canonical);
    const kind = entry?.kind ?? defined?.fields.kind ?? kindOfName(canonical);
    const security = securityBeside(members, securities, ctx) ?? entry?.security ?? members.find((m) => m.fields.security)?.fields.security;
    const fields = { name: canonical, aliases: [...aliases], kind, ...(security ? { security } : {}) };
    for (const m of members) m.fields = { ...fields, aliases: [...fields.aliases] };
    if (!members.some((m) => m.rule === GAZETTEER_RULE)) addMentions(drafts, ctx, 'organization', [canonical, ...aliases], fields, PROPAGATED_ORGANIZATION, isEntity);
  }
}

/** A place before a name is part of it (北京君正); other lead-ins are not (不论中弘股份). */
const PLACE = /^(?:中国|北京|上海|深圳|香港|杭州|广州|天津|重庆|江苏|浙江|广东|山东|安徽|福建|湖南|湖北|四川)$/;

/**
 * A name found by its ending may have swallowed a lead-in (不论中弘股份, 使中弘股份): where the
 * article names the same company without it, the mention is cut to that name.
 */
function trimLeadIns(orgs: OrgDraft[], ctx: ExtractContext): void {
  const texts = orgs.map((o) => ctx.article.text.slice(o.start, o.end));
  const known = [...new Set(texts)].filter((t) => t.length >= 3).sort((a, b) => b.length - a.length);
  orgs.forEach((o, i) => {
    if (o.rule === GAZETTEER_RULE || o.rule === DEFINITION_RULE) return;
    const text = texts[i]!;
    const name = known.find((k) => k.length < text.length && text.endsWith(k));
    const lead = name ? text.slice(0, text.length - name.length) : '';
    if (!name || lead.length > 4 || PLACE.test(lead)) return;
    o.start = o.end - name.length;
    o.fields = { ...o.fields, name };
  });
}

function mostFrequent(texts: string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0];
}

/** Between a name and its code: brackets, an exchange prefix, an inline live quote. */
const BETWEEN_NAME_AND_CODE = /^[\s(]*(?:\(?[\d.]+,\s?-?[\d.]+,\s?-?[\d.]+%\)\s*\(?)?[\s(]*(?:(?:SH|SZ|HK|BJ|NASDAQ|NYSE|AMEX)\s*:?\s*)?$/;

function securityBeside(members: OrgDraft[], securities: Draft<'security'>[], ctx: ExtractContext): string | undefined {
  for (const m of members) {
    for (const s of securities) {
      if (s.start >= m.end && s.start - m.end <= 30 && BETWEEN_NAME_AND_CODE.test(ctx.scan.slice(m.end, s.start))) return s.fields.symbol;
    }
  }
  return undefined;
}

/** Canonical names, aliases and links of organizations and people across the article. */
export const linkEntities: Refiner = {
  id: 'refine/entities',
  refine(drafts, ctx) {
    const kept = linkPersons(drafts, ctx);
    expandOrganizationLists(kept, ctx);
    linkOrganizations(kept, ctx);
    return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
  },
};
