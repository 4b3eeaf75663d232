import type { Sentence } from '../model/article.ts';
import { trimSpan } from './space.ts';

// A sentence ends at Chinese terminal punctuation (and a closing quote right after it),
// at a line break, or at Latin . ! ? followed by white space: not inside 557.6 or U.S., and
// not after a title, an initial or a Latin abbreviation (Mr. Smith, J. P. Morgan, vs. Apple).
// After a company's legal form a capital still opens a new sentence (Apple Inc. The company…),
// but a parenthesis or an exchange prefix names its listing: `Vivus Inc. (NASDAQ: VVUS) dropped`.
// Every alternative opens with a character, the dot included: the look-behinds read back over the
// dot they follow, so that they run only at a dot and the engine skips between candidates at
// speed (a look-ahead for the dot before them made it try every position).
const NEVER_ENDS_AFTER = 'Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Jr|Sr|No|Nos|vs|e\\.g|i\\.e|[A-Z]';
const LEGAL_FORM = 'Inc|Co|Cos|Corp|Ltd|Plc|PLC|LLC|Bros';
const EXCHANGE_PREFIX = '(?:NYSE|NASDAQ|Nasdaq|AMEX|NYSEArca|NYSEARCA|OTC\\w*|TSX|LSE|HKEX|SEHK|SSE|SZSE)\\s*:';
const SENTENCE_END = new RegExp(
  `[。！？!?；;]+[”’」』"')）]*|\\n+|\\.(?<!\\b(?:${NEVER_ENDS_AFTER})\\.)` +
    `(?:(?<=\\b(?:${LEGAL_FORM})\\.)(?=\\s+(?!${EXCHANGE_PREFIX})[A-Z"“]|\\s*$)|(?<!\\b(?:${LEGAL_FORM})\\.)(?=\\s+[A-Z"“(]|\\s*$))[”"')]*`,
  'g',
);

/** Splits text into sentences as half-open spans, trimmed of surrounding white space. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // Only where each end mark stops matters: `test` leaves it in lastIndex without building a match.
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(text)) {
    pushTrimmed(sentences, text, start, SENTENCE_END.lastIndex);
    start = SENTENCE_END.lastIndex;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

/** Adds the sentence [start, end), trimmed of white space, unless nothing is left of it. */
function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number): void {
  const sentence = trimSpan(text, start, end);
  if (sentence.end > sentence.start) sentences.push(sentence);
}

/** The sentence holding `offset` (binary search over sorted, disjoint sentences). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences[sentenceIndexAt(sentences, offset)];
}

/** The index of the sentence holding `offset`, or -1 when it falls between sentences. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
