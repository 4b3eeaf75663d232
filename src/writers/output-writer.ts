import path from 'node:path';
import { RECORD_TYPES, type AnyRecord, type RecordType } from '../model/records.ts';
import { articleColumns, articleRow, diagnosticColumns, recordColumns, recordJson, RunTally, type ArticleRow, type Column, type RunCounts } from './columns.ts';
import { csvHeader, csvRows } from './csv.ts';
import { SummaryJson } from './json.ts';
import { extraOutputs, type ExtraOutput } from './extras.ts';
import { EntityCollector, organizationEntityColumns, personEntityColumns, quoteColumns, quoteRows, type QuoteRow } from './entities.ts';
import { allDiagnostics, type InputOutcome, type RunInfo } from './outcome.ts';
import { FileSink, HELD_TEXT_CHARS, writeWhole, type WrittenFile } from './sink.ts';
import { TimelineCollector, timelineColumns, type TimelineRow } from './timeline.ts';
import { MAX_DATA_ROWS_PER_SHEET, XlsxWriter, sheetName, summaryColumns, summaryLines, type SheetTable, type SummaryLine } from './xlsx.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { OrganizationRow, PersonRow } from './entities.ts';

export const RECORDS_FILE = 'records.jsonl';
export const SUMMARY_FILE = 'summary.json';
export const REPORT_FILE = 'report.xlsx';
export const TIMELINE_FILE = 'timeline.csv';
/** Entity-level tables, named apart from organization.csv and person.csv, which list mentions. */
export const ORGANIZATIONS_FILE = 'entities-organizations.csv';
export const PEOPLE_FILE = 'entities-people.csv';

/** How many organizations and people the Summary sheet names. */
const TOP_ENTITIES = 10;
/** Rows formatted at once where a table is written at the end: no whole table as one string. */
const TABLE_BATCH = 1000;
/** Where an input's lines are in records.jsonl: byte offsets, `end` excluded. */
export interface ByteRange {
  start: number;
  end: number;
}

/** A CSV file of rows known at the end of the run, formatted a batch at a time. */
async function writeTable<Row>(file: string, columns: readonly Column<Row>[], rows: readonly Row[]): Promise<WrittenFile> {
  const sink = new FileSink(file);
  await sink.write(csvHeader(columns));
  for (let start = 0; start < rows.length; start += TABLE_BATCH) {
    const batch = rows.slice(start, start + TABLE_BATCH);
    await sink.write(csvRows(columns, batch), batch.length);
  }
  return sink.close();
}

/**
 * Writes every output of a run into a folder, one input at a time (in input path order): each
 * record is serialized once for records.jsonl (which the run state points into), and goes as it
 * comes to its CSV file and its XLSX sheet. What stays in memory is the run's counts, its failed inputs and
 * what the reader tables (timeline, entities) and the extra outputs collect, not the records.
 */
export class OutputWriter {
  private readonly records: FileSink;
  private readonly articles: FileSink;
  private readonly diagnostics: FileSink;
  private readonly tables: Record<RecordType, FileSink>;
  private readonly workbook: XlsxWriter;
  private readonly summarySheet: SheetTable<SummaryLine>;
  private readonly articleSheet: SheetTable<ArticleRow>;
  private readonly timelineSheet: SheetTable<TimelineRow>;
  private readonly organizationSheet: SheetTable<OrganizationRow>;
  private readonly personSheet: SheetTable<PersonRow>;
  private readonly quoteSheet: SheetTable<QuoteRow>;
  private readonly recordSheets: Record<RecordType, SheetTable<AnyRecord>>;
  private readonly diagnosticSheet: SheetTable<Diagnostic>;
  /** The sheets that fill as inputs come. */
  private readonly sheets: Array<SheetTable<any>>;
  private readonly summary: SummaryJson;
  private readonly tally = new RunTally();
  private readonly extras: Array<{ name: string; collector: ReturnType<ExtraOutput['start']> }>;
  private readonly timeline: TimelineCollector;
  private readonly entities = new EntityCollector();

