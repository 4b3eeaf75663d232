import { z } from 'zod';
import type { Diagnostic } from '../model/diagnostic.ts';
import { RECORD_TYPES, baseRecord, recordSchemas, type AnyRecord, type RecordType } from '../model/records.ts';
import { countRecords, failedInputs, type ArticleOutcome, type InputOutcome } from './outcome.ts';

/**
 * One column spec per table, shared by the CSV and XLSX writers (and the key order of
 * records.jsonl). Record columns derive from the zod schemas of src/model/records.ts, so a
 * field added there appears in every output without touching the writers.
 */
export type ColumnKind =
  | 'text'
  | 'integer'
  | 'number'
  | 'boolean'
  /** An ISO 8601 date or prefix: full dates become spreadsheet dates, partial ones stay text. */
  | 'date'
  /** An array, joined with "; " in CSV and XLSX. */
  | 'list';

export interface Column<Row> {
  key: string;
  kind: ColumnKind;
  value: (row: Row) => unknown;
}

export const LIST_SEPARATOR = '; ';

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

export function kindOf(schema: z.ZodType): ColumnKind {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodNumber) return inner.format === 'safeint' || inner.format === 'int32' ? 'integer' : 'number';
  if (inner instanceof z.ZodBoolean) return 'boolean';
  if (inner instanceof z.ZodArray) return 'list';
  if (inner instanceof z.ZodString && inner.meta()?.format === 'date') return 'date';
  return 'text';
}

/**
 * The base fields lead (identity, the mention, its provenance), then the type's own fields;
 * the sentence goes last because it is long context, not data to filter on.
 */
function fieldOrder(shape: Record<string, z.ZodType>): string[] {
  const base = Object.keys(baseRecord.shape).filter((key) => key !== 'sentence');
  const lead = ['id', 'articleId', 'type', ...base.filter((key) => key !== 'id' && key !== 'articleId')];
  const own = Object.keys(shape).filter((key) => !lead.includes(key) && key !== 'sentence');
  return [...lead, ...own, 'sentence'];
}

/**
 * A function reading one field: made per column, so each reads its own key from records of one
 * type and stays fast, where one closure shared by every column of every type would look keys
 * up the slow way.
 */
function fieldReader(key: string): (record: AnyRecord) => unknown {
  return new Function('record', `return record[${JSON.stringify(key)}];`) as (record: AnyRecord) => unknown;
}

function buildRecordColumns(type: RecordType): Column<AnyRecord>[] {
  const shape = recordSchemas[type].shape as Record<string, z.ZodType>;
  return fieldOrder(shape).map((key) => ({ key, kind: kindOf(shape[key]!), value: fieldReader(key) }));
}

const recordColumnsByType = Object.fromEntries(RECORD_TYPES.map((type) => [type, buildRecordColumns(type)])) as Record<
  RecordType,
  Column<AnyRecord>[]
>;

export function recordColumns(type: RecordType): Column<AnyRecord>[] {
  return recordColumnsByType[type];
}

/**
 * Per record type, the record as an object literal with its keys in column order: one shape per
 * type (absent fields are undefined, which JSON leaves out), which JSON.stringify walks faster
 * than an object built key by key.
 */
const inColumnOrder = Object.fromEntries(
  RECORD_TYPES.map((type) => {
    const keys = recordColumnsByType[type].map((column) => JSON.stringify(column.key));
    return [type, new Function('record', `return { ${keys.map((key) => `${key}: record[${key}]`).join(', ')} };`)];
  }),
) as Record<RecordType, (record: AnyRecord) => object>;

/** A record as JSON, keys in column order, absent fields left out: a line of records.jsonl. */
export function recordJson(record: AnyRecord): string {
  return JSON.stringify(inColumnOrder[record.type](record));
}

export interface ArticleRow {
  article: ArticleOutcome;
  counts: Record<RecordType, number>;
  errors: number;
  warnings: number;
}

export function articleRow(article: ArticleOutcome): ArticleRow {
  const counts = countRecords([article]);
  const errors = article.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = article.diagnostics.filter((d) => d.severity === 'warning').length;
  return { article, counts, errors, warnings };
}

export interface RunCounts {
  counts: { inputs: number; articles: number; failedArticles: number; failedInputs: number; records: number };
  totals: Record<RecordType, number>;
}

/** The run's figures, as summary.json's `counts` and `totals` state them, counted as inputs pass. */
export class RunTally {
  private inputs = 0;
  private articles = 0;
  private failedArticles = 0;
  private readonly totals = Object.fromEntries(RECORD_TYPES.map((type) => [type, 0])) as Record<RecordType, number>;
  /** The failed inputs, without their records: few, and named on the Summary sheet and in summary.json. */
  readonly failed: InputOutcome[] = [];

  add(input: InputOutcome, rows: readonly ArticleRow[]): void {
    this.inputs++;
    if (failedInputs([input]).length > 0) this.failed.push({ ...input, articles: input.articles.map((article) => ({ ...article, records: [] })) });
    for (const row of rows) {
      this.articles++;
      if (row.article.status === 'failed') this.failedArticles++;
      for (const type of RECORD_TYPES) this.totals[type] += row.counts[type];
    }
  }

  result(): RunCounts {
    return {
      counts: {
        inputs: this.inputs,
        articles: this.articles,
        failedArticles: this.failedArticles,
        failedInputs: this.failed.length,
        records: Object.values(this.totals).reduce((sum, n) => sum + n, 0),
      },
      totals: { ...this.totals },
    };
  }
}

const meta = (key: keyof ArticleOutcome['meta'], kind: ColumnKind): Column<ArticleRow> => ({
  key,
  kind,
  value: (row) => row.article.meta[key],
});

export const articleColumns: Column<ArticleRow>[] = [
  { key: 'id', kind: 'text', value: (row) => row.article.id },
  { key: 'path', kind: 'text', value: (row) => row.article.path },
  { key: 'status', kind: 'text', value: (row) => row.article.status },
  meta('title', 'text'),
  meta('source', 'text'),
  meta('publishedAt', 'date'),
  meta('dateline', 'text'),
  meta('datelineDate', 'date'),
  meta('authors', 'list'),
  meta('editor', 'text'),
  meta('url', 'text'),
  meta('language', 'text'),
  { key: 'format', kind: 'text', value: (row) => row.article.format },
  { key: 'encoding', kind: 'text', value: (row) => row.article.encoding },
  { key: 'bytes', kind: 'integer', value: (row) => row.article.bytes },
  ...RECORD_TYPES.map((type): Column<ArticleRow> => ({ key: type, kind: 'integer', value: (row) => row.counts[type] })),
  { key: 'errors', kind: 'integer', value: (row) => row.errors },
  { key: 'warnings', kind: 'integer', value: (row) => row.warnings },
  { key: 'sha256', kind: 'text', value: (row) => row.article.sha256 },
];

export const diagnosticColumns: Column<Diagnostic>[] = [
  { key: 'severity', kind: 'text', value: (d) => d.severity },
  { key: 'code', kind: 'text', value: (d) => d.code },
  { key: 'stage', kind: 'text', value: (d) => d.stage },
  { key: 'path', kind: 'text', value: (d) => d.path },
  { key: 'articleId', kind: 'text', value: (d) => d.articleId },
  { key: 'start', kind: 'integer', value: (d) => d.span?.start },
  { key: 'end', kind: 'integer', value: (d) => d.span?.end },
  { key: 'rule', kind: 'text', value: (d) => d.rule },
  { key: 'message', kind: 'text', value: (d) => d.message },
];
