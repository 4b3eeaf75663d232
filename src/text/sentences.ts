import type { Sentence } from '../model/article.ts';

// A sentence ends at Chinese terminal punctuation (and a closing quote right after it),
// at a line break, or at Latin . ! ? followed by white space: not inside 557.6 or U.S., and
// not after a title or an initial (Mr. Smith, J. P. Morgan).
const SENTENCE_END =
  /[。！？!?；;]+[”’」』"')）]*|\n+|(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Jr|Sr|No|vs|[A-Z]))\.(?=\s+[A-Z"“(]|\s*$)[”"')]*/g;

/** Splits text into sentences as half-open spans, trimmed of surrounding white space. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(text.length);
  return sentences;
}

/** The sentence holding `offset` (binary search over sorted, disjoint sentences). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
