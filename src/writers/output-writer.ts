import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { RECORD_TYPES, type AnyRecord, type RecordType } from '../model/records.ts';
import { articleColumns, articleRow, diagnosticColumns, recordColumns, runCounts, type ArticleRow } from './columns.ts';
import { csvHeader, csvRows } from './csv.ts';
import { toJsonl, toSummaryJson } from './json.ts';
import { extraOutputs, type ExtraOutput } from './extras.ts';
import { allDiagnostics, type InputOutcome, type RunInfo } from './outcome.ts';
import { FileSink, writeWhole, type WrittenFile } from './sink.ts';
import { MAX_DATA_ROWS_PER_SHEET, WidthTracker, sheetName, sheetOf, summarySheet, writeXlsx, type SheetSource } from './xlsx.ts';

export const RECORDS_FILE = 'records.jsonl';
export const SUMMARY_FILE = 'summary.json';
export const REPORT_FILE = 'report.xlsx';

async function* readJsonLines<T>(file: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as T;
}

/**
 * Writes every output of a run into a folder, one input at a time (in input path order): the
 * records go straight to records.jsonl and the CSV files, and to one scratch file per type from
 * which the XLSX sheets are streamed at the end. What stays in memory is one row per article
 * and the diagnostics, not the records.
 */
export class OutputWriter {
  private readonly records: FileSink;
  private readonly articles: FileSink;
  private readonly diagnostics: FileSink;
  private readonly tables: Record<RecordType, FileSink>;
  private readonly scratch: Record<RecordType, FileSink>;
  private readonly widths: Record<RecordType, WidthTracker<AnyRecord>>;
  /** The inputs and article rows without their records. */
  private readonly inputs: InputOutcome[] = [];
  private readonly rows: ArticleRow[] = [];
  private readonly extras: Array<{ name: string; collector: ReturnType<ExtraOutput['start']> }>;

  private constructor(
    private readonly dir: string,
    private readonly rowsPerSheet: number,
    extras: readonly ExtraOutput[],
  ) {
    this.extras = extras.map((extra) => ({ name: extra.name, collector: extra.start() }));
    const perType = <T>(make: (type: RecordType) => T) => Object.fromEntries(RECORD_TYPES.map((type) => [type, make(type)])) as Record<RecordType, T>;
    this.records = new FileSink(path.join(dir, RECORDS_FILE));
    this.articles = new FileSink(path.join(dir, 'articles.csv'));
    this.diagnostics = new FileSink(path.join(dir, 'diagnostics.csv'));
    this.tables = perType((type) => new FileSink(path.join(dir, `${type}.csv`)));
    this.scratch = perType((type) => new FileSink(this.scratchFile(type)));
    this.widths = perType((type) => new WidthTracker(recordColumns(type)));
  }

  /**
   * Starts the outputs in `dir`, an existing folder (the staging folder of a run), with the
   * extra outputs given (all registered ones unless said otherwise).
   */
  static async open(
    dir: string,
    { rowsPerSheet = MAX_DATA_ROWS_PER_SHEET, extras = extraOutputs }: { rowsPerSheet?: number; extras?: readonly ExtraOutput[] } = {},
  ): Promise<OutputWriter> {
    const writer = new OutputWriter(dir, rowsPerSheet, extras);
    await writer.articles.write(csvHeader(articleColumns));
    await writer.diagnostics.write(csvHeader(diagnosticColumns));
    for (const type of RECORD_TYPES) await writer.tables[type].write(csvHeader(recordColumns(type)));
    return writer;
  }

  private scratchFile(type: RecordType): string {
    return path.join(this.dir, `.${type}.rows.jsonl`);
  }

  /** Adds one input's articles and records; inputs must come in input path order. */
  async add(input: InputOutcome): Promise<void> {
    const records = input.articles.flatMap((article) => article.records);
    await this.records.write(toJsonl(records), records.length);
    for (const type of RECORD_TYPES) {
      const ofType = records.filter((record) => record.type === type);
      if (ofType.length === 0) continue;
      await this.tables[type].write(csvRows(recordColumns(type), ofType), ofType.length);
      await this.scratch[type].write(toJsonl(ofType), ofType.length);
      for (const record of ofType) this.widths[type].add(record);
    }
    const rows = input.articles.map((article) => ({ ...articleRow(article), article: { ...article, records: [] } }));
    await this.articles.write(csvRows(articleColumns, rows), rows.length);
    const diagnostics = allDiagnostics([input]);
    await this.diagnostics.write(csvRows(diagnosticColumns, diagnostics), diagnostics.length);
    for (const extra of this.extras) extra.collector.add(input);
    this.inputs.push({ ...input, articles: rows.map((row) => row.article) });
    this.rows.push(...rows);
  }

  /** Finishes every file; `run` is the run section of summary.json. */
  async finish(run: RunInfo): Promise<{ files: WrittenFile[]; counts: ReturnType<typeof runCounts> }> {
    const records = await this.records.close();
    const summary = await writeWhole(path.join(this.dir, SUMMARY_FILE), toSummaryJson(run, this.inputs, this.rows), this.rows.length);
    const articles = await this.articles.close();
    const tables: WrittenFile[] = [];
    for (const type of RECORD_TYPES) tables.push(await this.tables[type].close());
    const diagnostics = await this.diagnostics.close();
    for (const type of RECORD_TYPES) await this.scratch[type].close();

    const sheets: Array<SheetSource<any>> = [
      summarySheet(run, this.inputs, this.rows),
      sheetOf('Articles', articleColumns, this.rows),
      ...RECORD_TYPES.map((type) => ({
        name: sheetName(type),
        columns: recordColumns(type),
        rows: readJsonLines<AnyRecord>(this.scratchFile(type)),
        widths: this.widths[type].result(),
      })),
      sheetOf('Diagnostics', diagnosticColumns, allDiagnostics(this.inputs)),
    ];
    const workbook = await writeWhole(path.join(this.dir, REPORT_FILE), await writeXlsx(sheets, this.rowsPerSheet), records.rows);
    for (const type of RECORD_TYPES) await rm(this.scratchFile(type), { force: true });
    const counts = runCounts(this.inputs, this.rows);
    const extras: WrittenFile[] = [];
    for (const extra of this.extras) {
      extras.push(await writeWhole(path.join(this.dir, extra.name), extra.collector.finish(run, counts), this.rows.length));
    }
    return { files: [records, summary, articles, ...tables, diagnostics, workbook, ...extras], counts };
  }
}
