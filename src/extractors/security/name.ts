import { nameStartBefore } from '../organization/boundary.ts';
import { isLiveQuote } from '../../text/live-quote.ts';
import { isWhiteSpace } from '../../text/space.ts';

/**
 * The name a text gives a security, read backwards from the code's opening bracket:
 * 网宿科技(300017.SZ) → 网宿科技, `Larsen and Toubro (LART.NS)` → Larsen and Toubro,
 * 申通快递(18.910,0.34,1.83%)(002468.SZ) → 申通快递 with the live quote kept aside.
 * Works on the folded scan text (half-width brackets); callers slice names from the article text.
 */

export interface NameBefore {
  start: number;
  end: number;
  /** An inline live quote between name and code: `18.910,0.34,1.83%`. */
  quoteSnapshot?: string;
}

/** Another code group right before this one: `Google (NASDAQ: GOOG ) (NASDAQ: GOOGL )`. */
const CODE_GROUP = /^\s*(?:[A-Za-z\u4e00-\u9fff ]{2,12}:\s*)?(?:[A-Z0-9]{1,12}(?:\.[A-Z]{1,2})?)\s*$/;

/** Hong Kong share-class markers written after the short name: 阿里巴巴-SW, 美团-W. */
const HK_CLASS_SUFFIX = /\p{Script=Han}-(?:SW|W|S|B|R)$/u;
const MAX_HAN_NAME = 24;

const LATIN_CONNECTORS = new Set(['and', 'of', 'de', '&']);
/** Abbreviations that end a company name, not a sentence. */
const NAME_ABBREVIATIONS = /^(?:Inc|Co|Corp|Cos|Ltd|Bhd|Plc|plc|Cie|Hldgs|Intl|Mfg|L\.P|S\.A|N\.V|A\.G)\.$/;
/** Capitalized words that open a sentence or clause rather than a name. */
const LEADING_NOISE = new Set(['The', 'Shares', 'Stock', 'Stocks', 'However', 'Meanwhile', 'And', 'But', 'In', 'On', 'As', 'While', 'With', 'Also']);
const MAX_LATIN_TOKENS = 8;

/** Steps back over bracket groups before `end`: a live quote is kept, a code group skipped, anything else stops. */
function skipBracketGroups(scan: string, end: number): { end: number; quoteSnapshot?: string } {
  let cursor = end;
  let quoteSnapshot: string | undefined;
  for (;;) {
    while (cursor > 0 && scan[cursor - 1] === ' ') cursor--;
    if (scan[cursor - 1] !== ')') return { end: cursor, ...(quoteSnapshot ? { quoteSnapshot } : {}) };
    const open = scan.lastIndexOf('(', cursor - 1);
    if (open < 0 || cursor - open > 48) return { end: cursor, ...(quoteSnapshot ? { quoteSnapshot } : {}) };
    const inner = scan.slice(open + 1, cursor - 1);
    if (isLiveQuote(scan.slice(open, cursor))) quoteSnapshot ??= inner.trim();
    else if (!CODE_GROUP.test(inner)) return { end: cursor, ...(quoteSnapshot ? { quoteSnapshot } : {}) };
    cursor = open;
  }
}

function hanNameStart(scan: string, nameEnd: number): number | undefined {
  const end = HK_CLASS_SUFFIX.test(scan.slice(Math.max(0, nameEnd - 4), nameEnd)) ? scan.lastIndexOf('-', nameEnd) : nameEnd;
  return nameStartBefore(scan, end, 2, MAX_HAN_NAME, { mixed: true });
}

/**
 * The last `count` words (runs of non-space) of the text from `windowStart` to `end`, in text
 * order; the first may be cut at `windowStart`. Read backwards: the name is in the last few words.
 */
export function lastWords(scan: string, windowStart: number, end: number, count: number): Array<{ start: number; text: string }> {
  const words: Array<{ start: number; text: string }> = [];
  let at = end;
  while (words.length < count) {
    while (at > windowStart && isWhiteSpace(scan.charCodeAt(at - 1))) at--;
    if (at === windowStart) break;
    const wordEnd = at;
    while (at > windowStart && !isWhiteSpace(scan.charCodeAt(at - 1))) at--;
    words.push({ start: at, text: scan.slice(at, wordEnd) });
  }
  return words.reverse();
}

function latinNameStart(scan: string, end: number): number | undefined {
  // The name's words and the one before them are all the walk below reads.
  const tokens = lastWords(scan, Math.max(0, end - 120), end, MAX_LATIN_TOKENS + 1);
  let first = tokens.length;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= MAX_LATIN_TOKENS; i--) {
    const text = tokens[i]!.text;
    const capitalized = /^[A-Z0-9][\w&'.-]*$/.test(text) && /[A-Za-z]/.test(text);
    const endsSentence = /[.,;:!?]$/.test(text) && !NAME_ABBREVIATIONS.test(text);
    if (capitalized && !(endsSentence && i < tokens.length - 1)) {
      if (endsSentence) break;
      first = i;
      continue;
    }
    // A connector belongs to the name only between two capitalized words (Larsen and Toubro).
    const previous = tokens[i - 1]?.text ?? '';
    if (LATIN_CONNECTORS.has(text) && first === i + 1 && /^[A-Z]/.test(previous) && !/[.,;:!?]$/.test(previous)) continue;
    break;
  }
  // A registered name keeps its article: The Boeing Co., The Home Depot Inc.
  const registered = NAME_ABBREVIATIONS.test(tokens[tokens.length - 1]?.text ?? '');
  const noise = (text: string) => (LEADING_NOISE.has(text) && !(registered && text === 'The')) || LATIN_CONNECTORS.has(text);
  while (first < tokens.length && noise(tokens[first]!.text)) first++;
  return first < tokens.length ? tokens[first]!.start : undefined;
}

/** The name right before the bracket at `open` (or before the code at `open` when unbracketed). */
export function nameBefore(scan: string, open: number): NameBefore | undefined {
  const { end: rawEnd, quoteSnapshot } = skipBracketGroups(scan, open);
  let end = rawEnd;
  const snapshot = quoteSnapshot ? { quoteSnapshot } : {};
  const last = scan[end - 1];
  if (last === undefined) return undefined;
  if (/\p{Script=Han}/u.test(last) || HK_CLASS_SUFFIX.test(scan.slice(Math.max(0, end - 4), end))) {
    const start = hanNameStart(scan, end);
    return start === undefined ? undefined : { start, end, ...snapshot };
  }
  if (/[A-Za-z.]/.test(last)) {
    while (end > 0 && scan[end - 1] === ' ') end--;
    const start = latinNameStart(scan, end);
    return start === undefined ? undefined : { start, end, ...snapshot };
  }
  return undefined;
}
