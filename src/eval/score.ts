import type { GoldEntity, GoldEvent, GoldFile, GoldMetadata, GoldQuote, GoldRecord } from './gold.ts';

/**
 * Scoring of one article's predictions against its gold file, exactly as
 * `../shared/gold/FORMAT.md` states it. Pure: plain objects in, counts out, so other suites
 * (and the unit tests) score the same way the `eval` command does.
 */

/** A predicted record as the pipeline emits it (flat fields; `start` gives document order). */
export type PredictedRecord = { readonly type: string; readonly text: string; readonly start?: number } & Readonly<
  Record<string, unknown>
>;

/** Predicted article metadata (the loader's `ArticleMeta`). */
export type PredictedMetadata = Readonly<Record<string, unknown>>;

export interface AttributeTally {
  correct: number;
  total: number;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  /** Per attribute, over true positives whose gold record states it. */
  attributes: Record<string, AttributeTally>;
  /** Human-readable misses for `--verbose`. */
  falseNegatives: string[];
  falsePositives: string[];
  attributeMisses: string[];
}

export interface MetadataScore {
  right: number;
  total: number;
  fields: Record<string, { gold: unknown; predicted: unknown; right: boolean }>;
}

export interface ArticleScore {
  /** Keyed by record type: mention types, `organization`, `person`, `quote`, `event`. */
  types: Record<string, TypeScore>;
  metadata?: MetadataScore;
}

/** Value fields: all must be equal for a pair to match. */
export const VALUE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  money: ['amount', 'currency'],
  percent: ['value'],
  ratio: ['value'],
  date: ['value'],
  security: ['symbol'],
};

/** Attribute fields: scored separately as accuracy over true positives. */
export const ATTRIBUTE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  money: ['qualifier', 'per'],
  percent: ['qualifier', 'direction', 'unit'],
  ratio: ['qualifier'],
  date: ['granularity', 'timezone'],
  security: ['name'],
};

/** Attributes scored as present/absent only (free text). */
const PRESENCE_ONLY_ATTRIBUTES = new Set(['per']);

const NON_MENTION_TYPES = new Set(['organization', 'person', 'quote', 'event']);
const ENTITY_TYPES = ['organization', 'person'] as const;

const WHITE_SPACE = /\s+/gu;
const QUOTATION_MARKS = /["'“”‘’「」『』«»‹›„‚＂＇]/gu;

export function emptyTypeScore(): TypeScore {
  return { tp: 0, fp: 0, fn: 0, attributes: {}, falseNegatives: [], falsePositives: [], attributeMisses: [] };
}

/** Numbers equal within a relative 1e-9. */
export function numbersEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Same string, or the predicted value refines the gold day with a time (`2025-02-06` vs `2025-02-06T03:00`). */
export function dateValuesEqual(gold: string, predicted: string): boolean {
  if (gold === predicted) return true;
  return /^\d{4}-\d{2}-\d{2}$/.test(gold) && predicted.startsWith(`${gold}T`);
}

/** One text contains the other after white space is removed. */
export function textsOverlap(a: string, b: string): boolean {
  const x = a.replace(WHITE_SPACE, '');
  const y = b.replace(WHITE_SPACE, '');
  if (!x || !y) return false;
  return x.includes(y) || y.includes(x);
}

function valueFieldEqual(type: string, field: string, gold: unknown, predicted: unknown): boolean {
  if (gold === undefined || predicted === undefined) return gold === predicted;
  if (typeof gold === 'number' && typeof predicted === 'number') return numbersEqual(gold, predicted);
  if (typeof gold === 'string' && typeof predicted === 'string') {
    if (type === 'date' && field === 'value') return dateValuesEqual(gold.trim(), predicted.trim());
    return gold.trim() === predicted.trim();
  }
  return false;
}

function attributeEqual(field: string, gold: unknown, predicted: unknown): boolean {
  if (PRESENCE_ONLY_ATTRIBUTES.has(field)) return predicted !== undefined && predicted !== null && predicted !== '';
  if (typeof gold === 'string' && typeof predicted === 'string') return gold.trim() === predicted.trim();
  if (typeof gold === 'number' && typeof predicted === 'number') return numbersEqual(gold, predicted);
  return gold === predicted;
}

function describeRecord(record: Readonly<Record<string, unknown>>): string {
  const fields = VALUE_FIELDS[String(record.type)] ?? [];
  const values = fields.filter((f) => record[f] !== undefined).map((f) => `${f}=${String(record[f])}`);
  return [JSON.stringify(record.text), ...values].join(' ');
}

function inDocumentOrder(records: readonly PredictedRecord[]): PredictedRecord[] {
  return records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => (a.record.start ?? a.index) - (b.record.start ?? b.index) || a.index - b.index)
    .map((entry) => entry.record);
}

