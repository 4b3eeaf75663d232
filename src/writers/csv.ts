import Papa from 'papaparse';
import { LIST_SEPARATOR, type Column } from './columns.ts';

/** Excel guesses the encoding of a double-clicked CSV; the BOM makes it read UTF-8 (Chinese). */
const BOM = '\uFEFF';
/** papaparse's own test (`/^[=+\-@\t\r].*$/`) misses multi-line cells, since `.` stops at a line break. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that a spreadsheet would run as a formula (= + - @, a leading tab or CR) gets papaparse's
 * leading apostrophe; numbers stay numbers, so negative amounts are not touched. Cells holding
 * tabs or line breaks are quoted so no spreadsheet splits them: papaparse quotes line breaks
 * itself, tabs on our word. Lines end in CRLF.
 */
const UNPARSE: Papa.UnparseConfig = {
  escapeFormulae: FORMULA_START,
  newline: '\r\n',
  quotes: (value: unknown) => typeof value === 'string' && value.includes('\t'),
};

/** A cell as papaparse takes it; an empty one stays undefined, which papaparse writes as nothing without looking it over. */
function csvCell(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The start of a CSV table: the BOM and a header of column keys. */
export function csvHeader<Row>(columns: readonly Column<Row>[]): string {
  return `${BOM}${Papa.unparse([columns.map((column) => column.key)], UNPARSE)}\r\n`;
}

/** Rows to append to a table begun with `csvHeader`; each line ends in CRLF. */
export function csvRows<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows.map((row) => columns.map((column) => csvCell(column.value(row)))), UNPARSE)}\r\n`;
}
