import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { RECORD_TYPES } from '../model/records.ts';
import { remembered } from '../text/remembered.ts';
import { LIST_SEPARATOR, type Column, type RunCounts } from './columns.ts';
import type { InputOutcome, RunInfo } from './outcome.ts';
import { FileSink, HELD_TEXT_CHARS, HELD_TEXT_ROOM, ScratchFile, Utf8Builder, type WrittenFile } from './sink.ts';
import { crc32Combine, writeZip, type DeflatedEntry } from './zip.ts';

/**
 * report.xlsx, written as SpreadsheetML by hand: each sheet's rows are turned into XML as they
 * arrive and deflated on zlib's thread pool into a scratch file of their own; at the end the
 * sheets' heads (which hold the column widths, known only then) are deflated and the zip is
 * put together from the pieces. Memory stays flat however large the run; the same rows give the
 * same bytes.
 */

/** Fast deflate: the sheets are large and repetitive; a higher level saves little and costs much. */
export const DEFLATE_LEVEL = 1;
/** Row XML gathered before it goes to zlib as one job (the batches shape the deflated bytes). */
const SHEET_BATCH_BYTES = 256 * 1024;
/**
 * Deflate jobs the whole workbook may have handed to zlib and not yet written: enough to keep
 * libuv's four pool threads busy. Each holds its XML, a zlib context and its output until written.
 */
const MAX_DEFLATE_JOBS = 6;
/** zlib's output buffer: big enough for a whole batch, so a batch is one thread-pool job. */
const DEFLATE_CHUNK_BYTES = SHEET_BATCH_BYTES + 1024;

/** The fixed styles of styles.xml: cellXfs indexes. */
const STYLE = { header: 1, integer: 2, number: 3, date: 4, dateTime: 5 } as const;
/** At least two decimals, up to ten: 0.0479 and 16.97 and 600,000,000,000.00 all read right. */
const NUMBER_FORMAT = '#,##0.00########';
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** The sentence column is context: wide enough to read, not so wide that the sheet is lost. */
const CONTEXT_WIDTH = 80;
/** Shown width of a date and of a date-time cell. */
const DATE_WIDTH = 10;
const DATE_TIME_WIDTH = 16;

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A local date-time with no zone: shown as written, no conversion. With a zone it stays text. */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const MS_PER_DAY = 86_400_000;
/** Excel's serial day of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A spreadsheet date for a full ISO date or a local date-time, as Excel's serial day counted
 * from the date as written (no time zone applies): 2025-02-07 stays 2025-02-07 everywhere.
 */
export function excelDate(value: string): { serial: number; withTime: boolean } | undefined {
  const day = FULL_DATE.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return date.toISOString().startsWith(value) ? { serial: date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL, withTime: false } : undefined;
  }
  const time = LOCAL_DATE_TIME.exec(value);
  if (time) {
    const [, y, mo, d, h, mi, s] = time.map(Number) as number[];
    const ms = Date.UTC(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : s);
    return Number.isNaN(ms) ? undefined : { serial: ms / MS_PER_DAY + UNIX_EPOCH_SERIAL, withTime: true };
  }
  return undefined;
}

/** How many distinct date texts a sheet remembers; past that it starts over. */
const DATES_REMEMBERED = 4096;

/** CJK and full-width code points, which a spreadsheet shows two columns wide. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/** Columns a text needs, up to `cap`: CJK and full-width characters take two. */
export function displayWidth(text: string, cap: number): number {
  if (text.length >= cap) return cap;
  let width = 0;
  for (let i = 0; i < text.length && width < cap; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x1100) {
      width++;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    width += isWide(point) ? 2 : 1;
  }
  return Math.min(cap, width);
}

/** Characters XML 1.0 cannot hold (dropped: controls, U+FFFE, U+FFFF, lone surrogates), and the three that must be escaped in text. */
const XML_UNSAFE_ALL = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A quick first look: any of those, or any surrogate (most are parts of valid pairs, checked by the full pattern). */
const MAYBE_XML_UNSAFE = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function xmlText(text: string): string {
  return MAYBE_XML_UNSAFE.test(text) ? text.replace(XML_UNSAFE_ALL, (char) => XML_ESCAPES[char] ?? '') : text;
}

/** A leading or trailing space, tab or line break, which Excel would trim without xml:space. */
function hasEdgeSpace(text: string): boolean {
  return text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32;
}

