import { z } from 'zod';
import type { AnyDraft, ExtractContext } from '../engine/extractor.ts';
import type { Article } from '../model/article.ts';
import type { Reporter } from '../model/diagnostic.ts';
import { baseRecord, RECORD_TYPES, recordSchemas, type AnyRecord, type RecordType } from '../model/records.ts';
import { sentenceIndexAt } from '../text/sentences.ts';
import { consistencyChecks } from './checks.ts';

/** A record from its base fields and a draft's fields. */
type BuildRecord = (id: string, articleId: string, text: string, start: number, end: number, rule: string, sentence: string, fields: object) => AnyRecord;
const BASE_KEYS: readonly string[] = Object.keys(baseRecord.shape);

/**
 * A record of the type as parsing gives it: one object literal with every key of the schema in
 * the schema's order, which the draft's fields are then copied into. Every record of a type has
 * one shape, which the compiled check reads without a lookup per key; a field the draft lacks is
 * undefined, which JSON and the writers leave out, and a field the schema lacks is not copied,
 * as parsing drops it. The fields are walked rather than looked up by name: drafts of a type
 * come in many shapes (optional fields set or not), and a lookup by name in many shapes is slow.
 */
function recordBuilder(type: RecordType): BuildRecord {
  const keys = Object.keys(recordSchemas[type].shape);
  const own = keys.filter((key) => key !== 'type' && !BASE_KEYS.includes(key));
  const literal = keys.map((key) => (key === 'type' ? `type: ${JSON.stringify(type)}` : BASE_KEYS.includes(key) ? key : `${JSON.stringify(key)}: undefined`));
  const copies = own.map((key) => `case ${JSON.stringify(key)}: record[${JSON.stringify(key)}] = fields[key]; break;`);
  return new Function(...BASE_KEYS, 'fields', `const record = { ${literal.join(', ')} }; for (const key in fields) switch (key) { ${copies.join(' ')} } return record;`) as BuildRecord;
}

/**
 * What validation needs per record type, made at the type's first record (a process that only
 * makes ids pays nothing): its number, its builder, and its schema compiled (z.compile), whose
 * `validate` runs the generated check without copying the record. Only a record that fails is
 * parsed, for zod's messages.
 */
class TypeValidation {
  readonly build: BuildRecord;
  readonly schema: (typeof recordSchemas)[RecordType];
  constructor(readonly type: RecordType, readonly index: number) {
    this.build = recordBuilder(type);
    this.schema = z.compile(recordSchemas[type]);
  }
}
const validationByType = new Map<string, TypeValidation>();
function validationOf(type: RecordType): TypeValidation {
  let validation = validationByType.get(type);
  if (validation === undefined) validationByType.set(type, (validation = new TypeValidation(type, RECORD_TYPES.indexOf(type))));
  return validation;
}

/** A stable id: the same article, type and offsets give the same id on every run. */
export function recordId(articleId: string, type: string, start: number, end: number): string {
  return `${articleId}#${type}@${start}-${end}`;
}

/**
 * The ids of one article's records: `recordId`'s, with a second record of the same type and span
 * numbered (`~1`). Most records are the only one of their type at their start, which a small
 * integer keys (hashed far more cheaply than the id); only where a start holds more than one, or
 * the offsets are not small integers, are records counted under their ids.
 */
class ArticleIds {
  /** Per start and type number, the end of the first record there. */
  private readonly firstEnds = new Map<number, number>();
  private readonly repeats = new Map<string, number>();
  /** `${articleId}#${type}@` per type number, so that each id joins only its offsets to it. */
  private readonly prefixes: string[] = [];

  constructor(private readonly articleId: string) {}

  of({ type, index }: TypeValidation, start: number, end: number): string {
    const prefix = (this.prefixes[index] ??= `${this.articleId}#${type}@`);
    const id = `${prefix}${start}-${end}`;
    const length = end - start;
    let repeat: number;
    // `x & mask` equals x only for an integer in [0, mask]: not for NaN, negatives, fractions or strings.
    if ((start & SMALL_OFFSET) === start && (length & SMALL_OFFSET) === length) {
      const key = start * TYPE_SLOTS + index;
      const firstEnd = this.firstEnds.get(key);
      if (firstEnd === undefined) {
        this.firstEnds.set(key, end);
        return id;
      }
      repeat = this.repeats.get(id) ?? (firstEnd === end ? 1 : 0);
    } else {
      repeat = this.repeats.get(id) ?? 0;
    }
    this.repeats.set(id, repeat + 1);
    return repeat === 0 ? id : `${id}~${repeat}`;
  }
}
// A start below 2^27 times 16 type slots stays a small integer (below 2^31).
const SMALL_OFFSET = 2 ** 27 - 1;
const TYPE_SLOTS = 16;

function sentenceText(article: Article, index: number): string {
  const { start, end } = article.sentences[index]!;
  return article.text.slice(start, end);
}

/** Stamps the base fields on every draft and checks it against its schema. */
export function validateDrafts(drafts: readonly AnyDraft[], ctx: ExtractContext, reporter: Reporter): AnyRecord[] {
  const { article } = ctx;
  const records: AnyRecord[] = [];
  const ids = new ArticleIds(article.id);
  // Records of one sentence share its text rather than each slicing a copy.
  const sentenceTexts: string[] = new Array(article.sentences.length);
  for (const draft of drafts) {
    const sentenceIndex = sentenceIndexAt(article.sentences, draft.start);
    const validation = validationOf(draft.type);
    const id = ids.of(validation, draft.start, draft.end);
    const text = article.text.slice(draft.start, draft.end);
    const sentence = sentenceIndex < 0 ? '' : (sentenceTexts[sentenceIndex] ??= sentenceText(article, sentenceIndex));
    const record = validation.build(id, article.id, text, draft.start, draft.end, draft.rule, sentence, draft.fields);
    const { schema } = validation;
    if (schema.validate(record)) {
      records.push(record);
      continue;
    }
    // Parsed as the draft came, its fields spread over the base fields: what is kept and the messages are parsing's own.
    const candidate = { id, articleId: article.id, type: draft.type, text, start: draft.start, end: draft.end, rule: draft.rule, sentence, ...draft.fields };
    const result = schema.safeParse(candidate);
    if (result.success) {
      records.push(result.data as AnyRecord);
    } else {
      const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      reporter.error('validate/schema', `${draft.type} record "${text}" is invalid: ${problems}`, {
        span: { start: draft.start, end: draft.end },
        rule: draft.rule,
      });
    }
  }
  for (const check of consistencyChecks) check(records, reporter, ctx);
  return records;
}
