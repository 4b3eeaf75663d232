import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import JSZip from 'jszip';
import type { Diagnostic } from '../model/diagnostic.ts';
import { RECORD_TYPES, type AnyRecord } from '../model/records.ts';
import {
  LIST_SEPARATOR,
  articleColumns,
  articleRow,
  diagnosticColumns,
  recordColumns,
  type Column,
  type ColumnKind,
} from './columns.ts';
import { allArticles, allDiagnostics, failedInputs, runCounts, type RunExport } from './outcome.ts';

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

function columnWidths<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): number[] {
  const widths = columns.map((column) => displayWidth(column.key, MAX_WIDTH));
  const caps = columns.map((column) => (column.key === 'sentence' ? CONTEXT_WIDTH : MAX_WIDTH));
  for (const row of rows) {
    columns.forEach((column, index) => {
      if (widths[index]! >= caps[index]!) return;
      const { value, format } = cellOf(column.kind, column.value(row));
      if (value === null) return;
      const shown = value instanceof Date ? (format === DATE_FORMAT ? 10 : 16) : displayWidth(String(value), caps[index]!);
      if (shown > widths[index]!) widths[index] = shown;
    });
  }
  return widths.map((width) => Math.max(MIN_WIDTH, width + 2));
}

function addTable<Row>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  rowsPerSheet: number,
): void {
  const widths = columnWidths(columns, rows);
  for (let part = 0, first = 0; part === 0 || first < rows.length; part++, first += rowsPerSheet) {
    const sheet = workbook.addWorksheet(part === 0 ? name : `${name} (${part + 1})`, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    sheet.columns = widths.map((width) => ({ width }));
    const header = sheet.addRow(columns.map((column) => column.key));
    header.font = { bold: true };
    header.commit();
    for (const row of rows.slice(first, first + rowsPerSheet)) {
      const line = sheet.addRow([]);
      columns.forEach((column, index) => {
        const { value, format } = cellOf(column.kind, column.value(row));
        if (value === null) return;
        const cell = line.getCell(index + 1);
        cell.value = value;
        if (format) cell.numFmt = format;
      });
      line.commit();
    }
    sheet.commit();
  }
}

interface SummaryLine {
  item: string;
  value: string | number;
  detail?: string;
}

const summaryColumns: Column<SummaryLine>[] = [
  { key: 'item', kind: 'text', value: (line) => line.item },
  { key: 'value', kind: 'integer', value: (line) => line.value },
  { key: 'detail', kind: 'text', value: (line) => line.detail },
];

function summaryLines(runExport: RunExport): SummaryLine[] {
  const { counts, totals } = runCounts(runExport.inputs);
  return [
    { item: 'version', value: runExport.run.version },
    { item: 'config hash', value: runExport.run.configHash },
    { item: 'rules version', value: runExport.run.rulesVersion },
    { item: 'inputs', value: counts.inputs },
    { item: 'articles', value: counts.articles },
    { item: 'failed articles', value: counts.failedArticles },
    { item: 'failed inputs', value: counts.failedInputs },
    { item: 'records', value: counts.records },
    ...RECORD_TYPES.map((type) => ({ item: `${type} records`, value: totals[type] })),
    ...failedInputs(runExport.inputs).map((input) => ({
      item: 'failed input',
      value: input.path,
      detail: input.diagnostics.map((d: Diagnostic) => d.message).join(LIST_SEPARATOR),
    })),
  ];
}

function sheetName(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** Rewrites the zip with fixed entry times (exceljs uses the time of writing). */
async function withFixedTimes(buffer: ArrayBuffer | Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  for (const entry of Object.values(zip.files)) entry.date = FIXED_STAMP;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * report.xlsx: Summary, Articles, one sheet per record type, Diagnostics. Written with exceljs's
 * streaming writer (several times faster than its in-memory workbook) into memory.
 */
export async function toXlsx(
  runExport: RunExport,
  records: readonly AnyRecord[],
  rowsPerSheet = MAX_DATA_ROWS_PER_SHEET,
): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  workbook.creator = 'newsgrid';
  workbook.lastModifiedBy = 'newsgrid';
  workbook.created = FIXED_STAMP;
  workbook.modified = FIXED_STAMP;

  addTable(workbook, 'Summary', summaryColumns, summaryLines(runExport), rowsPerSheet);
  addTable(workbook, 'Articles', articleColumns, allArticles(runExport.inputs).map(articleRow), rowsPerSheet);
  for (const type of RECORD_TYPES) {
    addTable(workbook, sheetName(type), recordColumns(type), records.filter((r) => r.type === type), rowsPerSheet);
  }
  addTable(workbook, 'Diagnostics', diagnosticColumns, allDiagnostics(runExport.inputs), rowsPerSheet);
  await workbook.commit();
  return withFixedTimes(Buffer.concat(chunks));
}
