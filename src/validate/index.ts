import { z } from 'zod';
import type { AnyDraft, ExtractContext } from '../engine/extractor.ts';
import type { Article } from '../model/article.ts';
import type { Reporter } from '../model/diagnostic.ts';
import { RECORD_TYPES, recordSchemas, type AnyRecord, type RecordType } from '../model/records.ts';
import { sentenceIndexAt } from '../text/sentences.ts';
import { consistencyChecks } from './checks.ts';

/**
 * Each record schema compiled to a generated parser, at its first record: a valid record is
 * checked and copied without zod's per-field payloads; an invalid one falls back to the schema
 * itself, so what is rejected and the messages are the same.
 */
const compiledSchemas: { [T in RecordType]?: (typeof recordSchemas)[T] } = {};
function compiledSchema<T extends RecordType>(type: T): (typeof recordSchemas)[T] {
  return (compiledSchemas[type] ??= z.compile(recordSchemas[type]) as (typeof recordSchemas)[T]);
}

/** A stable id: the same article, type and offsets give the same id on every run. */
export function recordId(articleId: string, type: string, start: number, end: number): string {
  return `${articleId}#${type}@${start}-${end}`;
}

/**
 * The ids of one article's records: `recordId`'s, with a second record of the same type and span
 * numbered (`~1`). Repeats are counted under a number, which hashes far more cheaply than the id:
 * within the masks it is unique to the type, start and length, and the id keys anything else.
 */
class ArticleIds {
  private readonly seen = new Map<number | string, number>();
  /** `${articleId}#${type}@` per type, so that each id joins only its offsets to it. */
  private readonly prefixes = new Map<string, string>();

  constructor(private readonly articleId: string) {}

  of(type: string, start: number, end: number): string {
    let prefix = this.prefixes.get(type);
    if (prefix === undefined) this.prefixes.set(type, (prefix = `${this.articleId}#${type}@`));
    const id = `${prefix}${start}-${end}`;
    const typeIndex = TYPE_INDEX.get(type);
    const length = end - start;
    // `x & mask` equals x only for an integer in [0, mask]: not for NaN, negatives, fractions or strings.
    const numbered = typeIndex !== undefined && (start & START_MASK) === start && (length & LENGTH_MASK) === length;
    const key = numbered ? (start * (LENGTH_MASK + 1) + length) * TYPE_SLOTS + typeIndex : id;
    const repeat = this.seen.get(key) ?? 0;
    this.seen.set(key, repeat + 1);
    return repeat === 0 ? id : `${id}~${repeat}`;
  }
}
// start × length × type slots stays below 2^53, where every integer is exact.
const START_MASK = 2 ** 27 - 1;
const LENGTH_MASK = 2 ** 22 - 1;
const TYPE_SLOTS = 16;
const TYPE_INDEX = new Map<string, number>(RECORD_TYPES.map((type, index) => [type, index]));

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
    const candidate = {
      id: ids.of(draft.type, draft.start, draft.end),
      articleId: article.id,
      type: draft.type,
      text: article.text.slice(draft.start, draft.end),
      start: draft.start,
      end: draft.end,
      rule: draft.rule,
      sentence: sentenceIndex < 0 ? '' : (sentenceTexts[sentenceIndex] ??= sentenceText(article, sentenceIndex)),
      ...draft.fields,
    };
    const result = compiledSchema(draft.type).safeParse(candidate);
    if (result.success) {
      records.push(result.data as AnyRecord);
    } else {
      const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      reporter.error('validate/schema', `${draft.type} record "${candidate.text}" is invalid: ${problems}`, {
        span: { start: draft.start, end: draft.end },
        rule: draft.rule,
      });
    }
  }
  for (const check of consistencyChecks) check(records, reporter, ctx);
  return records;
}
