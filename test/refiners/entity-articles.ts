import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInput } from '../../src/load/index.ts';
import { processArticle } from '../../src/pipeline.ts';
import { parseConfig } from '../../src/config.ts';
import type { AnyRecord, OrganizationRecord, PersonRecord, QuoteRecord } from '../../src/model/records.ts';

const ARTICLES = fileURLToPath(new URL('../fixtures/corpus/articles/', import.meta.url));
const config = parseConfig({}, process.cwd());

export interface Entity {
  name: string;
  /** Aliases and mention texts, as the scoring contract collects them. */
  names: Set<string>;
  records: AnyRecord[];
}

/** An article's records, grouped as FORMAT.md scores entities: one per canonical name. */
export async function entitiesOfArticle(name: string) {
  const load = await loadInput({ absolute: path.join(ARTICLES, name), relative: name }, config);
  const records = load.articles.flatMap((a) => processArticle(a, config).records);
  return { records, ...entitiesOf(records) };
}

export function entitiesOf(records: readonly AnyRecord[]) {
  const group = (type: 'organization' | 'person') => {
    const byName = new Map<string, Entity>();
    for (const r of records.filter((x): x is OrganizationRecord | PersonRecord => x.type === type)) {
      const entity = byName.get(r.name) ?? { name: r.name, names: new Set([r.name]), records: [] };
      for (const n of [r.text, ...r.aliases]) entity.names.add(n);
      entity.records.push(r);
      byName.set(r.name, entity);
    }
    return byName;
  };
  return {
    organizations: group('organization'),
    persons: group('person'),
    quotes: records.filter((r): r is QuoteRecord => r.type === 'quote'),
  };
}

/** Every name and alias of every entity, for asserting what must not be found. */
export function allNames(entities: Map<string, Entity>): string[] {
  return [...entities.values()].flatMap((e) => [...e.names]);
}
