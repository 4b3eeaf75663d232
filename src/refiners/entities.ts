import type { AnyDraft, Draft, ExtractContext, Refiner } from '../engine/extractor.ts';
import type { RuleId, Span } from '../model/span.ts';
import { kindOfName } from '../extractors/organization/kind.ts';
import { gazetteerEntryNamed } from '../extractors/organization/gazetteer.ts';
import { lowerCased } from '../extractors/organization/lower-cased.ts';
import type { GazetteerEntry } from '../lexicon/companies.ts';
import { CHINESE_PLACES, COUNTRIES } from '../lexicon/people.ts';
import { LIVE_QUOTE_SOURCE } from '../text/live-quote.ts';
import { addPlacedSubsidiaries, expandLatinOrganizationLists, expandMoveLists, expandOrganizationLists, expandPersonLists } from './entities-lists.ts';
import { Coverage, entityCoverage } from './entities-coverage.ts';
import { inTextOrder } from './text-order.ts';
import { NameOccurrences } from './name-occurrences.ts';
import { codeUnitSet, isHighSurrogate, isLowSurrogate } from '../text/code-units.ts';

type OrgDraft = Draft<'organization'>;
type PersonDraft = Draft<'person'>;

const GAZETTEER_RULE = 'organization/any/gazetteer';
const DEFINITION_RULE = 'organization/zh/alias-definition';
const PROPAGATED_ORGANIZATION: RuleId = 'organization/any/same-name';
const PROPAGATED_PERSON: RuleId = 'person/any/same-name';

const LEGAL_FULL_NAME = /(?:股份有限公司|有限责任公司|有限公司|集团有限公司)$/;
/** A-Z, a-z or 0-9, by code (NaN, past either end of a text, is none). */
const isLatinOrDigit = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** The first of the spans that overlaps the span. */
function firstOverlapping<T extends Span>(spans: readonly T[], span: Span): T | undefined {
  for (const s of spans) if (s.start < span.end && span.start < s.end) return s;
  return undefined;
}

/**
 * Union-find over lower-cased names: two mentions sharing any name or alias are one entity. A
 * group is known by its root's number; a caller that holds a name's node looks it up no more.
 */
class NameGroups {
  private readonly nodeOfKey = new Map<string, number>();
  private readonly parent: number[] = [];

  nodeOf(name: string): number {
    const key = lowerCased(name);
    let node = this.nodeOfKey.get(key);
    if (node === undefined) {
      node = this.parent.length;
      this.parent.push(node);
      this.nodeOfKey.set(key, node);
    }
    return node;
  }

  rootOf(start: number): number {
    let root = start;
    while (this.parent[root] !== root) root = this.parent[root]!;
    for (let node = start; node !== root; ) {
      const up = this.parent[node]!;
      this.parent[node] = root;
      node = up;
    }
    return root;
  }

  find(name: string): number {
    return this.rootOf(this.nodeOf(name));
  }

  join(a: number, b: number): void {
    const ra = this.rootOf(a);
    const rb = this.rootOf(b);
    if (ra !== rb) this.parent[ra] = rb;
  }

