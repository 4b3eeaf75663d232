/**
 * Where sentences and clauses end, read by one pass over the characters. The rules are those of
 * two patterns (kept beside the tests as the reference this pass must equal):
 *
 *   sentence: [。!?\n]|POINT(?=\s+[A-Z"“(]|\s*$)
 *   clause:   [。!?;\n丨|]|,(?!\d{3}(?!\d))|:(?!\d)|POINT(?=\s|$)|\s(?<=[\p{Script=Han}%]\s)\s*(?=\p{Script=Han})|\s+(?=\d{1,2}、)
 *
 * where POINT is a point that closes no title, initial or legal form (\.(?<!\b(?:Mr|…|Plc|[A-Z])\.)).
 * A regex that opens with look-arounds and a class is tried at every position of every sentence;
 * a look at one code unit rules out nearly all of them here.
 */
import type { Span } from '../../model/span.ts';
import type { Clause } from './scene.ts';
import { codeUnitSet, isAsciiDigit, isAsciiWordUnit, isHighSurrogate, isLowSurrogate } from '../../text/code-units.ts';
import { isWhiteSpace } from '../../text/space.ts';

// The point of a title, an initial (U.S., J. P. Morgan) or a company's legal form ends no sentence:
// Vivus Inc. (NASDAQ: VVUS) dropped 6% is one (a sentence that does end on Inc. is rarer).
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'No', 'vs', 'Inc', 'Co', 'Corp', 'Ltd', 'Cos', 'Bros', 'Plc']);
const LONGEST_TITLE = 4;

const COMMA = 0x2c;
const COLON = 0x3a;
const POINT = 0x2e;
const PERCENT = 0x25;
const NEWLINE = 0x0a;
const LIST_MARK = 0x3001; // 、
const OPEN_BRACKET = 0x28;
const CLOSE_BRACKET = 0x29;

const SENTENCE_END = codeUnitSet('。!?\n');
const CLAUSE_END = codeUnitSet('。!?;\n丨|');

// What a unit may do; the scans pass over every other unit (role 0) at one look.
/** Punctuation: it may open a break. */
const OPENS_BREAK = 1;
/** A space: it may open a break after Han or `%`, or before a list number. */
const SPACES = 2;
/** A bracket: a break inside brackets breaks no clause. */
const BRACKET = 3;
// Every unit that may do something but two lies below this one: a small table stays in the cache
// while Han text passes (the one above, 丨, breaks clauses; the other, U+FEFF, is a space).
const ROLE_TABLE_END = 0x3003;
const CLAUSE_MARK = 0x4e28; // 丨
const BYTE_ORDER_MARK = 0xfeff;
const ROLE = new Uint8Array(ROLE_TABLE_END);
for (let unit = 0; unit < ROLE_TABLE_END; unit++) if (isWhiteSpace(unit)) ROLE[unit] = SPACES;
for (const unit of '。!?;\n|,:.') ROLE[unit.charCodeAt(0)] = OPENS_BREAK;
ROLE[OPEN_BRACKET] = BRACKET;
ROLE[CLOSE_BRACKET] = BRACKET;

const roleOf = (code: number) => (code < ROLE_TABLE_END ? ROLE[code]! : code === CLAUSE_MARK ? OPENS_BREAK : code === BYTE_ORDER_MARK ? SPACES : 0);

const isCapital = (code: number) => code >= 0x41 && code <= 0x5a;

const HAN = /^\p{Script=Han}$/u;
/** No code point below this one is Han: most spaces stand after Latin text, ruled out at a look. */
const FIRST_HAN = 0x2e80;
/** What the pattern said of each BMP unit asked about (0: not asked yet, 1: Han, 2: not). */
const hanUnits = new Uint8Array(0x10000);

function isHan(codePoint: number): boolean {
  if (codePoint < FIRST_HAN) return false;
  if (codePoint > 0xffff) return HAN.test(String.fromCodePoint(codePoint));
  if (hanUnits[codePoint] === 0) hanUnits[codePoint] = HAN.test(String.fromCharCode(codePoint)) ? 1 : 2;
  return hanUnits[codePoint] === 1;
}

