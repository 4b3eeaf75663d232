import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { RECORD_TYPES, type AnyRecord, type RecordType } from '../model/records.ts';
import { articleColumns, articleRow, diagnosticColumns, recordColumns, runCounts, type ArticleRow } from './columns.ts';
import { csvHeader, csvRows } from './csv.ts';
import { toJsonl, toSummaryJson } from './json.ts';
import { extraOutputs, type ExtraOutput } from './extras.ts';
import { EntityCollector, organizationEntityColumns, personEntityColumns, quoteColumns, quoteRows, type QuoteRow } from './entities.ts';
import { allDiagnostics, type InputOutcome, type RunInfo } from './outcome.ts';
import { FileSink, writeWhole, type WrittenFile } from './sink.ts';
import { TimelineCollector, timelineColumns, type TimelineRow } from './timeline.ts';
import { MAX_DATA_ROWS_PER_SHEET, WidthTracker, sheetName, sheetOf, summarySheet, writeXlsx, type SheetSource, type SummaryLine } from './xlsx.ts';

export const RECORDS_FILE = 'records.jsonl';
export const SUMMARY_FILE = 'summary.json';
export const REPORT_FILE = 'report.xlsx';
export const TIMELINE_FILE = 'timeline.csv';
/** Entity-level tables, named apart from organization.csv and person.csv, which list mentions. */
export const ORGANIZATIONS_FILE = 'entities-organizations.csv';
export const PEOPLE_FILE = 'entities-people.csv';

