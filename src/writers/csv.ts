import { LIST_SEPARATOR, type Column } from './columns.ts';

/**
 * CSV as papaparse's `unparse` wrote it for these tables (comma-separated, CRLF, `"` doubled),
 * written here cell by cell: no array per row, no per-cell configuration lookups. A property
 * test holds it to papaparse's output.
 */

/** Excel guesses the encoding of a double-clicked CSV; the BOM makes it read UTF-8 (Chinese). */
const BOM = '\uFEFF';
/**
 * Text a spreadsheet would run as a formula (= + - @, a leading tab or CR); such a cell gets a
 * leading apostrophe, and quotes. Numbers are never text, so negative amounts are not touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * What makes a text cell quoted: the delimiter, a quote, a line break or a BOM (papaparse's
 * rules), and a tab, so that no spreadsheet splits the cell. So does a space at either end.
 */
const NEEDS_QUOTES = /[,"\r\n\t\uFEFF]/;
const QUOTES = /"/g;
const SPACE = 0x20;

function quoted(text: string): string {
  return `"${text.replace(QUOTES, '""')}"`;
}

/** A text cell, escaped and quoted as it needs. */
function csvText(text: string): string {
  if (FORMULA_START.test(text)) return quoted(`'${text}`);
  if (NEEDS_QUOTES.test(text) || text.charCodeAt(0) === SPACE || text.charCodeAt(text.length - 1) === SPACE) return quoted(text);
  return text;
}

/** A cell: empty when absent, lists joined, objects as JSON, numbers and booleans as JavaScript writes them. */
function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return csvText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return csvText(Array.isArray(value) ? value.join(LIST_SEPARATOR) : JSON.stringify(value));
}

/** One row of a table, ending in CRLF. */
export function csvRow<Row>(columns: readonly Column<Row>[], row: Row): string {
  let line = csvCell(columns[0]!.value(row));
  for (let index = 1; index < columns.length; index++) line += `,${csvCell(columns[index]!.value(row))}`;
  return `${line}\r\n`;
}

/** The start of a CSV table: the BOM and a header of column keys. */
export function csvHeader<Row>(columns: readonly Column<Row>[]): string {
  return `${BOM}${columns.map((column) => csvText(column.key)).join(',')}\r\n`;
}

/** Rows to append to a table begun with `csvHeader`; each line ends in CRLF. */
export function csvRows<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  let text = '';
  for (const row of rows) text += csvRow(columns, row);
  return text;
}