/** An inline string cell after its reference and style: text is never a formula, whatever it starts with. */
function stringCellEnd(text: string): string {
  const space = hasEdgeSpace(text) ? ' xml:space="preserve"' : '';
  return ` t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

/** A1-style column letters of a 0-based column index. */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Excel's limit is 1,048,576 rows; a longer table continues on "Money (2)" and so on. */
export const MAX_DATA_ROWS_PER_SHEET = 1_048_575;

/** One sheet's rows, deflated as they come into a scratch file. */
interface SheetPart {
  file: string;
  out: ScratchFile;
  /** Of the uncompressed XML handed over so far. */
  crc32: number;
  size: number;
  rows: number;
  /** Settles when every batch handed over is deflated and written, in order. */
  written: Promise<void>;
}

const deflateRaw = promisify(zlib.deflateRaw);

/**
 * One table of the workbook: a header row of column keys, then rows as they are added, in the
 * workbook's order of tables whenever they are added. Column widths fit every row, measured as
 * the rows pass.
 */
export class SheetTable<Row> {
  readonly parts: SheetPart[] = [];
  private readonly pending = new Utf8Builder(SHEET_BATCH_BYTES + HELD_TEXT_ROOM);
  /** Rows added and not yet encoded into `pending`. */
  private heldRows = '';
  private readonly widths: number[];
  private readonly caps: number[];
  private readonly letters: string[];
  /** Per column: the start of a cell, up to its row number (`<c r="B`). */
  private readonly cellStarts: string[];
  /** Per column: the style of a number in it, integer or decimal. */
  private readonly numberStyles: string[];
  /**
   * Per column: the last text cell and its XML after the reference. Rows of one article follow
   * each other and share texts (its id, a sentence with several records in it), which are then
   * escaped and measured once.
   */
  private readonly lastTexts: Array<string | undefined>;
  private readonly lastTextEnds: string[];
  /** excelDate of the texts of this sheet's date cells, which repeat (a run covers a few weeks): each worked out once. */
  private readonly excelDateOf = remembered(excelDate, DATES_REMEMBERED);

  constructor(
    readonly name: string,
    readonly columns: readonly Column<Row>[],
    private readonly scratch: (part: number) => string,
    private readonly rowsPerSheet: number,
    /** The workbook's batches handed to zlib and not yet written, oldest first. */
    private readonly inFlight: Array<Promise<void>>,
  ) {
    this.widths = columns.map((column) => displayWidth(column.key, MAX_WIDTH));
    this.caps = columns.map((column) => (column.key === 'sentence' ? CONTEXT_WIDTH : MAX_WIDTH));
    this.letters = columns.map((_, index) => columnLetters(index));
    this.cellStarts = this.letters.map((letters) => `<c r="${letters}`);
    this.numberStyles = columns.map((column) => ` s="${column.kind === 'integer' ? STYLE.integer : STYLE.number}"`);
    this.lastTexts = columns.map(() => undefined);
    this.lastTextEnds = columns.map(() => '');
    this.openPart();
  }

  private openPart(): void {
    const file = this.scratch(this.parts.length);
    this.parts.push({ file, out: new ScratchFile(file), crc32: 0, size: 0, rows: 0, written: Promise.resolve() });
    this.pending.append(this.headerRow());
  }

  private headerRow(): string {
    let xml = '<row r="1">';
    this.columns.forEach((column, index) => (xml += `${this.cellStarts[index]}1" s="${STYLE.header}"${stringCellEnd(column.key)}`));
    return `${xml}</row>`;
  }

  private get lastLetters(): string {
    return this.letters[this.letters.length - 1]!;
  }

  private get current(): SheetPart {
    return this.parts[this.parts.length - 1]!;
  }

  /** Adds a row; `flush` hands the rows added so far to zlib. */
  add(row: Row): void {
    let part = this.current;
    if (part.rows === this.rowsPerSheet) {
      this.closePart(part);
      this.openPart();
      part = this.current;
    }
    const r = ++part.rows + 1;
    const { columns, cellStarts, numberStyles, widths, caps, lastTexts, lastTextEnds } = this;
    let xml = `<row r="${r}">`;
    // The row number and the quote after it, for every cell reference of the row: written as text once.
    const rowRef = `${r}"`;
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index]!;
      let value = column.value(row);
      if (value === undefined || value === null) continue;
      let shown: number;
      if (typeof value === 'number') {
        const text = String(value);
        xml += `${cellStarts[index]}${rowRef}${numberStyles[index]}><v>${text}</v></c>`;
        shown = text.length;
      } else if (typeof value === 'boolean') {
        xml += `${cellStarts[index]}${rowRef} t="b"><v>${value ? 1 : 0}</v></c>`;
        shown = value ? 4 : 5;
      } else {
        if (Array.isArray(value)) value = value.join(LIST_SEPARATOR);
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        const date = column.kind === 'date' ? this.excelDateOf(text) : undefined;
        if (date) {
          xml += `${cellStarts[index]}${rowRef} s="${date.withTime ? STYLE.dateTime : STYLE.date}"><v>${date.serial}</v></c>`;
          shown = date.withTime ? DATE_TIME_WIDTH : DATE_WIDTH;
        } else if (text === lastTexts[index]) {
          // The text of the cell above: escaped and measured already.
          xml += `${cellStarts[index]}${rowRef}${lastTextEnds[index]}`;
          shown = 0;
        } else {
          const end = stringCellEnd(text);
          lastTexts[index] = text;
          lastTextEnds[index] = end;
          xml += `${cellStarts[index]}${rowRef}${end}`;
          // A text shows at most two columns a character: one no wider than the column leaves it as it is.
          shown = widths[index]! < caps[index]! && 2 * text.length > widths[index]! ? displayWidth(text, caps[index]!) : 0;
        }
      }
      if (shown > widths[index]!) widths[index] = Math.min(shown, caps[index]!);
    }
    this.heldRows += `${xml}</row>`;
    if (this.heldRows.length >= HELD_TEXT_CHARS) this.encodeHeldRows();
  }

  private encodeHeldRows(): void {
    this.pending.append(this.heldRows);
    this.heldRows = '';
  }

  /** Hands the rows added so far to zlib once there are enough of them, waiting while the workbook has too many jobs out. */
  async flush(): Promise<void> {
    this.encodeHeldRows();
    if (this.pending.length < SHEET_BATCH_BYTES) return;
    this.deflate(this.current, false);
    while (this.inFlight.length > MAX_DEFLATE_JOBS) await this.inFlight.shift();
  }

  /**
   * Hands the pending XML to zlib's thread pool as a deflate stream of its own; the batches of a
   * part, each ended by a sync flush and the last by the final block, make one deflate stream
   * when written one after the other. Batches deflate in parallel and are written in order.
   */
  private deflate(part: SheetPart, last: boolean): void {
    const data = this.pending.take();
    part.crc32 = zlib.crc32(data, part.crc32);
    part.size += data.length;
    const deflated = deflateRaw(data, {
      level: DEFLATE_LEVEL,
      chunkSize: Math.max(DEFLATE_CHUNK_BYTES, data.length + 1024),
      finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    });
    // A failure surfaces through `written`, awaited by flush or close.
    deflated.catch(() => {});
    part.written = part.written.then(async () => {
      const bytes = await deflated;
      this.pending.recycle(data);
      await part.out.write(bytes);
    });
    this.inFlight.push(part.written);
  }

  private closePart(part: SheetPart): void {
    this.encodeHeldRows();
    this.pending.append(`</sheetData><autoFilter ref="A1:${this.lastLetters}1"/></worksheet>`);
    this.deflate(part, true);
    part.written = part.written.then(() => part.out.close());
  }

  /** Ends the last part; the table takes no more rows. */
  async close(): Promise<void> {
    this.closePart(this.current);
    await Promise.all(this.parts.map((part) => part.written));
  }

  /** Column widths as `<cols>` gives them: the widest cell seen, plus a margin. */
  widthsXml(): string {
    return this.widths
      .map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${Math.max(MIN_WIDTH, width + 2)}" customWidth="1"/>`)
      .join('');
  }

  /** The start of each part's XML, up to its first row. */
  head(part: SheetPart): string {
    const last = `${this.lastLetters}${part.rows + 1}`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<dimension ref="A1:${last}"/>` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${this.widthsXml()}</cols><sheetData>`
    );
  }
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const STYLES_XML =
  XML_HEAD +
  `<styleSheet xmlns="${MAIN_NS}">` +
  `<numFmts count="3"><numFmt numFmtId="164" formatCode="${NUMBER_FORMAT}"/><numFmt numFmtId="165" formatCode="${DATE_FORMAT}"/><numFmt numFmtId="166" formatCode="${DATE_TIME_FORMAT}"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const ROOT_RELS =
  XML_HEAD +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>';

/** No timestamps but a fixed one: the workbook stays reproducible. */
const CORE_XML =
  XML_HEAD +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<dc:creator>newsgrid</dc:creator><cp:lastModifiedBy>newsgrid</cp:lastModifiedBy>' +
  '<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>' +
  '</cp:coreProperties>';

function contentTypes(sheets: number): string {
  let overrides = '';
  for (let n = 1; n <= sheets; n++) {
    overrides += `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  }
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `${overrides}</Types>`
  );
}

