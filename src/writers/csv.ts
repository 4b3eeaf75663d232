import { LIST_SEPARATOR, type Column } from './columns.ts';

/** Excel guesses the encoding of a double-clicked CSV; the BOM makes it read UTF-8 (Chinese). */
const BOM = '\uFEFF';
/** Text that a spreadsheet would run as a formula: = + - @, a leading tab or CR (multi-line cells too). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Cells that are quoted: a quote, comma, line break, tab or BOM inside, a space at either end. */
const NEEDS_QUOTES = /[",\r\n\t\uFEFF]|^ | $/;

/**
 * One cell as papaparse's unparse wrote it with this project's settings (the bytes of every
 * CSV stay those): formula-like text gets a leading apostrophe and quotes; numbers stay numbers,
 * so negative amounts are not touched; cells holding tabs or line breaks are quoted so no
 * spreadsheet splits them.
 */
function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(LIST_SEPARATOR) : JSON.stringify(value);
  if (FORMULA_START.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The start of a CSV table: the BOM and a header of column keys. */
export function csvHeader<Row>(columns: readonly Column<Row>[]): string {
  return `${BOM}${columns.map((column) => csvCell(column.key)).join(',')}\r\n`;
}

/** One row of a table begun with `csvHeader`, ending in CRLF. */
export function csvRow<Row>(columns: readonly Column<Row>[], row: Row): string {
  let line = '';
  for (let index = 0; index < columns.length; index++) {
    if (index > 0) line += ',';
    line += csvCell(columns[index]!.value(row));
  }
  return `${line}\r\n`;
}

/** Rows to append to a table begun with `csvHeader`. */
export function csvRows<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  let out = '';
  for (const row of rows) out += csvRow(columns, row);
  return out;
}
