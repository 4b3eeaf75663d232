import Papa from 'papaparse';
import { LIST_SEPARATOR, type Column } from './columns.ts';

/** Excel guesses the encoding of a double-clicked CSV; the BOM makes it read UTF-8 (Chinese). */
const BOM = '\uFEFF';
const NEEDS_QUOTES = /[\t\r\n]/;
/** papaparse's own test (`/^[=+\-@\t\r].*$/`) misses multi-line cells, since `.` stops at a line break. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: unknown): unknown {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * A CSV table: UTF-8 with BOM, CRLF lines, a header of column keys. Text that a spreadsheet
 * would run as a formula (= + - @, a leading tab or CR) gets papaparse's leading apostrophe;
 * numbers stay numbers, so negative amounts are not touched. Cells holding tabs or line
 * breaks are quoted so no spreadsheet splits them.
 */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const data = rows.map((row) => columns.map((column) => csvCell(column.value(row))));
  const body = Papa.unparse(
    { fields: columns.map((column) => column.key), data },
    {
      escapeFormulae: FORMULA_START,
      newline: '\r\n',
      quotes: (value: unknown) => typeof value === 'string' && NEEDS_QUOTES.test(value),
    },
  );
  return `${BOM}${body}\r\n`;
}
