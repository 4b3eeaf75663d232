import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { RECORD_TYPES } from '../model/records.ts';
import { LIST_SEPARATOR, runCounts, type ArticleRow, type Column, type ColumnKind } from './columns.ts';
import { failedInputs, type InputOutcome, type RunInfo } from './outcome.ts';
import { describeFile, type WrittenFile } from './sink.ts';

/**
 * exceljs stamps the workbook properties and every zip entry with the current time; a fixed
 * stamp keeps report.xlsx byte-identical across runs over the same inputs.
 */
const FIXED_STAMP = new Date(Date.UTC(2000, 0, 1));

const INTEGER_FORMAT = '0';
/** At least two decimals, up to ten: 0.0479 and 16.97 and 600,000,000,000.00 all read right. */
const NUMBER_FORMAT = '#,##0.00########';
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** The sentence column is context: wide enough to read, not so wide that the sheet is lost. */
const CONTEXT_WIDTH = 80;

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A local date-time with no zone: shown as written, no conversion. With a zone it stays text. */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A spreadsheet date for a full ISO date, built in UTC because exceljs converts a Date to a
 * serial day from its UTC time: 2025-02-07 stays 2025-02-07 in every time zone.
 */
export function excelDate(value: string): { date: Date; format: string } | undefined {
  const day = FULL_DATE.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return date.toISOString().startsWith(value) ? { date, format: DATE_FORMAT } : undefined;
  }
  const time = LOCAL_DATE_TIME.exec(value);
  if (time) {
    const [, y, mo, d, h, mi, s] = time.map(Number) as number[];
    const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : s));
    return Number.isNaN(date.getTime()) ? undefined : { date, format: DATE_TIME_FORMAT };
  }
  return undefined;
}

const WIDE_CHAR = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/gu;

/** Columns a text needs: CJK and full-width characters take two. */
export function displayWidth(text: string, cap: number): number {
  if (text.length >= cap) return cap;
  const wide = text.match(WIDE_CHAR)?.length ?? 0;
  return Math.min(cap, [...text].length + wide);
}

type CellValue = string | number | boolean | Date | null;

function cellOf(kind: ColumnKind, value: unknown): { value: CellValue; format?: string } {
  if (value === undefined || value === null) return { value: null };
  if (Array.isArray(value)) return { value: value.join(LIST_SEPARATOR) };
  if (typeof value === 'number') return { value, format: kind === 'integer' ? INTEGER_FORMAT : NUMBER_FORMAT };
  if (typeof value === 'boolean') return { value };
  if (typeof value !== 'string') return { value: JSON.stringify(value) };
  if (kind === 'date') {
    const date = excelDate(value);
    if (date) return { value: date.date, format: date.format };
  }
  // exceljs writes a JS string as a shared string, never as a formula, so "=1+1" stays text.
  return { value };
}

/** Excel's limit is 1,048,576 rows; a longer table continues on "Money (2)" and so on. */
export const MAX_DATA_ROWS_PER_SHEET = 1_048_575;

/** Column widths that fit the content, grown row by row as rows stream past. */
export class WidthTracker<Row> {
  private readonly widths: number[];
  private readonly caps: number[];

  constructor(private readonly columns: readonly Column<Row>[]) {
    this.widths = columns.map((column) => displayWidth(column.key, MAX_WIDTH));
    this.caps = columns.map((column) => (column.key === 'sentence' ? CONTEXT_WIDTH : MAX_WIDTH));
  }

  add(row: Row): void {
    this.columns.forEach((column, index) => {
      if (this.widths[index]! >= this.caps[index]!) return;
      const { value, format } = cellOf(column.kind, column.value(row));
      if (value === null) return;
      const shown = value instanceof Date ? (format === DATE_FORMAT ? 10 : 16) : displayWidth(String(value), this.caps[index]!);
      if (shown > this.widths[index]!) this.widths[index] = shown;
    });
  }

  result(): number[] {
    return this.widths.map((width) => Math.max(MIN_WIDTH, width + 2));
  }
}

/** One table of the workbook; `rows` may stream (e.g. from a file), `widths` come from a WidthTracker. */
export interface SheetSource<Row> {
  name: string;
  columns: readonly Column<Row>[];
  rows: Iterable<Row> | AsyncIterable<Row>;
  widths: number[];
}

/** A sheet with everything in memory: its widths measured here. */
export function sheetOf<Row>(name: string, columns: readonly Column<Row>[], rows: readonly Row[]): SheetSource<Row> {
  const widths = new WidthTracker(columns);
  for (const row of rows) widths.add(row);
  return { name, columns, rows, widths: widths.result() };
}

function openSheet<Row>(workbook: ExcelJS.stream.xlsx.WorkbookWriter, source: SheetSource<Row>, part: number): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(part === 0 ? source.name : `${source.name} (${part + 1})`, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: source.columns.length } };
  sheet.columns = source.widths.map((width) => ({ width }));
  const header = sheet.addRow(source.columns.map((column) => column.key));
  header.font = { bold: true };
  header.commit();
  return sheet;
}

