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
 * Numbers the drafts that share a type and span (the second gets `~1`). Spans of the usual size
 * are keyed by a number, which hashes far more cheaply than the id string: within the masks the
 * number is unique to its type, start and length, and the id string keys anything else.
 */
class RepeatCounter {
  private readonly seen = new Map<number | string, number>();

  /** How many drafts of this type and span came before. */
  count(type: string, start: number, end: number, id: string): number {
    const typeIndex = TYPE_INDEX.get(type);
    const length = end - start;
    // `x & mask` equals x only for an integer in [0, mask]: not for NaN, negatives, fractions or strings.
    const numbered = typeIndex !== undefined && (start & START_MASK) === start && (length & LENGTH_MASK) === length;
    const key = numbered ? (start * (LENGTH_MASK + 1) + length) * TYPE_SLOTS + typeIndex : id;
    const before = this.seen.get(key) ?? 0;
    this.seen.set(key, before + 1);
    return before;
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
  const repeats = new RepeatCounter();
  // Records of one sentence share its text rather than each slicing a copy.
  const sentenceTexts: string[] = new Array(article.sentences.length);
  for (const draft of drafts) {
    const baseId = recordId(article.id, draft.type, draft.start, draft.end);
    const repeat = repeats.count(draft.type, draft.start, draft.end, baseId);
    const sentenceIndex = sentenceIndexAt(article.sentences, draft.start);
    const candidate = {
      id: repeat === 0 ? baseId : `${baseId}~${repeat}`,
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