  private constructor(
    private readonly dir: string,
    rowsPerSheet: number,
    extras: readonly ExtraOutput[],
    timelineRowsInMemory?: number,
  ) {
    this.extras = extras.map((extra) => ({ name: extra.name, collector: extra.start() }));
    const perType = <T>(make: (type: RecordType) => T) => Object.fromEntries(RECORD_TYPES.map((type) => [type, make(type)])) as Record<RecordType, T>;
    this.records = new FileSink(path.join(dir, RECORDS_FILE));
    this.articles = new FileSink(path.join(dir, 'articles.csv'));
    this.diagnostics = new FileSink(path.join(dir, 'diagnostics.csv'));
    this.tables = perType((type) => new FileSink(path.join(dir, `${type}.csv`)));
    this.summary = new SummaryJson(path.join(dir, '.summary-articles.json'));
    this.timeline = new TimelineCollector(dir, timelineRowsInMemory);
    // The sheets in workbook order.
    this.workbook = new XlsxWriter(dir, rowsPerSheet);
    this.summarySheet = this.workbook.table('Summary', summaryColumns);
    this.articleSheet = this.workbook.table('Articles', articleColumns);
    this.timelineSheet = this.workbook.table('Timeline', timelineColumns);
    this.organizationSheet = this.workbook.table('Organizations', organizationEntityColumns);
    this.personSheet = this.workbook.table('People', personEntityColumns);
    this.quoteSheet = this.workbook.table('Quotes', quoteColumns);
    this.recordSheets = perType((type) => this.workbook.table(sheetName(type), recordColumns(type)));
    this.diagnosticSheet = this.workbook.table('Diagnostics', diagnosticColumns);
    this.sheets = [this.articleSheet, this.quoteSheet, ...Object.values(this.recordSheets), this.diagnosticSheet];
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

  /**
   * Adds one input's articles and records; inputs must come in input path order. Returns where
   * the input's lines are in records.jsonl, which the run state points at.
   */
  async add(input: InputOutcome): Promise<ByteRange> {
    const start = this.records.position;
    let records = 0;
    let lines = '';
    const byType = new Map<RecordType, AnyRecord[]>();
    for (const article of input.articles) {
      for (const record of article.records) {
        lines += `${recordJson(record)}\n`;
        if (lines.length >= HELD_TEXT_CHARS) {
          this.records.append(lines);
          lines = '';
        }
        const ofType = byType.get(record.type);
        if (ofType) ofType.push(record);
        else byType.set(record.type, [record]);
        this.recordSheets[record.type].add(record);
      }
      records += article.records.length;
      await this.timeline.add(article);
      this.entities.add(article);
      for (const row of quoteRows(article)) this.quoteSheet.add(row);
    }
    // papaparse formats a table faster than a row at a time: one call per record type of the input.
    for (const [type, ofType] of byType) this.tables[type].append(csvRows(recordColumns(type), ofType), ofType.length);
    this.records.append(lines, records);
    const range = { start, end: this.records.position };

    const rows = input.articles.map(articleRow);
    this.articles.append(csvRows(articleColumns, rows), rows.length);
    for (const row of rows) this.articleSheet.add(row);
    await this.summary.add(rows);

    const diagnostics = allDiagnostics([input]);
    this.diagnostics.append(csvRows(diagnosticColumns, diagnostics), diagnostics.length);
    for (const diagnostic of diagnostics) this.diagnosticSheet.add(diagnostic);

    for (const extra of this.extras) extra.collector.add(input);
    this.tally.add(input, rows);
    for (const sink of [this.records, this.articles, this.diagnostics, ...Object.values(this.tables)]) await sink.settle();
    for (const sheet of this.sheets) await sheet.flush();
    return range;
  }

  /** Finishes every file; `run` is the run section of summary.json. */
  async finish(run: RunInfo): Promise<{ files: WrittenFile[]; counts: RunCounts }> {
    const counts = this.tally.result();
    const records = await this.records.close();
    const summary = await this.summary.finish(path.join(this.dir, SUMMARY_FILE), run, counts, this.tally.failed);
    const articles = await this.articles.close();
    const tables: WrittenFile[] = [];
    for (const type of RECORD_TYPES) tables.push(await this.tables[type].close());
    const timeline = await this.writeTimeline();
    const organizations = this.entities.organizationRows();
    const people = this.entities.personRows();
    const organizationTable = await writeTable(path.join(this.dir, ORGANIZATIONS_FILE), organizationEntityColumns, organizations);
    const peopleTable = await writeTable(path.join(this.dir, PEOPLE_FILE), personEntityColumns, people);
    for (const row of organizations) this.organizationSheet.add(row);
    for (const row of people) this.personSheet.add(row);
    const diagnostics = await this.diagnostics.close();

    const more: SummaryLine[] = [
      { item: 'dated events (Timeline)', value: this.timeline.rows },
      ...this.timeline.countsByType().map(([type, count]) => ({ item: `${type} events`, value: count })),
      { item: 'organizations', value: organizations.length },
      { item: 'people', value: people.length },
      ...organizations.slice(0, TOP_ENTITIES).map((entity) => ({ item: 'top organization (mentions)', value: entity.mentions, detail: entity.name })),
      ...people.slice(0, TOP_ENTITIES).map((entity) => ({ item: 'top person (mentions)', value: entity.mentions, detail: entity.name })),
    ];
    for (const line of summaryLines(run, counts, this.tally.failed, more)) this.summarySheet.add(line);
    const workbook = await this.workbook.finish(path.join(this.dir, REPORT_FILE), records.rows);
    await this.timeline.removeScratch();
    const extras: WrittenFile[] = [];
    for (const extra of this.extras) {
      extras.push(await writeWhole(path.join(this.dir, extra.name), extra.collector.finish(run, counts), counts.counts.articles));
    }
    return { files: [records, summary, articles, ...tables, timeline, organizationTable, peopleTable, diagnostics, workbook, ...extras], counts };
  }

  /** timeline.csv and the Timeline sheet, in one pass over the sorted rows. */
  private async writeTimeline(): Promise<WrittenFile> {
    const sink = new FileSink(path.join(this.dir, TIMELINE_FILE));
    await sink.write(csvHeader(timelineColumns));
    let batch: TimelineRow[] = [];
    for await (const row of this.timeline.sorted()) {
      batch.push(row);
      this.timelineSheet.add(row);
      if (batch.length < TABLE_BATCH) continue;
      await sink.write(csvRows(timelineColumns, batch), batch.length);
      await this.timelineSheet.flush();
      batch = [];
    }
    await sink.write(csvRows(timelineColumns, batch), batch.length);
    await this.timelineSheet.flush();
    return sink.close();
  }
}