async function addTable<Row>(workbook: ExcelJS.stream.xlsx.WorkbookWriter, source: SheetSource<Row>, rowsPerSheet: number): Promise<void> {
  let part = 0;
  let sheet = openSheet(workbook, source, part);
  let rowsInSheet = 0;
  for await (const row of source.rows) {
    if (rowsInSheet === rowsPerSheet) {
      sheet.commit();
      sheet = openSheet(workbook, source, ++part);
      rowsInSheet = 0;
    }
    const line = sheet.addRow([]);
    source.columns.forEach((column, index) => {
      const { value, format } = cellOf(column.kind, column.value(row));
      if (value === null) return;
      const cell = line.getCell(index + 1);
      cell.value = value;
      if (format) cell.numFmt = format;
    });
    line.commit();
    rowsInSheet++;
  }
  sheet.commit();
}

export interface SummaryLine {
  item: string;
  value: string | number;
  detail?: string;
}

const summaryColumns: Column<SummaryLine>[] = [
  { key: 'item', kind: 'text', value: (line) => line.item },
  { key: 'value', kind: 'integer', value: (line) => line.value },
  { key: 'detail', kind: 'text', value: (line) => line.detail },
];

/**
 * The Summary sheet: the run's figures, then `more` (e.g. events per type, top entities), then
 * its failed inputs; no timestamps (the workbook stays reproducible).
 */
export function summarySheet(
  run: RunInfo,
  inputs: readonly InputOutcome[],
  rows: readonly ArticleRow[],
  more: readonly SummaryLine[] = [],
): SheetSource<SummaryLine> {
  const { counts, totals } = runCounts(inputs, rows);
  return sheetOf<SummaryLine>('Summary', summaryColumns, [
    { item: 'version', value: run.version },
    { item: 'config hash', value: run.configHash },
    { item: 'rules version', value: run.rulesVersion },
    { item: 'inputs', value: counts.inputs },
    { item: 'articles', value: counts.articles },
    { item: 'failed articles', value: counts.failedArticles },
    { item: 'failed inputs', value: counts.failedInputs },
    { item: 'records', value: counts.records },
    ...RECORD_TYPES.map((type) => ({ item: `${type} records`, value: totals[type] })),
    ...more,
    ...failedInputs(inputs).map((input) => ({
      item: 'failed input',
      value: input.path,
      detail: input.diagnostics.map((d) => d.message).join(LIST_SEPARATOR),
    })),
  ]);
}

export function sheetName(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** FIXED_STAMP as a zip's MS-DOS date (the time of day is 00:00:00, zero). */
const FIXED_DOS_DATE = ((FIXED_STAMP.getUTCFullYear() - 1980) << 9) | ((FIXED_STAMP.getUTCMonth() + 1) << 5) | FIXED_STAMP.getUTCDate();
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** The end-of-central-directory record: 22 bytes plus a comment of at most 64 KiB. */
const MAX_DIRECTORY_END = 22 + 0xffff;

/**
 * Stamps every entry of the zip file with FIXED_STAMP, in place (exceljs writes the time of
 * writing). Only the date fields of the headers change: nothing is inflated or compressed again,
 * and only the central directory is read into memory, not the workbook.
 */
async function fixZipTimes(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    const { size } = await handle.stat();
    const tailStart = Math.max(0, size - MAX_DIRECTORY_END);
    const tail = Buffer.alloc(size - tailStart);
    await handle.read(tail, 0, tail.length, tailStart);
    let end = tail.length - 22;
    while (end >= 0 && tail.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
    if (end < 0) throw new Error('report.xlsx: no zip directory');
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryStart = tail.readUInt32LE(end + 16);
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryStart);
    const localHeader = Buffer.alloc(4);
    const localTimes = Buffer.alloc(4);
    localTimes.writeUInt16LE(0, 0);
    localTimes.writeUInt16LE(FIXED_DOS_DATE, 2);
    let entry = 0;
    for (let count = tail.readUInt16LE(end + 10); count > 0; count--) {
      if (directory.readUInt32LE(entry) !== CENTRAL_FILE_HEADER) throw new Error('report.xlsx: bad zip directory');
      const local = directory.readUInt32LE(entry + 42);
      await handle.read(localHeader, 0, 4, local);
      if (localHeader.readUInt32LE(0) !== LOCAL_FILE_HEADER) throw new Error('report.xlsx: bad zip entry');
      await handle.write(localTimes, 0, 4, local + 10);
      directory.writeUInt16LE(0, entry + 12);
      directory.writeUInt16LE(FIXED_DOS_DATE, entry + 14);
      entry += 46 + directory.readUInt16LE(entry + 28) + directory.readUInt16LE(entry + 30) + directory.readUInt16LE(entry + 32);
    }
    await handle.write(directory, 0, directorySize, directoryStart);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * report.xlsx from its sheets, in order, with exceljs's streaming writer (several times faster
 * than its in-memory workbook): rows are read as they are written and the workbook streams to
 * the file, so memory stays flat however large the run.
 */
export async function writeXlsx(
  file: string,
  sheets: ReadonlyArray<SheetSource<any>>,
  rows: number,
  rowsPerSheet = MAX_DATA_ROWS_PER_SHEET,
): Promise<WrittenFile> {
  const stream = createWriteStream(file);
  const written = once(stream, 'finish');
  // Inline strings: a shared-strings table would hold every distinct text of the run until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'newsgrid';
  workbook.lastModifiedBy = 'newsgrid';
  workbook.created = FIXED_STAMP;
  workbook.modified = FIXED_STAMP;
  for (const sheet of sheets) await addTable(workbook, sheet, rowsPerSheet);
  await workbook.commit();
  await written;
  await fixZipTimes(file);
  return describeFile(file, rows);
}