function workbookXml(names: readonly string[]): string {
  const sheets = names.map((name, index) => `<sheet name="${xmlText(name)}" sheetId="${index + 1}" r:id="rId${index + 2}"/>`).join('');
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(sheets: number): string {
  let rels = `<Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/>`;
  for (let n = 1; n <= sheets; n++) rels += `<Relationship Id="rId${n + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`;
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

function deflatedEntry(name: string, text: string): DeflatedEntry {
  const data = Buffer.from(text, 'utf8');
  const deflated = zlib.deflateRawSync(data, { level: DEFLATE_LEVEL });
  return { name, crc32: zlib.crc32(data), size: data.length, compressedSize: deflated.length, parts: [deflated] };
}

/** A sheet part's entry: its head, deflated now and sync-flushed so that the rows' deflate stream follows it. */
async function sheetEntry(name: string, head: string, part: SheetPart): Promise<DeflatedEntry> {
  const data = Buffer.from(head, 'utf8');
  const deflated = zlib.deflateRawSync(data, { level: DEFLATE_LEVEL, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const { size: rowsCompressed } = await stat(part.file);
  return {
    name,
    crc32: crc32Combine(zlib.crc32(data), part.crc32, part.size),
    size: data.length + part.size,
    compressedSize: deflated.length + rowsCompressed,
    parts: [deflated, { file: part.file }],
  };
}

/**
 * The workbook: tables are declared in sheet order when it opens and filled in any order;
 * `finish` writes report.xlsx and removes the scratch files.
 */
export class XlsxWriter {
  private readonly tables: Array<SheetTable<any>> = [];
  private readonly inFlight: Array<Promise<void>> = [];

  constructor(
    private readonly scratchDir: string,
    private readonly rowsPerSheet = MAX_DATA_ROWS_PER_SHEET,
  ) {}

  table<Row>(name: string, columns: readonly Column<Row>[]): SheetTable<Row> {
    const index = this.tables.length;
    const table = new SheetTable(name, columns, (part) => path.join(this.scratchDir, `.sheet-${index}-${part}.deflated`), this.rowsPerSheet, this.inFlight);
    this.tables.push(table);
    return table;
  }

  async finish(file: string, rows: number): Promise<WrittenFile> {
    await Promise.all(this.tables.map((table) => table.close()));
    const names: string[] = [];
    const sheets: DeflatedEntry[] = [];
    for (const table of this.tables) {
      for (const [index, part] of table.parts.entries()) {
        names.push(index === 0 ? table.name : `${table.name} (${index + 1})`);
        sheets.push(await sheetEntry(`xl/worksheets/sheet${names.length}.xml`, table.head(part), part));
      }
    }
    const sink = new FileSink(file);
    await writeZip(sink, [
      deflatedEntry('[Content_Types].xml', contentTypes(names.length)),
      deflatedEntry('_rels/.rels', ROOT_RELS),
      deflatedEntry('docProps/core.xml', CORE_XML),
      deflatedEntry('xl/workbook.xml', workbookXml(names)),
      deflatedEntry('xl/_rels/workbook.xml.rels', workbookRels(names.length)),
      deflatedEntry('xl/styles.xml', STYLES_XML),
      ...sheets,
    ]);
    await sink.write('', rows);
    const written = await sink.close();
    await Promise.all(this.tables.flatMap((table) => table.parts.map((part) => rm(part.file, { force: true }))));
    return written;
  }
}

export interface SummaryLine {
  item: string;
  value: string | number;
  detail?: string;
}

export const summaryColumns: Column<SummaryLine>[] = [
  { key: 'item', kind: 'text', value: (line) => line.item },
  { key: 'value', kind: 'integer', value: (line) => line.value },
  { key: 'detail', kind: 'text', value: (line) => line.detail },
];

/**
 * The Summary sheet's lines: the run's figures, then `more` (e.g. events per type, top
 * entities), then its failed inputs; no timestamps (the workbook stays reproducible).
 */
export function summaryLines(
  run: RunInfo,
  { counts, totals }: RunCounts,
  failed: readonly InputOutcome[],
  more: readonly SummaryLine[] = [],
): SummaryLine[] {
  return [
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
    ...failed.map((input) => ({
      item: 'failed input',
      value: input.path,
      detail: input.diagnostics.map((d) => d.message).join(LIST_SEPARATOR),
    })),
  ];
}

export function sheetName(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}
