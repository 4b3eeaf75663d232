import type { AnyDraft, Draft, ExtractContext, Refiner } from '../engine/extractor.ts';
import type { Span } from '../model/span.ts';
import { codeUnitSet } from '../text/code-units.ts';
import { isChineseName } from '../lexicon/people.ts';
import { lowerCased } from '../extractors/organization/lower-cased.ts';

type QuoteDraft = Draft<'quote'>;
const PRONOUNS = new Set(['他', '她', '他们', '她们']);
const LATIN_PERSON = /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/;
/** What may stand between an organization and a role (OpenAI前首席执行官): 前, 的, 兼, 原, 现. */
const ROLE_QUALIFIER = codeUnitSet('前的兼原现');
const overlapping = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The occurrence of `name` nearest to the quotation, within its neighbourhood. */
function nearestOccurrence(ctx: ExtractContext, name: string, quote: QuoteDraft): Span | undefined {
  const from = Math.max(0, quote.start - 120);
  const to = Math.min(ctx.scan.length, quote.end + 120);
  let best: Span | undefined;
  for (let at = ctx.scan.indexOf(name, from); at >= 0 && at + name.length <= to; at = ctx.scan.indexOf(name, at + 1)) {
    const span = { start: at, end: at + name.length };
    if (overlapping(span, quote)) continue;
    const distance = at < quote.start ? quote.start - at : at - quote.end;
    const bestDistance = best ? (best.start < quote.start ? quote.start - best.start : best.start - quote.end) : Infinity;
    if (distance < bestDistance) best = span;
  }
  return best;
}

/**
 * A quote's speaker is a person even where no other rule named them (王振杰称): their mention is
 * added so the entity refiner links and counts it.
 */
export const speakersArePeople: Refiner = {
  id: 'refine/quote-speakers',
  refine(drafts, ctx) {
    const added: AnyDraft[] = [];
    for (const quote of drafts) {
      if (quote.type !== 'quote' || !quote.fields.speaker) continue;
      const speaker = quote.fields.speaker;
      if (!isChineseName(speaker) && !LATIN_PERSON.test(speaker) && !speaker.includes('·')) continue;
      const span = nearestOccurrence(ctx, speaker, quote);
      if (!span) continue;
      const takes = (d: AnyDraft) => (d.type === 'person' || d.type === 'organization') && overlapping(d, span);
      const taken = drafts.some(takes) || added.some(takes);
      if (!taken) added.push({ type: 'person', ...span, rule: 'person/any/quote-speaker', priority: 0, fields: { name: speaker, aliases: [] } });
    }
    return added.length ? [...drafts, ...added].sort((a, b) => a.start - b.start || a.end - b.end) : drafts;
  },
};

/**
 * Speakers under their entity's canonical name (卡帕西 → 安德烈·卡帕西), a pronoun (他表示) under
 * the last person named before the quote; people with a role get the organization named right
 * before the role (OpenAI创始成员安德烈·卡帕西).
 */
export const nameSpeakers: Refiner = {
  id: 'refine/speaker-names',
  refine(drafts, ctx) {
    // Built at the first named speaker: most articles quote nobody by name.
    let canonical: Map<string, string> | undefined;
    let lastPerson: string | undefined;
    for (const d of drafts) {
      if (d.type === 'person') {
        lastPerson = d.fields.name;
        linkRoleOrganization(d, drafts, ctx);
      }
      if (d.type !== 'quote' || !d.fields.speaker) continue;
      const speaker = d.fields.speaker;
      const resolved = PRONOUNS.has(speaker) ? lastPerson : (canonical ??= canonicalNames(drafts, ctx)).get(lowerCased(speaker));
      if (resolved) d.fields = { ...d.fields, speaker: resolved };
      else if (PRONOUNS.has(speaker)) d.fields = { verb: d.fields.verb };
    }
    return drafts;
  },
};

/** Every name, alias and mention text of the article's people and organizations (lower-cased) → the first entity's name. */
function canonicalNames(drafts: readonly AnyDraft[], ctx: ExtractContext): Map<string, string> {
  const canonical = new Map<string, string>();
  const add = (alias: string, name: string) => {
    const key = lowerCased(alias);
    if (!canonical.has(key)) canonical.set(key, name);
  };
  // The mentions of one organization share one aliases array: its aliases are added once.
  const seenAliases = new Set<readonly string[]>();
  for (const d of drafts) {
    if (d.type !== 'person' && d.type !== 'organization') continue;
    add(d.fields.name, d.fields.name);
    if (!seenAliases.has(d.fields.aliases)) {
      seenAliases.add(d.fields.aliases);
      for (const alias of d.fields.aliases) add(alias, d.fields.name);
    }
    add(ctx.article.text.slice(d.start, d.end), d.fields.name);
  }
  // Ms. Mayer said: an English surname alone names the person named in full (a full name seen first wins).
  for (const d of drafts) {
    if (d.type === 'person' && LATIN_PERSON.test(d.fields.name)) add(d.fields.name.slice(d.fields.name.lastIndexOf(' ') + 1), d.fields.name);
  }
  return canonical;
}

function linkRoleOrganization(person: Draft<'person'>, drafts: AnyDraft[], ctx: ExtractContext): void {
  const role = person.fields.role;
  if (!role || person.fields.organization) return;
  let roleStart = person.start;
  if (ctx.scan.charCodeAt(roleStart - 1) === 32) roleStart--;
  if (roleStart < role.length || !ctx.scan.startsWith(role, roleStart - role.length)) return;
  roleStart -= role.length;
  const organization = drafts.find(
    (d) => d.type === 'organization' && (d.end === roleStart || (d.end === roleStart - 1 && ROLE_QUALIFIER[ctx.scan.charCodeAt(roleStart - 1)] === 1)),
  );
  if (organization?.type === 'organization') person.fields = { ...person.fields, organization: organization.fields.name };
}
