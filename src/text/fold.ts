import type { Span } from '../model/span.ts';

/**
 * Length-preserving folding for matching: full-width ASCII forms (０-９, Ａ-Ｚ, （）％，：)
 * become half-width and the ideographic space a plain space. Every replaced character is one
 * UTF-16 unit on both sides, so offsets into the folded text are offsets into the original.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
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
