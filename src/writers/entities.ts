import type { OrganizationRecord, PersonRecord, QuoteRecord } from '../model/records.ts';
import type { Column } from './columns.ts';
import { compareText, type ArticleOutcome } from './outcome.ts';

/**
 * How many values an entity's list cells keep. A company named in every article of a long run
 * would otherwise outgrow memory and Excel's 32,767 characters a cell; the counts stay exact.
 */
export const ENTITY_LIST_LIMIT = 50;

/** Distinct values in first-seen order, up to ENTITY_LIST_LIMIT. */
class FirstValues {
  private readonly values = new Set<string>();

  add(value: string | undefined): void {
    if (value && this.values.size < ENTITY_LIST_LIMIT) this.values.add(value);
  }

  list(): string[] {
    return [...this.values];
  }
}

/**
 * One canonical entity across the run: the mentions whose `name` is its name, in every article.
 * `name` is also the filter key of the mention sheet (Organization, Person) that lists each
 * mention; `articleIds` names the first articles, `articles` counts them all.
 */
export interface EntityRow {
  name: string;
  aliases: FirstValues;
  mentions: number;
  articles: number;
  articleIds: FirstValues;
  lastArticle?: string;
}

export interface OrganizationRow extends EntityRow {
  kind?: string;
  security?: string;
}

export interface PersonRow extends EntityRow {
  roles: FirstValues;
  organizations: FirstValues;
}

/** A direct quotation with its speaker's role and organization as the same article states them. */
export interface QuoteRow {
  speaker?: string;
  speakerRole?: string;
  speakerOrganization?: string;
  text: string;
  verb?: string;
  articleId: string;
  title?: string;
  quoteId: string;
  sentence: string;
}

const entityLead = <Row extends EntityRow>(): Column<Row>[] => [{ key: 'name', kind: 'text', value: (row) => row.name }];
const entityTail = <Row extends EntityRow>(): Column<Row>[] => [
  { key: 'aliases', kind: 'list', value: (row) => row.aliases.list() },
  { key: 'mentions', kind: 'integer', value: (row) => row.mentions },
  { key: 'articles', kind: 'integer', value: (row) => row.articles },
  { key: 'articleIds', kind: 'list', value: (row) => row.articleIds.list() },
];

export const organizationEntityColumns: Column<OrganizationRow>[] = [
  ...entityLead<OrganizationRow>(),
  { key: 'kind', kind: 'text', value: (row) => row.kind },
  { key: 'security', kind: 'text', value: (row) => row.security },
  ...entityTail<OrganizationRow>(),
];

export const personEntityColumns: Column<PersonRow>[] = [
  ...entityLead<PersonRow>(),
  { key: 'roles', kind: 'list', value: (row) => row.roles.list() },
  { key: 'organizations', kind: 'list', value: (row) => row.organizations.list() },
  ...entityTail<PersonRow>(),
];

export const quoteColumns: Column<QuoteRow>[] = [
  { key: 'speaker', kind: 'text', value: (row) => row.speaker },
  { key: 'speakerRole', kind: 'text', value: (row) => row.speakerRole },
  { key: 'speakerOrganization', kind: 'text', value: (row) => row.speakerOrganization },
  { key: 'text', kind: 'text', value: (row) => row.text },
  { key: 'verb', kind: 'text', value: (row) => row.verb },
  { key: 'articleId', kind: 'text', value: (row) => row.articleId },
  { key: 'title', kind: 'text', value: (row) => row.title },
  { key: 'quoteId', kind: 'text', value: (row) => row.quoteId },
  { key: 'sentence', kind: 'text', value: (row) => row.sentence },
];

function newEntity(name: string) {
  return { name, aliases: new FirstValues(), mentions: 0, articles: 0, articleIds: new FirstValues() };
}

function countMention(entity: EntityRow, mention: OrganizationRecord | PersonRecord): void {
  if (mention.text !== entity.name) entity.aliases.add(mention.text);
  for (const alias of mention.aliases) if (alias !== entity.name) entity.aliases.add(alias);
  entity.mentions++;
  // An article's mentions arrive together, so a new article id is a new article.
  if (entity.lastArticle !== mention.articleId) {
    entity.articles++;
    entity.articleIds.add(mention.articleId);
    entity.lastArticle = mention.articleId;
  }
}

/** Most mentioned first; equal counts by name, so the order never depends on the input order. */
function byMentions(a: EntityRow, b: EntityRow): number {
  return b.mentions - a.mentions || compareText(a.name, b.name);
}

/**
 * The run's organizations and people, one row per canonical name, built as articles stream past:
 * memory grows with the number of distinct names, not of mentions or articles. Kind and
 * security are the first an article states.
 */
export class EntityCollector {
  private readonly organizations = new Map<string, OrganizationRow>();
  private readonly people = new Map<string, PersonRow>();

  add(article: ArticleOutcome): void {
    for (const record of article.records) {
      if (record.type === 'organization') this.addOrganization(record);
      else if (record.type === 'person') this.addPerson(record);
    }
  }

  private addOrganization(mention: OrganizationRecord): void {
    let entity = this.organizations.get(mention.name);
    if (!entity) this.organizations.set(mention.name, (entity = newEntity(mention.name)));
    entity.kind ??= mention.kind;
    entity.security ??= mention.security;
    countMention(entity, mention);
  }

  private addPerson(mention: PersonRecord): void {
    let entity = this.people.get(mention.name);
    if (!entity) this.people.set(mention.name, (entity = { ...newEntity(mention.name), roles: new FirstValues(), organizations: new FirstValues() }));
    entity.roles.add(mention.role);
    entity.organizations.add(mention.organization);
    countMention(entity, mention);
  }

  organizationRows(): OrganizationRow[] {
    return [...this.organizations.values()].sort(byMentions);
  }

  personRows(): PersonRow[] {
    return [...this.people.values()].sort(byMentions);
  }
}

/** The quotes of one article, each with what the article says of its speaker. */
export function quoteRows(article: ArticleOutcome): QuoteRow[] {
  const quotes = article.records.filter((record): record is QuoteRecord => record.type === 'quote');
  if (quotes.length === 0) return [];
  const people = article.records.filter((record): record is PersonRecord => record.type === 'person');
  // The speaker's mention that states a role or organization (a byline or title), wherever it is.
  const speakerOf = (name: string | undefined) =>
    name === undefined ? undefined : people.find((p) => (p.name === name || p.aliases.includes(name)) && (p.role || p.organization));
  return quotes.map((quote) => {
    const speaker = speakerOf(quote.speaker);
    return {
      speaker: quote.speaker,
      speakerRole: speaker?.role,
      speakerOrganization: speaker?.organization,
      text: quote.text,
      verb: quote.verb,
      articleId: article.id,
      title: article.meta.title,
      quoteId: quote.id,
      sentence: quote.sentence,
    };
  });
}