/** The code point that opens at `at`, read no further than `to`. */
function codePointAt(text: string, at: number, to: number): number {
  const code = text.charCodeAt(at);
  if (isHighSurrogate(code) && at + 1 < to) {
    const low = text.charCodeAt(at + 1);
    if (isLowSurrogate(low)) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return code;
}

/** The code point that ends right before `at`, read no further back than `from`. */
function codePointBefore(text: string, from: number, at: number): number {
  const code = text.charCodeAt(at - 1);
  if (isLowSurrogate(code) && at - 2 >= from) {
    const high = text.charCodeAt(at - 2);
    if (isHighSurrogate(high)) return (high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000;
  }
  return code;
}

/** The point at `at` closes a title or an initial: the word before it, from `from` on, is one. */
function closesTitle(text: string, from: number, at: number): boolean {
  let wordStart = at;
  while (wordStart > from && isAsciiWordUnit(text.charCodeAt(wordStart - 1))) wordStart--;
  const length = at - wordStart;
  if (length === 1) return isCapital(text.charCodeAt(wordStart));
  return length > 1 && length <= LONGEST_TITLE && TITLES.has(text.slice(wordStart, at));
}

/** Where the run of spaces from `at` ends, no further than `to`. */
function spacesEnd(text: string, at: number, to: number): number {
  while (at < to && isWhiteSpace(text.charCodeAt(at))) at++;
  return at;
}

/** How long the sentence break at `at` is (0: none there). */
function sentenceBreakAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (SENTENCE_END[code] === 1) return 1;
  if (code !== POINT || closesTitle(text, 0, at)) return 0;
  const after = spacesEnd(text, at + 1, text.length);
  if (after === text.length) return 1;
  if (after === at + 1) return 0;
  const next = text.charCodeAt(after);
  return isCapital(next) || next === 0x22 || next === 0x201c || next === OPEN_BRACKET ? 1 : 0;
}

/** The space at `at` stands alone between Latin words, as most do: no break opens there. */
function betweenWords(text: string, from: number, to: number, at: number): boolean {
  if (at === from || at + 1 === to) return false;
  const before = text.charCodeAt(at - 1);
  const next = text.charCodeAt(at + 1);
  return before !== PERCENT && before < FIRST_HAN && !isAsciiDigit(next) && !isWhiteSpace(next);
}

/** How long the clause break the punctuation at `at` opens is, in the text [from, to) (0: none). */
function punctuationBreakAt(text: string, from: number, to: number, at: number): number {
  const code = text.charCodeAt(at);
  if (CLAUSE_END[code] === 1) return 1;
  // Not the comma of 11,659,096, nor the colon of 09:30.
  if (code === COMMA) {
    const thousands = at + 3 < to && isAsciiDigit(text.charCodeAt(at + 1)) && isAsciiDigit(text.charCodeAt(at + 2)) && isAsciiDigit(text.charCodeAt(at + 3));
    return thousands && !(at + 4 < to && isAsciiDigit(text.charCodeAt(at + 4))) ? 0 : 1;
  }
  if (code === COLON) return at + 1 < to && isAsciiDigit(text.charCodeAt(at + 1)) ? 0 : 1;
  return !closesTitle(text, from, at) && (at + 1 === to || isWhiteSpace(text.charCodeAt(at + 1))) ? 1 : 0;
}

/** How long the clause break the spaces from `at` to `end` open is, in the text [from, to) (0: none). */
function spaceBreak(text: string, from: number, to: number, at: number, end: number): number {
  if (end === to) return 0;
  // Headlines separate phrases with a space: 富瑞:维持百度买入评级 目标价262港元.
  if (at > from) {
    const before = codePointBefore(text, from, at);
    if ((before === PERCENT || isHan(before)) && isHan(codePointAt(text, end, to))) return end - at;
  }
  // A numbered list run together on one line (1、… 2、…) breaks before each number.
  if (!isAsciiDigit(text.charCodeAt(end))) return 0;
  const mark = end + 1 < to && isAsciiDigit(text.charCodeAt(end + 1)) ? end + 2 : end + 1;
  return mark < to && text.charCodeAt(mark) === LIST_MARK ? end - at : 0;
}

/** How far back an open bracket keeps a comma from ending a clause: 中国铁建(9.220,-0.21,-2.23%). */
const BRACKET_REACH = 40;

/** The positions of the units with a role in the text being split, kept between calls to spare allocations. */
let marks = new Int32Array(4096);

/** The sentences of the text (the spans between its sentence breaks), noting in `marks` every unit with a role. */
function splitSentences(text: string): { sentences: Span[]; markCount: number } {
  const sentences: Span[] = [];
  // The module's buffer read once into a local: a module variable is read with a check per unit.
  let found = marks;
  let markCount = 0;
  let start = 0;
  const textLength = text.length;
  for (let at = 0; at < textLength; ) {
    // Units with no role (most of a text) are passed in a loop of their own, which does nothing else.
    let role = roleOf(text.charCodeAt(at));
    while (role === 0 && ++at < textLength) role = roleOf(text.charCodeAt(at));
    if (role === 0) break;
    if (markCount === found.length) {
      const grown = new Int32Array(found.length * 2);
      grown.set(found);
      marks = found = grown;
    }
    found[markCount++] = at;
    const length = role === OPENS_BREAK ? sentenceBreakAt(text, at) : 0;
    if (length === 0) {
      at++;
      continue;
    }
    if (at > start) sentences.push({ start, end: at });
    start = at += length;
  }
  if (textLength > start) sentences.push({ start, end: textLength });
  return { sentences, markCount };
}

/**
 * Appends the clauses of one sentence (`sentence`, numbered `index`) to `clauses`: the spans
 * between its clause breaks, read within the sentence alone. A break with an open bracket in
 * reach before it, and no closing one after that, breaks nothing: 中国铁建(9.220,-0.21,-2.23%).
 * Only the marked units are read, from `mark` on; returns the first mark past the sentence.
 */
function splitClauses(text: string, sentence: Span, index: number, clauses: Clause[], mark: number, markCount: number): number {
  const { start: from, end: to } = sentence;
  let start = from;
  let lastOpen = -1;
  let lastClose = -1;
  // Where the next unit worth a look stands: past a break, or past spaces that open none.
  let next = from;
  for (; mark < markCount && marks[mark]! < to; mark++) {
    const at = marks[mark]!;
    if (at < next) continue;
    const code = text.charCodeAt(at);
    const role = roleOf(code);
    if (role === BRACKET) {
      if (code === OPEN_BRACKET) lastOpen = at;
      else lastClose = at;
      continue;
    }
    let length = 0;
    if (role === OPENS_BREAK) length = punctuationBreakAt(text, from, to, at);
    else if (!betweenWords(text, from, to, at)) {
      const end = spacesEnd(text, at, to);
      length = spaceBreak(text, from, to, at, end);
      if (length === 0) {
        // No later space of the run opens a break either (none has Han before it, all end there): a line break in it is one.
        for (next = at + 1; next < end && text.charCodeAt(next) !== NEWLINE; ) next++;
        continue;
      }
    }
    if (length === 0) continue;
    if (lastOpen < 0 || lastOpen < at - BRACKET_REACH || lastClose > lastOpen) {
      if (at > start) clauses.push({ start, end: at, sentence: index, breakChar: text.slice(at, at + length) });
      start = at + length;
    }
    next = at + length;
  }
  if (to > start) clauses.push({ start, end: to, sentence: index, breakChar: '' });
  return mark;
}

/** The text's sentences, and the clauses of each (numbered by sentence). */
export function splitText(text: string): { sentences: Span[]; clauses: Clause[] } {
  const { sentences, markCount } = splitSentences(text);
  const clauses: Clause[] = [];
  let mark = 0;
  for (let index = 0; index < sentences.length; index++) mark = splitClauses(text, sentences[index]!, index, clauses, mark, markCount);
  return { sentences, clauses };
}