/**
 * Mention records of one type: required gold records in document order (the gold file's
 * order) each take the first unmatched prediction that overlaps and agrees on every value
 * field; then optional gold records take leftovers by overlap alone.
 */
export function scoreMentions(type: string, gold: readonly GoldRecord[], predicted: readonly PredictedRecord[]): TypeScore {
  const score = emptyTypeScore();
  const candidates = inDocumentOrder(predicted.filter((p) => p.type === type));
  const matched = new Array<boolean>(candidates.length).fill(false);
  const valueFields = VALUE_FIELDS[type] ?? [];
  const attributeFields = ATTRIBUTE_FIELDS[type] ?? [];
  const ofType = gold.filter((g) => g.type === type);

  for (const goldRecord of ofType.filter((g) => !g.optional)) {
    const index = candidates.findIndex(
      (p, i) =>
        !matched[i] &&
        textsOverlap(goldRecord.text, p.text) &&
        valueFields.every((f) => valueFieldEqual(type, f, goldRecord[f], p[f])),
    );
    const match = candidates[index];
    if (!match) {
      score.fn++;
      // A prediction over the same words with other values is the likely culprit: name it.
      const nearMiss = candidates.find((p) => textsOverlap(goldRecord.text, p.text));
      score.falseNegatives.push(describeRecord(goldRecord) + (nearMiss ? ` (overlapping prediction: ${describeRecord(nearMiss)})` : ''));
      continue;
    }
    matched[index] = true;
    score.tp++;
    for (const field of attributeFields) {
      if (goldRecord[field] === undefined) continue;
      const tally = (score.attributes[field] ??= { correct: 0, total: 0 });
      tally.total++;
      if (attributeEqual(field, goldRecord[field], match[field])) tally.correct++;
      else
        score.attributeMisses.push(
          `${JSON.stringify(goldRecord.text)} ${field}: gold ${JSON.stringify(goldRecord[field])}, predicted ${JSON.stringify(match[field] ?? null)}`,
        );
    }
  }
  for (const goldRecord of ofType.filter((g) => g.optional)) {
    const index = candidates.findIndex((p, i) => !matched[i] && textsOverlap(goldRecord.text, p.text));
    if (index >= 0) matched[index] = true;
  }
  candidates.forEach((p, i) => {
    if (matched[i]) return;
    score.fp++;
    score.falsePositives.push(describeRecord(p));
  });
  return score;
}

/** Trimmed, Latin letters case-folded: how entity names compare. */
export function entityKey(name: string): string {
  return name.trim().toLowerCase();
}

export interface PredictedEntity {
  name: string;
  /** Keys of the canonical name, every alias and every mention text. */
  keys: Set<string>;
}

/** The distinct canonical names of one entity type, in order of first mention, with their aliases and mention texts. */
export function predictedEntities(records: readonly PredictedRecord[], type: string): PredictedEntity[] {
  const byName = new Map<string, PredictedEntity>();
  for (const record of inDocumentOrder(records.filter((r) => r.type === type))) {
    const name = typeof record.name === 'string' && record.name.trim() ? record.name.trim() : record.text.trim();
    let entity = byName.get(name);
    if (!entity) {
      entity = { name, keys: new Set([entityKey(name)]) };
      byName.set(name, entity);
    }
    entity.keys.add(entityKey(record.text));
    if (Array.isArray(record.aliases)) {
      for (const alias of record.aliases) if (typeof alias === 'string' && alias.trim()) entity.keys.add(entityKey(alias));
    }
  }
  return [...byName.values()];
}

