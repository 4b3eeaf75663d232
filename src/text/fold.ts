import type { Span } from '../model/span.ts';

const FOLDABLE = /[\uFF01-\uFF5E\u3000]/;

/**
 * Length-preserving folding for matching: full-width ASCII forms (０-９, Ａ-Ｚ, （）％，：)
 * become half-width and the ideographic space a plain space. Every replaced character is one
 * UTF-16 unit on both sides, so offsets into the folded text are offsets into the original.
 */
export function foldWidth(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  // Folded over the UTF-16 code units: Chinese text has a full-width comma or bracket every few
  // characters, and a replace callback for each costs more than one copy of the text.
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code === 0x3000 ? 0x20 : code;
  }
  return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
}

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