/** How many organizations and people the Summary sheet names. */
const TOP_ENTITIES = 10;
/** Rows of timeline.csv formatted at once. */
const CSV_BATCH = 1000;

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
  private readonly timeline: TimelineCollector;
  private readonly timelineWidths = new WidthTracker(timelineColumns);
  private readonly entities = new EntityCollector();
  private readonly quotes: FileSink;
  private readonly quoteWidths = new WidthTracker(quoteColumns);

  private constructor(
    private readonly dir: string,
    private readonly rowsPerSheet: number,
    extras: readonly ExtraOutput[],
    timelineRowsInMemory?: number,
  ) {
    this.extras = extras.map((extra) => ({ name: extra.name, collector: extra.start() }));
    const perType = <T>(make: (type: RecordType) => T) => Object.fromEntries(RECORD_TYPES.map((type) => [type, make(type)])) as Record<RecordType, T>;
    this.records = new FileSink(path.join(dir, RECORDS_FILE));
    this.articles = new FileSink(path.join(dir, 'articles.csv'));
    this.diagnostics = new FileSink(path.join(dir, 'diagnostics.csv'));
    this.tables = perType((type) => new FileSink(path.join(dir, `${type}.csv`)));
    this.scratch = perType((type) => new FileSink(this.scratchFile(type)));
    this.widths = perType((type) => new WidthTracker(recordColumns(type)));
    this.timeline = new TimelineCollector(dir, timelineRowsInMemory);
    this.quotes = new FileSink(this.quotesFile());
  }

  /**
   * Starts the outputs in `dir`, an existing folder (the staging folder of a run), with the
   * extra outputs given (all registered ones unless said otherwise). `timelineRowsInMemory`
   * bounds the timeline rows held before they spill to a scratch file.
   */
  static async open(
    dir: string,
    {
      rowsPerSheet = MAX_DATA_ROWS_PER_SHEET,
      extras = extraOutputs,
      timelineRowsInMemory,
    }: { rowsPerSheet?: number; extras?: readonly ExtraOutput[]; timelineRowsInMemory?: number } = {},
  ): Promise<OutputWriter> {
    const writer = new OutputWriter(dir, rowsPerSheet, extras, timelineRowsInMemory);
    await writer.articles.write(csvHeader(articleColumns));
    await writer.diagnostics.write(csvHeader(diagnosticColumns));
    for (const type of RECORD_TYPES) await writer.tables[type].write(csvHeader(recordColumns(type)));
    return writer;
  }

  private scratchFile(type: RecordType): string {
    return path.join(this.dir, `.${type}.rows.jsonl`);
  }

  private quotesFile(): string {
    return path.join(this.dir, '.quotes.rows.jsonl');
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
    for (const article of input.articles) {
      for (const row of await this.timeline.add(article)) this.timelineWidths.add(row);
      this.entities.add(article);
      const quotes = quoteRows(article);
      await this.quotes.write(quotes.map((row) => `${JSON.stringify(row)}\n`).join(''), quotes.length);
      for (const row of quotes) this.quoteWidths.add(row);
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
    const timeline = await this.writeTimelineCsv();
    const organizations = this.entities.organizationRows();
    const people = this.entities.personRows();
    const organizationTable = await writeWhole(
      path.join(this.dir, ORGANIZATIONS_FILE),
      csvHeader(organizationEntityColumns) + csvRows(organizationEntityColumns, organizations),
      organizations.length,
    );
    const peopleTable = await writeWhole(path.join(this.dir, PEOPLE_FILE), csvHeader(personEntityColumns) + csvRows(personEntityColumns, people), people.length);
    const diagnostics = await this.diagnostics.close();
    for (const type of RECORD_TYPES) await this.scratch[type].close();
    await this.quotes.close();

    const more: SummaryLine[] = [
      { item: 'dated events (Timeline)', value: this.timeline.rows },
      ...this.timeline.countsByType().map(([type, count]) => ({ item: `${type} events`, value: count })),
      { item: 'organizations', value: organizations.length },
      { item: 'people', value: people.length },
      ...organizations.slice(0, TOP_ENTITIES).map((entity) => ({ item: 'top organization (mentions)', value: entity.mentions, detail: entity.name })),
      ...people.slice(0, TOP_ENTITIES).map((entity) => ({ item: 'top person (mentions)', value: entity.mentions, detail: entity.name })),
    ];
    const sheets: Array<SheetSource<any>> = [
      summarySheet(run, this.inputs, this.rows, more),
      sheetOf('Articles', articleColumns, this.rows),
      { name: 'Timeline', columns: timelineColumns, rows: this.timeline.sorted(), widths: this.timelineWidths.result() },
      sheetOf('Organizations', organizationEntityColumns, organizations),
      sheetOf('People', personEntityColumns, people),
      { name: 'Quotes', columns: quoteColumns, rows: readJsonLines<QuoteRow>(this.quotesFile()), widths: this.quoteWidths.result() },
      ...RECORD_TYPES.map((type) => ({
        name: sheetName(type),
        columns: recordColumns(type),
        rows: readJsonLines<AnyRecord>(this.scratchFile(type)),
        widths: this.widths[type].result(),
      })),
      sheetOf('Diagnostics', diagnosticColumns, allDiagnostics(this.inputs)),
    ];
    const workbook = await writeXlsx(path.join(this.dir, REPORT_FILE), sheets, records.rows, this.rowsPerSheet);
    for (const type of RECORD_TYPES) await rm(this.scratchFile(type), { force: true });
    await rm(this.quotesFile(), { force: true });
    await this.timeline.removeScratch();
    const counts = runCounts(this.inputs, this.rows);
    const extras: WrittenFile[] = [];
    for (const extra of this.extras) {
      extras.push(await writeWhole(path.join(this.dir, extra.name), extra.collector.finish(run, counts), this.rows.length));
    }
    return { files: [records, summary, articles, ...tables, timeline, organizationTable, peopleTable, diagnostics, workbook, ...extras], counts };
  }

  private async writeTimelineCsv(): Promise<WrittenFile> {
    const sink = new FileSink(path.join(this.dir, TIMELINE_FILE));
    await sink.write(csvHeader(timelineColumns));
    let batch: TimelineRow[] = [];
    for await (const row of this.timeline.sorted()) {
      batch.push(row);
      if (batch.length < CSV_BATCH) continue;
      await sink.write(csvRows(timelineColumns, batch), batch.length);
      batch = [];
    }
    await sink.write(csvRows(timelineColumns, batch), batch.length);
    return sink.close();
  }
}
