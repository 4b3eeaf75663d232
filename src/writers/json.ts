import type { AnyRecord } from '../model/records.ts';
import { orderedRecord, runCounts, type ArticleRow } from './columns.ts';
import { failedInputs, type ArticleOutcome, type InputOutcome, type RunInfo } from './outcome.ts';

/** Lines of records.jsonl: one record a line, keys in column order. */
export function toJsonl(records: readonly AnyRecord[]): string {
  let out = '';
  for (const record of records) out += `${JSON.stringify(orderedRecord(record))}\n`;
  return out;
}

function withoutPlace<T extends { path?: string; articleId?: string }>(item: T): Omit<T, 'path' | 'articleId'> {
  const { path: _path, articleId: _articleId, ...rest } = item;
  return rest;
}

/** What names an article wherever the outputs list articles (summary.json, report pages). */
export function articleHeading(article: ArticleOutcome) {
  return {
    id: article.id,
    path: article.path,
    status: article.status,
    title: article.meta.title,
    source: article.meta.source,
    publishedAt: article.meta.publishedAt,
  };
}

/**
 * summary.json. Everything outside `run` depends on the inputs and configuration only, so two
 * runs over the same inputs differ in the run timestamps and nothing else.
 */
export function toSummaryJson(run: RunInfo, inputs: readonly InputOutcome[], rows: readonly ArticleRow[]): string {
  const articles = rows.map(({ article, counts }) => ({
    ...articleHeading(article),
    dateline: article.meta.dateline,
    datelineDate: article.meta.datelineDate,
    authors: article.meta.authors,
    editor: article.meta.editor,
    url: article.meta.url,
    language: article.meta.language,
    format: article.format,
    encoding: article.encoding,
    bytes: article.bytes,
    counts,
    diagnostics: article.diagnostics.map(withoutPlace),
  }));
  const failures = failedInputs(inputs).map((input) => ({
    path: input.path,
    reasons: input.diagnostics.filter((d) => d.severity !== 'info').map(withoutPlace),
  }));
  const summary = { run, ...runCounts(inputs, rows), articles, failures };
  return `${JSON.stringify(summary, null, 2)}\n`;
}
