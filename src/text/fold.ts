import type { Span } from '../model/span.ts';

/**
 * Length-preserving folding for matching: full-width ASCII forms (０-９, Ａ-Ｚ, （）％，：)
 * become half-width and the ideographic space a plain space. Every replaced character is one
 * UTF-16 unit on both sides, so offsets into the folded text are offsets into the original.
 */
export function foldWidth(text: string): string {
  FOLDABLE.lastIndex = 0;
  if (!FOLDABLE.test(text)) return text;
  // The text's UTF-16 bytes, changed in place wherever the search stops: no call and no string per
  // character, as a replace with a function makes. Every folded character is ASCII: its high byte is 0.
  const bytes = Buffer.from(text, 'utf16le');
  do {
    const at = FOLDABLE.lastIndex - 1;
    const code = text.charCodeAt(at);
    bytes[2 * at] = code === 0x3000 ? 0x20 : code - 0xfee0;
    bytes[2 * at + 1] = 0;
  } while (FOLDABLE.test(text));
  return bytes.toString('utf16le');
}
const FOLDABLE = /[\uFF01-\uFF5E\u3000]/g;

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

/** The text rules see: boilerplate blanked, then width-folded. */
export function scanText(text: string, boilerplate: readonly Span[]): string {
  return foldWidth(blank(text, boilerplate));
}