function goldEntityKeys(entity: GoldEntity): Set<string> {
  return new Set([entity.name, ...entity.aliases].filter((n) => n.trim()).map(entityKey));
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

/**
 * Generic set matching used by entities, quotes and events: required gold items first, then
 * optional ones, each taking the first unmatched prediction that `matches`. Unmatched
 * required gold items are misses; unmatched predictions are false positives.
 */
function matchSets<G extends { optional?: boolean | undefined }, P>(
  gold: readonly G[],
  predicted: readonly P[],
  matches: (g: G, p: P) => boolean,
  describeGold: (g: G) => string,
  describePredicted: (p: P) => string,
): TypeScore {
  const score = emptyTypeScore();
  const matched = new Array<boolean>(predicted.length).fill(false);
  for (const optionalPass of [false, true]) {
    for (const g of gold.filter((item) => Boolean(item.optional) === optionalPass)) {
      const index = predicted.findIndex((p, i) => !matched[i] && matches(g, p));
      if (index >= 0) {
        matched[index] = true;
        if (!optionalPass) score.tp++;
      } else if (!optionalPass) {
        score.fn++;
        score.falseNegatives.push(describeGold(g));
      }
    }
  }
  predicted.forEach((p, i) => {
    if (matched[i]) return;
    score.fp++;
    score.falsePositives.push(describePredicted(p));
  });
  return score;
}

export function scoreEntities(type: string, gold: readonly GoldEntity[], predicted: readonly PredictedRecord[]): TypeScore {
  return matchSets(
    gold.filter((g) => g.type === type),
    predictedEntities(predicted, type),
    (g, p) => intersects(goldEntityKeys(g), p.keys),
    (g) => [g.name, ...g.aliases].join(' | '),
    (p) => [...p.keys].join(' | '),
  );
}

/** The names a speaker goes by: the name itself plus the aliases of every entity that has it among its names. */
function speakerKeys(speaker: string, entities: ReadonlyArray<ReadonlySet<string>>): Set<string> {
  const key = entityKey(speaker);
  const keys = new Set([key]);
  for (const names of entities) if (names.has(key)) for (const name of names) keys.add(name);
  return keys;
}

function quoteBody(text: string): string {
  return text.replace(QUOTATION_MARKS, '').replace(WHITE_SPACE, '');
}

export function scoreQuotes(
  gold: readonly GoldQuote[],
  predicted: readonly PredictedRecord[],
  goldEntities: readonly GoldEntity[] = [],
): TypeScore {
  const goldNames = goldEntities.map(goldEntityKeys);
  const predictedNames = ENTITY_TYPES.flatMap((t) => predictedEntities(predicted, t).map((e) => e.keys));
  const quotes = inDocumentOrder(predicted.filter((p) => p.type === 'quote'));
  return matchSets(
    gold,
    quotes,
    (g, p) => {
      const goldBody = quoteBody(g.text);
      const body = quoteBody(p.text);
      if (!goldBody || !body || !(goldBody.includes(body) || body.includes(goldBody))) return false;
      // A gold quote without a speaker is matched on its words alone.
      if (g.speaker === undefined) return true;
      if (typeof p.speaker !== 'string' || !p.speaker.trim()) return false;
      return intersects(speakerKeys(g.speaker, goldNames), speakerKeys(p.speaker, predictedNames));
    },
    (g) => `${g.speaker ?? '?'}: ${JSON.stringify(g.text)}`,
    (p) => `${typeof p.speaker === 'string' ? p.speaker : '?'}: ${JSON.stringify(p.text)}`,
  );
}

function subjectsMatch(gold: string, predicted: string, goldNames: ReadonlyArray<ReadonlySet<string>>): boolean {
  const g = gold.trim();
  const p = predicted.trim();
  if (!g || !p) return false;
  if (g === p || g.includes(p) || p.includes(g)) return true;
  const gk = entityKey(g);
  const pk = entityKey(p);
  return goldNames.some((names) => names.has(gk) && names.has(pk));
}

export function scoreEvents(
  gold: readonly GoldEvent[],
  predicted: readonly PredictedRecord[],
  goldEntities: readonly GoldEntity[] = [],
): TypeScore {
  const goldNames = goldEntities.map(goldEntityKeys);
  const events = inDocumentOrder(predicted.filter((p) => p.type === 'event'));
  return matchSets(
    gold,
    events,
    (g, p) =>
      p.eventType === g.eventType &&
      typeof p.subject === 'string' &&
      subjectsMatch(g.subject, p.subject, goldNames) &&
      (g.date === undefined || (typeof p.date === 'string' && dateValuesEqual(g.date.trim(), p.date.trim()))),
    (g) => `${g.eventType} ${g.subject}${g.date ? ` @${g.date}` : ''}`,
    (p) => `${String(p.eventType)} ${String(p.subject)}${typeof p.date === 'string' ? ` @${p.date}` : ''}`,
  );
}

function metadataFieldRight(field: string, gold: unknown, predicted: unknown): boolean {
  if (field === 'authors' && Array.isArray(gold)) {
    if (!Array.isArray(predicted)) return gold.length === 0;
    const want = new Set(gold.map((a) => String(a).trim()));
    const got = new Set(predicted.map((a) => String(a).trim()));
    return want.size === got.size && [...want].every((a) => got.has(a));
  }
  if (typeof gold !== 'string' || typeof predicted !== 'string') return false;
  if (field === 'publishedAt') return predicted.trim().startsWith(gold.trim());
  return gold.trim() === predicted.trim();
}

/** Each field the gold metadata states is right or not; `authors` is a set, `publishedAt` a prefix. */
export function scoreMetadata(gold: GoldMetadata, predicted: PredictedMetadata): MetadataScore {
  const score: MetadataScore = { right: 0, total: 0, fields: {} };
  for (const [field, value] of Object.entries(gold)) {
    if (value === undefined) continue;
    const right = metadataFieldRight(field, value, predicted[field]);
    score.total++;
    if (right) score.right++;
    score.fields[field] = { gold: value, predicted: predicted[field] ?? null, right };
  }
  return score;
}

/** Mention types scored for an article: the format's five, plus any other type its gold records name. */
function mentionTypes(gold: readonly GoldRecord[]): string[] {
  const types = new Set(Object.keys(VALUE_FIELDS));
  for (const record of gold) if (!NON_MENTION_TYPES.has(record.type)) types.add(record.type);
  return [...types];
}

/** Scores every section the gold file states; sections it leaves out are not scored. */
export function scoreArticle(gold: GoldFile, predicted: readonly PredictedRecord[], metadata: PredictedMetadata): ArticleScore {
  const types: Record<string, TypeScore> = {};
  if (gold.records) {
    for (const type of mentionTypes(gold.records)) types[type] = scoreMentions(type, gold.records, predicted);
  }
  if (gold.entities) {
    for (const type of ENTITY_TYPES) types[type] = scoreEntities(type, gold.entities, predicted);
  }
  if (gold.quotes) types.quote = scoreQuotes(gold.quotes, predicted, gold.entities);
  if (gold.events) types.event = scoreEvents(gold.events, predicted, gold.entities);
  const score: ArticleScore = { types };
  if (gold.metadata) score.metadata = scoreMetadata(gold.metadata, metadata);
  return score;
}

export interface Rates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** P/R/F1; undefined ratios (nothing predicted, nothing expected) are null. F1 = 2TP / (2TP + FP + FN). */
export function rates({ tp, fp, fn }: { tp: number; fp: number; fn: number }): Rates {
  return {
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tp + fn ? tp / (tp + fn) : null,
    f1: tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : null,
  };
}

/** Micro-average: counts and tallies summed over articles. */
export function sumScores(scores: readonly ArticleScore[]): ArticleScore {
  const total: ArticleScore = { types: {} };
  for (const score of scores) {
    for (const [type, typeScore] of Object.entries(score.types)) {
      const sum = (total.types[type] ??= emptyTypeScore());
      sum.tp += typeScore.tp;
      sum.fp += typeScore.fp;
      sum.fn += typeScore.fn;
      for (const [field, tally] of Object.entries(typeScore.attributes)) {
        const into = (sum.attributes[field] ??= { correct: 0, total: 0 });
        into.correct += tally.correct;
        into.total += tally.total;
      }
    }
    if (score.metadata) {
      const into = (total.metadata ??= { right: 0, total: 0, fields: {} });
      into.right += score.metadata.right;
      into.total += score.metadata.total;
    }
  }
  return total;
}
