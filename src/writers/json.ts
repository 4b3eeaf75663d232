import type { AnyRecord } from '../model/records.ts';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { recordJson, type ArticleRow, type RunCounts } from './columns.ts';
import type { ArticleOutcome, InputOutcome, RunInfo } from './outcome.ts';
import { FileSink, ScratchFile, type WrittenFile } from './sink.ts';

/** Lines of records.jsonl: one record a line, keys in column order. */
export function toJsonl(records: readonly AnyRecord[]): string {
  let out = '';
  for (const record of records) out += `${recordJson(record)}\n`;
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

/** An article's entry in summary.json's `articles`. */
function summaryArticle({ article, counts }: ArticleRow) {
  return {
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
  };
}

/** JSON.stringify(value, null, 2) as it reads nested `depth` levels deep. */
export function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/**
 * summary.json, its articles written to a scratch file as they pass: the same text
 * JSON.stringify(summary, null, 2) gives. Everything outside `run` depends on the inputs and
 * configuration only, so two runs over the same inputs differ in the run timestamps and nothing
 * else.
 */
export class SummaryJson {
  private readonly articles: ScratchFile;
  private first = true;

  constructor(private readonly scratch: string) {
    this.articles = new ScratchFile(scratch);
  }

  async add(rows: readonly ArticleRow[]): Promise<void> {
    let text = '';
    for (const row of rows) {
      text += `${this.first ? '' : ',\n'}    ${indented(summaryArticle(row), 2)}`;
      this.first = false;
    }
    await this.articles.write(text);
  }

  async finish(file: string, run: RunInfo, counts: RunCounts, failed: readonly InputOutcome[]): Promise<WrittenFile> {
    await this.articles.close();
    const failures = failed.map((input) => ({
      path: input.path,
      reasons: input.diagnostics.filter((d) => d.severity !== 'info').map(withoutPlace),
    }));
    const head = JSON.stringify({ run, ...counts }, null, 2).slice(0, -2);
    const sink = new FileSink(file);
    await sink.write(`${head},\n  "articles": [${this.first ? '' : '\n'}`);
    for await (const chunk of createReadStream(this.scratch, { highWaterMark: 1 << 20 })) await sink.write(chunk as Buffer);
    await sink.write(`${this.first ? '' : '\n  '}],\n  "failures": ${indented(failures, 1)}\n}\n`, counts.counts.articles);
    await rm(this.scratch, { force: true });
    return sink.close();
  }
}
