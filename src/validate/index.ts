import { z } from 'zod';
import type { AnyDraft, ExtractContext } from '../engine/extractor.ts';
import type { Reporter } from '../model/diagnostic.ts';
import { recordSchemas, type AnyRecord, type RecordType } from '../model/records.ts';
import { sentenceAt } from '../text/sentences.ts';
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

/** Stamps the base fields on every draft and checks it against its schema. */
export function validateDrafts(drafts: readonly AnyDraft[], ctx: ExtractContext, reporter: Reporter): AnyRecord[] {
  const { article } = ctx;
  const records: AnyRecord[] = [];
  const seen = new Map<string, number>();
  for (const draft of drafts) {
    const baseId = recordId(article.id, draft.type, draft.start, draft.end);
    const repeat = seen.get(baseId) ?? 0;
    seen.set(baseId, repeat + 1);
    const sentence = sentenceAt(article.sentences, draft.start);
    const candidate = {
      id: repeat === 0 ? baseId : `${baseId}~${repeat}`,
      articleId: article.id,
      type: draft.type,
      text: article.text.slice(draft.start, draft.end),
      start: draft.start,
      end: draft.end,
      rule: draft.rule,
      sentence: sentence ? article.text.slice(sentence.start, sentence.end) : '',
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
