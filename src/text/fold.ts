import type { Span } from '../model/span.ts';

/**
 * Length-preserving folding for matching: full-width ASCII forms (０-９, Ａ-Ｚ, （）％，：)
 * become half-width and the ideographic space a plain space. Every replaced character is one
 * UTF-16 unit on both sides, so offsets into the folded text are offsets into the original.
 */
export function foldWidth(text: string): string {
  return scanText(text, []);
}
const FOLDABLE = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_SHIFT = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
const SPACE = 0x20;

/** Blanks the given spans with spaces, keeping length, so rules never match inside them. */
export function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const { start, end } of sorted) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    out += text.slice(cursor, from) + ' '.repeat(end - from);
    cursor = end;
  }
  return out + text.slice(cursor);
}

/**
 * The text rules see: boilerplate blanked, then width-folded. Both are done in one copy of the
 * text's UTF-16 units, changed in place: no string per blanked stretch, and no regex call per
 * folded character (Chinese punctuation is full-width: a text has hundreds).
 */
export function scanText(text: string, boilerplate: readonly Span[]): string {
  if (boilerplate.length === 0 && !FOLDABLE.test(text)) return text;
  const units = utf16Units(text);
  for (const { start, end } of boilerplate) units.fill(SPACE, start, end);
  for (let i = 0; i < units.length; i++) {
    const code = units[i]!;
    if (code >= FULL_WIDTH_FIRST) {
      if (code <= FULL_WIDTH_LAST) units[i] = code - FULL_WIDTH_SHIFT;
    } else if (code === IDEOGRAPHIC_SPACE) {
      units[i] = SPACE;
    }
  }
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}

/** Texts up to this many UTF-16 units are copied into one array kept for the next text, not a fresh one each. */
const REUSED_UNITS = 1 << 19;
let reusedUnits = new Uint16Array(0);

/**
 * The UTF-16 code units of a text, read natively (faster than by charCodeAt), in an array the
 * caller may change. For a text of up to REUSED_UNITS units that is the array of the previous
 * call: `scanText` turns it into a string before it returns.
 */
function utf16Units(text: string): Uint16Array {
  let units: Uint16Array;
  if (text.length > REUSED_UNITS) units = new Uint16Array(text.length);
  else {
    if (reusedUnits.length < text.length) reusedUnits = new Uint16Array(Math.min(REUSED_UNITS, Math.max(text.length, 32 * 1024)));
    units = reusedUnits.subarray(0, text.length);
  }
  Buffer.from(units.buffer, units.byteOffset, units.byteLength).write(text, 0, 'utf16le');
  return units;
}