  union(a: string, b: string): void {
    this.join(this.nodeOf(a), this.nodeOf(b));
  }
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * For each mention, the index of the first mention with its name and text, in their order: that
 * one says all the others say.
 */
function firstOfEach(orgs: readonly OrgDraft[], texts: readonly string[]): number[] {
  // The first mention of each name; the first with another text of the same name is chained
  // after it (a name has a text or two).
  const firstOfName = new Map<string, number>();
  const nextOfName: number[] = new Array(orgs.length);
  const first: number[] = new Array(orgs.length);
  for (let i = 0; i < orgs.length; i++) {
    nextOfName[i] = -1;
    const name = orgs[i]!.fields.name;
    let j = firstOfName.get(name);
    if (j === undefined) {
      firstOfName.set(name, i);
      first[i] = i;
      continue;
    }
    while (texts[j] !== texts[i] && nextOfName[j]! >= 0) j = nextOfName[j]!;
    if (texts[j] === texts[i]) first[i] = j;
    else {
      nextOfName[j] = i;
      first[i] = i;
    }
  }
  return first;
}

/** The place a registered name may open with: 浙江运达风电股份有限公司, 山东金晶科技股份有限公司. */
const PLACE_PREFIX = new RegExp(`^(?:${CHINESE_PLACES})(?:市|省)?`);

/** Long forms that short names abbreviate besides registered names: 北京市互联网金融行业协会 (北互金协会). */
const LONG_FORM_END = /(?:集团|控股|股份|协会|研究院|联盟|委员会)$/;

/** Words that introduce the company operating a platform or brand. */
const OPERATOR_BEFORE = /(?:运营方|运营公司|运营主体)$/;
/** The characters those words end with, as codes: a cheap test before the pattern. */
const OPERATOR_LAST = new Set([...'方司体'].map((ch) => ch.charCodeAt(0)));

/** What a longer form adds to a short name: 柏荣集团 → 柏荣集团控股, 华住 → 华住集团. */
const SUFFIX_CHAIN = /^(?:集团|控股|股份|有限|责任|公司)+$/;

/**
 * 华融信托 abbreviates 华融国际信托有限责任公司, 运达股份 abbreviates 浙江运达风电股份有限公司, 北互金协会
 * abbreviates 北京市互联网金融行业协会 and 上汽集团 上海汽车集团股份有限公司: the same first character
 * (the place's own, or the first after it), the short name's characters in order.
 */
function abbreviates(short: string, full: LongForm): boolean {
  // Each way below keeps the first character: most pairs differ there.
  const opening = short.charCodeAt(0);
  if (short.length > 0 && opening !== full.name.charCodeAt(0) && opening !== full.withoutPlace.charCodeAt(0)) return false;
  if (full.name.startsWith(short) && SUFFIX_CHAIN.test(full.name.slice(short.length))) return true;
  return inOrderWithin(short, full.name) || inOrderWithin(short, full.withoutPlace);
}

/** A name that short names may abbreviate, and the same without the place it opens with. */
interface LongForm {
  name: string;
  withoutPlace: string;
}

/** The short name's characters in order within the body, read by code point (a pair matches none). */
function inOrderWithin(short: string, body: string): boolean {
  if (short.length < 2 || short.length >= body.length || short.charCodeAt(0) !== body.charCodeAt(0)) return false;
  let i = 0;
  for (let at = 0; at < body.length && i < short.length; at++) {
    const code = body.charCodeAt(at);
    if (isHighSurrogate(code) && isLowSurrogate(body.charCodeAt(at + 1))) at++;
    else if (code === short.charCodeAt(i)) i++;
  }
  return i === short.length;
}

/**
 * Adds a draft for every other occurrence of the entity's names that no entity covers yet
 * (a Latin name only on word boundaries).
 */
function addMentions<T extends 'organization' | 'person'>(
  drafts: AnyDraft[],
  covered: Coverage<AnyDraft>,
  occurrences: NameOccurrences,
  ctx: ExtractContext,
  type: T,
  names: Iterable<string>,
  fields: Draft<T>['fields'],
  rule: RuleId,
): void {
  const { scan } = ctx;
  for (const name of names) {
    if (name.length < 2) continue;
    const latinStart = isLatinOrDigit(name.charCodeAt(0));
    const latinEnd = isLatinOrDigit(name.charCodeAt(name.length - 1));
    for (const at of occurrences.of(name)) {
      const end = at + name.length;
      if ((latinStart && isLatinOrDigit(scan.charCodeAt(at - 1))) || (latinEnd && isLatinOrDigit(scan.charCodeAt(end)))) continue;
      if (covered.any(at, end) && (covered.isMention(at, end) || type !== 'organization' || !replaceInner(drafts, covered, at, end))) continue;
      const mention = { type, start: at, end, rule, priority: 0, fields: { ...fields } } as AnyDraft;
      covered.mark(mention);
      drafts.push(mention);
    }
  }
}

/**
 * A longer name wins over shorter organization mentions inside it (广汽丰田 over the 丰田 in it):
 * they are removed, and true returned, when every mention overlapping the span lies within it.
 */
function replaceInner(drafts: AnyDraft[], covered: Coverage<AnyDraft>, start: number, end: number): boolean {
  const inner = covered.within(start, end);
  const replaceable = inner.every((d) => d.type === 'organization' && d.start >= start && d.end <= end && d.end - d.start < end - start);
  if (!replaceable) return false;
  for (const d of inner) {
    const at = drafts.indexOf(d);
    if (at >= 0) drafts.splice(at, 1);
  }
  return true;
}

/** 安德烈·卡帕西 is also 卡帕西; Andrej Karpathy is also Karpathy. */
function shortForms(name: string, aliases: readonly string[]): string[] {
  const forms: string[] = [];
  if (name.includes('·')) forms.push(name.slice(name.lastIndexOf('·') + 1));
  for (const alias of aliases) {
    const words = alias.split(/\s+/);
    const last = words[words.length - 1]!;
    if (words.length >= 2 && /^[A-Z][a-z]{3,}$/.test(last)) forms.push(last);
  }
  return forms.filter((f) => f.length >= 2);
}

/**
 * People first: a person's later mentions (卡帕西 after 安德烈·卡帕西(Andrej Karpathy)) are found,
 * a person inside a gazetteer name (伯克希尔·哈撒韦) is dropped, and an organization glued to a
 * person's name (沈易明华融国际信托有限责任公司) is cut at the name.
 */
function linkPersons(drafts: AnyDraft[], ctx: ExtractContext): AnyDraft[] {
  const gazetteerOrgs: AnyDraft[] = [];
  let anyPerson = false;
  for (const d of drafts) {
    if (d.type === 'person') anyPerson = true;
    else if (d.type === 'organization' && d.rule === GAZETTEER_RULE) gazetteerOrgs.push(d);
  }
  if (!anyPerson) return drafts.slice();
  const kept = drafts.filter((d) => d.type !== 'person' || firstOverlapping(gazetteerOrgs, d) === undefined);
  const persons = kept.filter((d): d is PersonDraft => d.type === 'person');
  if (persons.length === 0) return kept;
  // Each person's names besides the one it is given: its text, aliases and short forms.
  const namesOf = persons.map((p) => [ctx.article.text.slice(p.start, p.end), ...p.fields.aliases, ...shortForms(p.fields.name, p.fields.aliases)]);
  const groups = new NameGroups();
  for (let i = 0; i < persons.length; i++) for (const alias of namesOf[i]!) groups.union(persons[i]!.fields.name, alias);

  // An organization found by its ending may have swallowed the name (沈易明华融国际信托…); it is
  // cut below, so only people and gazetteer names block a person's other mentions.
  const covered = new Coverage<AnyDraft>(ctx.scan.length);
  for (const d of kept) if (d.type === 'person' || (d.type === 'organization' && d.rule === GAZETTEER_RULE)) covered.mark(d);
  const occurrences = new NameOccurrences(ctx.scan, persons.flatMap((p, i) => [p.fields.name, ...namesOf[i]!]));
  for (const indexes of groupBy([...persons.keys()], (i) => groups.find(persons[i]!.fields.name)).values()) {
    const members = indexes.map((i) => persons[i]!);
    const canonical = members.find((m) => m.rule !== PROPAGATED_PERSON)?.fields.name ?? members[0]!.fields.name;
    const aliases = new Set<string>();
    for (const i of indexes) for (const a of namesOf[i]!) aliases.add(a);
    aliases.delete(canonical);
    const role = members.find((m) => m.fields.role)?.fields.role;
    const organization = members.find((m) => m.fields.organization)?.fields.organization;
    for (const m of members) {
      // Keys added only with a value: a deleted key turns the object into a slow dictionary.
      const fields: PersonDraft['fields'] = { ...m.fields, name: canonical, aliases: [...aliases] };
      const memberRole = m.fields.role ?? role;
      if (memberRole) fields.role = memberRole;
      else if ('role' in fields) delete fields.role;
      const memberOrganization = m.fields.organization ?? organization;
      if (memberOrganization) fields.organization = memberOrganization;
      else if ('organization' in fields) delete fields.organization;
      m.fields = fields;
    }
    addMentions(kept, covered, occurrences, ctx, 'person', [canonical, ...aliases], { name: canonical, aliases: [...aliases] }, PROPAGATED_PERSON);
  }

  expandPersonLists(kept, ctx);
  const personSpans = kept.filter((d) => d.type === 'person');
  const cut: AnyDraft[] = [];
  for (const d of kept) {
    const person = d.type === 'organization' && d.rule !== GAZETTEER_RULE ? firstOverlapping(personSpans, d) : undefined;
    if (!person) {
      cut.push(d);
      continue;
    }
    const org = d as OrgDraft;
    if (person.start <= org.start && person.end < org.end && org.end - person.end >= 2) {
      const name = ctx.article.text.slice(person.end, org.end);
      cut.push({ ...org, start: person.end, fields: { ...org.fields, name, kind: kindOfName(name) } });
    }
  }
  return cut;
}

/** A place before a name is part of it (北京君正); other lead-ins are not (不论中弘股份). */
const PLACE = new RegExp(`^(?:${CHINESE_PLACES}|${COUNTRIES})$`);

/** The longest lead-in cut off a name. */
const MAX_LEAD_IN = 4;

/**
 * A name found by its ending may have swallowed a lead-in (不论中弘股份, 使中弘股份): where the
 * article names the same company without it, the mention is cut to that name. `texts` (each
 * mention's text) follows the cuts.
 */
function trimLeadIns(orgs: OrgDraft[], texts: string[]): void {
  // The texts before any cut, by the code they open with, read at the first guessed name: a
  // suffix is compared only with the few texts opening with its first character.
  let knownByOpening: Map<number, string[]> | undefined;
  for (let i = 0; i < orgs.length; i++) {
    const o = orgs[i]!;
    if (o.rule === GAZETTEER_RULE || o.rule === DEFINITION_RULE) continue;
    knownByOpening ??= byOpening(texts);
    const text = texts[i]!;
    // The longest known name the text ends with, unless more than a lead-in comes before it.
    let name: string | undefined;
    for (let length = text.length - 1; !name && length >= 3 && length >= text.length - MAX_LEAD_IN; length--) {
      const known = knownByOpening.get(text.charCodeAt(text.length - length));
      if (known) for (const t of known) if (t.length === length && text.endsWith(t)) name = t;
    }
    if (!name || PLACE.test(text.slice(0, text.length - name.length))) continue;
    o.start = o.end - name.length;
    o.fields = { ...o.fields, name };
    texts[i] = name;
  }
}

/** The distinct texts of three characters or more, by the code they open with. */
function byOpening(texts: readonly string[]): Map<number, string[]> {
  const known = new Map<number, string[]>();
  for (const t of texts) {
    if (t.length < 3) continue;
    const sameOpening = known.get(t.charCodeAt(0));
    if (!sameOpening) known.set(t.charCodeAt(0), [t]);
    else if (!sameOpening.includes(t)) sameOpening.push(t);
  }
  return known;
}

/** What a registered or long form ends with: a cheap test before LEGAL_FULL_NAME and LONG_FORM_END. */
const LONG_FORM_LAST = codeUnitSet('司团股份会院盟');

/**
 * Organizations: mentions that share a name or alias, or whose short name abbreviates a
 * registered name of the article (华融信托, 华融国际信托有限责任公司), become one entity with one
 * canonical name (the gazetteer's, else the defined short name, else the most frequent mention),
 * all aliases, the kind and the security (the article's own bracketed code first).
 */
function linkOrganizations(drafts: AnyDraft[], ctx: ExtractContext): void {
  const orgs = drafts.filter((d): d is OrgDraft => d.type === 'organization');
  if (orgs.length === 0) return;
  // Each mention's text, sliced once: it is read by every step below.
  const texts = orgs.map((o) => ctx.article.text.slice(o.start, o.end));
  trimLeadIns(orgs, texts);
  // Mentions of one name with one text say the same: the work below is done once per pair.
  const first = firstOfEach(orgs, texts);
  const groups = new NameGroups();
  // Each mention's name as a node of the groups (the first mention's, for the others).
  const nameNode: number[] = new Array(orgs.length);
  // The names and texts of the mentions, each with its node.
  const names = new Map<string, number>();
  // The mentions of one gazetteer entry share one aliases array: it is joined to their name once.
  const joinedAliases = new Map<readonly string[], string>();
  for (let i = 0; i < orgs.length; i++) {
    if (first[i] !== i) {
      nameNode[i] = nameNode[first[i]!]!;
      continue;
    }
    const o = orgs[i]!;
    const node = (nameNode[i] = groups.nodeOf(o.fields.name));
    names.set(o.fields.name, node);
    // Most mentions read as their name: its node is the text's.
    if (texts[i] !== o.fields.name) {
      const textNode = groups.nodeOf(texts[i]!);
      groups.join(node, textNode);
      if (!names.has(texts[i]!)) names.set(texts[i]!, textNode);
    }
    if (joinedAliases.get(o.fields.aliases) === o.fields.name) continue;
    joinedAliases.set(o.fields.aliases, o.fields.name);
    for (const alias of o.fields.aliases) groups.join(node, groups.nodeOf(alias));
  }

  // Each group's gazetteer entry: from a gazetteer mention, or a registered name whose stem the
  // gazetteer knows (中国移动有限公司 is 中国移动).
  const entryOf = new Map<number, GazetteerEntry>();
  for (let i = 0; i < orgs.length; i++) {
    if (first[i] !== i) continue;
    const o = orgs[i]!;
    const text = texts[i]!;
    // Every legal ending ends in 公司: other names are their own stem.
    const stem = text.endsWith('公司') ? text.replace(LEGAL_FULL_NAME, '') : text;
    const entry = o.rule === GAZETTEER_RULE ? gazetteerEntryNamed(o.fields.name, ctx) : stem !== text ? gazetteerEntryNamed(stem, ctx) : undefined;
    const root = groups.rootOf(nameNode[i]!);
    if (entry && !entryOf.has(root)) entryOf.set(root, entry);
  }
  // 平台运营方上海你我贷互联网金融信息服务有限公司: the company running a platform is not the platform.
  const operators = new Set<string>();
  for (let i = 0; i < orgs.length; i++) {
    const start = orgs[i]!.start;
    if (OPERATOR_LAST.has(ctx.scan.charCodeAt(start - 1)) && OPERATOR_BEFORE.test(ctx.scan.slice(Math.max(0, start - 4), start))) operators.add(texts[i]!);
  }
  // Arrays, read once per long form: iterating the map again for each costs more than the checks.
  const nameList = [...names.keys()];
  const nodeList = [...names.values()];
  for (const [name, node] of names) {
    if (LONG_FORM_LAST[name.charCodeAt(name.length - 1)] !== 1 || !(LEGAL_FULL_NAME.test(name) || LONG_FORM_END.test(name)) || operators.has(name)) continue;
    const full: LongForm = { name, withoutPlace: name.replace(PLACE_PREFIX, '') };
    for (let s = 0; s < nameList.length; s++) {
      const short = nameList[s]!;
      const shortNode = nodeList[s]!;
      if (!abbreviates(short, full)) continue;
      const a = entryOf.get(groups.rootOf(shortNode));
      const b = entryOf.get(groups.rootOf(node));
      if (a && b && a !== b) continue;
      groups.join(shortNode, node);
      const entry = a ?? b;
      if (entry) entryOf.set(groups.rootOf(node), entry);
    }
  }

  const securities = drafts.filter((d): d is Draft<'security'> => d.type === 'security');
  const membersOf = new Map<number, number[]>();
  for (let i = 0; i < orgs.length; i++) {
    const root = groups.rootOf(nameNode[i]!);
    const members = membersOf.get(root);
    if (members) members.push(i);
    else membersOf.set(root, [i]);
  }
  // The entities whose other mentions are looked for (a gazetteer name's were all found), and their names.
  const propagated: Array<{ names: string[]; fields: OrgDraft['fields'] }> = [];
  for (const [root, indexes] of membersOf) {
    const entry = entryOf.get(root);
    let defined: OrgDraft | undefined;
    let anyGazetteer = false;
    let ownSecurity: string | undefined;
    for (const i of indexes) {
      const m = orgs[i]!;
      if (m.rule === DEFINITION_RULE) defined ??= m;
      else if (m.rule === GAZETTEER_RULE) anyGazetteer = true;
      if (!ownSecurity && m.fields.security) ownSecurity = m.fields.security;
    }
    const canonical = entry?.name ?? defined?.fields.name ?? mostFrequent(indexes, texts);
    const aliases = new Set<string>(entry?.aliases);
    for (const i of indexes) {
      if (first[i] !== i) continue;
      const m = orgs[i]!;
      aliases.add(m.fields.name).add(texts[i]!);
      if (m.fields.aliases !== entry?.aliases) for (const a of m.fields.aliases) aliases.add(a);
    }
    aliases.delete(canonical);
    const kind = entry?.kind ?? defined?.fields.kind ?? kindOfName(canonical);
    const security = securityBeside(orgs, indexes, securities, ctx) ?? entry?.security ?? ownSecurity;
    // One aliases array per entity: read-only downstream, and copying it per mention costs.
    const aliasList = [...aliases];
    for (const i of indexes) orgs[i]!.fields = security ? { name: canonical, aliases: aliasList, kind, security } : { name: canonical, aliases: aliasList, kind };
    if (!anyGazetteer) propagated.push({ names: [canonical, ...aliasList], fields: orgs[indexes[0]!]!.fields });
  }
  if (propagated.length === 0) return;
  const covered = entityCoverage(drafts, ctx.scan.length);
  const occurrences = new NameOccurrences(ctx.scan, propagated.flatMap((p) => p.names));
  for (const { names, fields } of propagated) addMentions(drafts, covered, occurrences, ctx, 'organization', names, fields, PROPAGATED_ORGANIZATION);
}

/** The text given most often among the mentions, the shorter on a tie, else the first given. */
function mostFrequent(indexes: readonly number[], texts: readonly string[]): string {
  if (indexes.length === 1) return texts[indexes[0]!]!;
  const counts = new Map<string, number>();
  for (const i of indexes) counts.set(texts[i]!, (counts.get(texts[i]!) ?? 0) + 1);
  let best = texts[indexes[0]!]!;
  for (const [text, count] of counts) {
    const bestCount = counts.get(best)!;
    if (count > bestCount || (count === bestCount && text.length < best.length)) best = text;
  }
  return best;
}

/** Between a name and its code: brackets, an exchange prefix, an inline live quote. */
const BETWEEN_NAME_AND_CODE = new RegExp(String.raw`^\s*(?:${LIVE_QUOTE_SOURCE}\s*)?[\s(]*(?:(?:SH|SZ|HK|BJ|NASDAQ|NYSE|AMEX)\s*:?\s*)?$`);

function securityBeside(orgs: readonly OrgDraft[], members: readonly number[], securities: Draft<'security'>[], ctx: ExtractContext): string | undefined {
  if (securities.length === 0) return undefined;
  for (const i of members) {
    const m = orgs[i]!;
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
    expandLatinOrganizationLists(kept, ctx);
    expandMoveLists(kept, ctx);
    addPlacedSubsidiaries(kept, ctx);
    linkOrganizations(kept, ctx);
    return inTextOrder(kept);
  },
};
