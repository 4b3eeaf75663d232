import { Decimal } from 'decimal.js';
import type { Span } from '../model/span.ts';
import { codeUnitSet, isAsciiDigit } from './code-units.ts';

/**
 * The numeral reader every figure extractor shares: Arabic digits (with `,` grouping, decimals,
 * exponents), Chinese numerals (lower case, financial capitals, traditional forms, 〇/零/两/廿/卅),
 * mixed forms (1.2万亿, 3千万, 一万五千亿, 四万万, 45,143.47万), negatives (负, −, -), fractions
 * (三分之一, 1/30, 三百五又三分之一) and approximate forms (三十几万, 二百余万, 数千万).
 * Arithmetic is decimal, so 557.6万 is exactly 5576000 and `exact` is a plain decimal string.
 */

export interface Numeral {
  value: number;
  /** The value as a plain decimal string (no exponent), exact where the text is. */
  exact: string;
  /** Bounds of an approximate numeral (三十几万 → 300000..400000); `value` is the lower bound. */
  min?: number;
  max?: number;
}

export interface NumeralMention extends Numeral {
  start: number;
  end: number;
  text: string;
}

export interface ReadOptions {
  /** Allow spaces between the parts of a numeral (七 万5 千4 百), as some sources write them. */
  spaces?: boolean;
}

const DIGIT_VALUES: Record<string, number> = {};
for (const [chars, value] of [
  ['零〇0', 0], ['一壹幺弌', 1], ['二贰貳两兩倆俩弍', 2], ['三叁參叄弎', 3], ['四肆', 4],
  ['五伍', 5], ['六陆陸', 6], ['七柒', 7], ['八捌', 8], ['九玖', 9],
] as const) {
  for (const ch of chars) DIGIT_VALUES[ch] = value;
}
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** 廿 and 卅 are a digit and a ten in one character. */
const TENS: Record<string, number> = { 廿: 2, 卅: 3 };
/** Powers of ten of the big units. */
const BIG_UNITS: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8, 兆: 12 };
const ZERO = '零〇';
const POINT = '点點';
const NEGATIVE = '负負-−';
/** 余/多 after a numeral: "and some more" (二百余, 一千多). */
const MORE = '余餘多';
/** 几/数 stand for an unknown digit (二十几, 数千). */
const SOME = '几幾数數';

/** Every character that can be part of a Chinese numeral, for character classes. */
export const CHINESE_NUMERAL_CHARS =
  Object.keys(DIGIT_VALUES).filter((c) => !/\d/.test(c)).join('') +
  Object.keys(SMALL_UNITS).join('') + Object.keys(TENS).join('') + Object.keys(BIG_UNITS).join('') + POINT;

const NUMERAL_CLASS = `\\d${CHINESE_NUMERAL_CHARS}`;

/** What a numeral can begin with: not a decimal point or a big unit (万元 and 亿 alone are units). */
const FIRST_CHARS = CHINESE_NUMERAL_CHARS.replace(new RegExp(`[${POINT}${Object.keys(BIG_UNITS).join('')}]`, 'g'), '');

/** Signs a numeral run may open with (the hyphen last, so that it stays literal in a class). */
const RUN_SIGNS = '负−-';

/**
 * Regex source (no capture groups) for a numeral run that other rules embed, e.g.
 * `new RegExp(`(${NUMERAL_SOURCE})美元`, 'g')`. It is deliberately permissive and never starts
 * inside another numeral; pass what it matched to `parseNumeral`, which decides.
 * Linear: a run is one character class, and the lookbehinds let it start only where a run starts,
 * so a failing suffix never retries the run from every position inside it.
 */
export const NUMERAL_SOURCE =
  `(?:[${RUN_SIGNS}](?=[\\d${FIRST_CHARS}])|\\.(?=\\d)|[\\d${FIRST_CHARS}${SOME}])` +
  // Checked after the first character (so most positions fail on one class test): the run starts here.
  `(?<![${NUMERAL_CLASS}${SOME}].)(?<!\\d[.,].)` +
  `(?:[${NUMERAL_CLASS}${MORE}${SOME}]|[.,](?=\\d)|[ ](?=[${CHINESE_NUMERAL_CHARS}]))*`;

/** Digits a decimal string may have for a shift of its point to equal decimal.js's result (20 significant digits). */
const EXACT_SHIFT_DIGITS = 20;
const ARABIC = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+/y;
const EXPONENT = /[eE]([-+]?\d+)(?![A-Za-z\d])/y;
const POWER = /\^([-+]*)(\d+(?:\.\d+)?)/y;

/**
 * `digits` (an unsigned decimal string: 12, 0.50, 007.5) times 10^power, written as decimal.js's
 * toFixed() writes it: no leading or trailing zeros, no point without a fraction. Moving the point
 * is exact where decimal arithmetic would be, without building a Decimal.
 */
function shiftPoint(digits: string, power: number): string {
  const point = digits.indexOf('.');
  const whole = point < 0 ? digits : digits.slice(0, point);
  const fraction = point < 0 ? '' : digits.slice(point + 1);
  const all = whole + fraction;
  const at = whole.length + power;
  const padded = at <= 0 ? '0'.repeat(1 - at) + all : at > all.length ? all + '0'.repeat(at - all.length) : all;
  const cut = at <= 0 ? 1 : at;
  let first = 0;
  while (first < cut - 1 && padded.charCodeAt(first) === 0x30) first++;
  let last = padded.length;
  while (last > cut && padded.charCodeAt(last - 1) === 0x30) last--;
  const wholePart = padded.slice(first, cut);
  return last > cut ? `${wholePart}.${padded.slice(cut, last)}` : wholePart;
}

/** Whether an unsigned decimal string has few enough digits for `shiftPoint` to stand in for decimal.js. */
function shiftsExactly(digits: string): boolean {
  return digits.length - (digits.includes('.') ? 1 : 0) <= EXACT_SHIFT_DIGITS;
}

/** The power of ten a scale factor is (1, '10000', '1e6', '0.01'), or undefined for any other factor. */
function powerOfTen(factor: number | string): number | undefined {
  const text = typeof factor === 'number' ? String(factor) : factor;
  if (text === '1') return 0;
  const exponent = /^1e\+?(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]);
  if (/^10+$/.test(text)) return text.length - 1;
  if (/^0\.0*1$/.test(text)) return -(text.length - 2);
  return undefined;
}

/** With its sign: '-' + '0' is no number decimal.js would write. */
function signed(negative: boolean, digits: string): string {
  return negative && digits !== '0' ? `-${digits}` : digits;
}

const POWERS_OF_TEN = Array.from({ length: 40 }, (_, i) => new Decimal(10).pow(i));
function tenTo(power: number): Decimal {
  return POWERS_OF_TEN[power] ?? new Decimal(10).pow(power);
}

interface Group {
  value: Decimal;
  level: number;
}

/** The reader's state over one simple numeral (no fraction): sections of big units, as written. */
class NumeralState {
  groups: Group[] = [];
  section = new Decimal(0);
  pending: Decimal | null = null;
  /** The pending value is one Chinese digit (so 二百五 may abbreviate 二百五十). */
  pendingIsDigit = false;
  lastSmall = 0;
  lastBig = 0;
  zero = false;
  /** A decimal part written after a big unit (两千万点五五): added to the total. */
  tailFraction: Decimal | null = null;
  /** Only big units may follow: after a decimal point, 余 or a trailing 几. */
  closed = false;
  approxExtent: Decimal | null = null;
  sawNumber = false;

  private resolvedPending(): Decimal {
    if (!this.pending) return new Decimal(0);
    if (this.pendingIsDigit && !this.zero) {
      if (this.lastSmall > 10) return this.pending.times(this.lastSmall / 10);
      if (this.lastSmall === 0 && this.lastBig > 0 && this.section.isZero()) return this.pending.times(tenTo(this.lastBig - 1));
    }
    return this.pending;
  }

  total(): Decimal {
    let sum = this.section.plus(this.resolvedPending());
    for (const g of this.groups) sum = sum.plus(g.value);
    return this.tailFraction ? sum.plus(this.tailFraction) : sum;
  }

  addNumber(value: Decimal, isDigit: boolean): boolean {
    if (this.pending || this.closed || this.tailFraction) return false;
    if (!isDigit && this.lastSmall > 0 && !this.zero && this.section.gt(0) && value.gte(this.lastSmall)) return false;
    this.pending = value;
    this.pendingIsDigit = isDigit;
    this.sawNumber = true;
    return true;
  }

  addSmallUnit(unit: number): boolean {
    if (this.closed || this.tailFraction) return false;
    // Units fall within a section (千 > 百 > 十): 十百 or 百千 is no numeral.
    if (this.lastSmall > 0 && unit >= this.lastSmall) return false;
    this.section = this.section.plus((this.pending ?? new Decimal(1)).times(unit));
    this.pending = null;
    this.lastSmall = unit;
    this.zero = false;
    this.sawNumber = true;
    return true;
  }

  addBigUnit(power: number): boolean {
    if (this.tailFraction) return false;
    let chunk = this.section.plus(this.pending ?? 0);
    let level = 0;
    while (this.groups.length > 0 && this.groups[this.groups.length - 1]!.level <= power) {
      const g = this.groups.pop()!;
      chunk = chunk.plus(g.value);
      level = Math.max(level, g.level);
    }
    if (chunk.isZero()) return false;
    this.groups.push({ value: chunk.times(tenTo(power)), level: power + level });
    if (this.approxExtent) this.approxExtent = this.approxExtent.times(tenTo(power));
    this.section = new Decimal(0);
    this.pending = null;
    this.lastSmall = 0;
    this.lastBig = power;
    this.zero = false;
    this.closed = false;
    return true;
  }

  addPoint(fraction: string): boolean {
    if (this.closed || this.tailFraction) return false;
    const decimal = new Decimal('0.' + fraction);
    if (this.pending === null && this.section.isZero()) {
      if (this.groups.length === 0) {
        if (!this.zero) return false;
        this.pending = decimal;
      } else {
        this.tailFraction = decimal;
        return true;
      }
    } else {
      this.pending = this.section.plus(this.resolvedPending()).plus(decimal);
      this.section = new Decimal(0);
      this.lastSmall = 0;
    }
    this.pendingIsDigit = false;
    this.closed = true;
    this.sawNumber = true;
    return true;
  }

  /** 余/多 after a numeral: the range reaches to the next step of its last unit. */
  addMore(): boolean {
    if (this.closed || this.approxExtent || this.tailFraction) return false;
    let extent: number;
    if (this.pending) {
      if (this.pendingIsDigit || !this.pending.isInteger()) return false;
      const digits = this.pending.toFixed();
      const trailingZeros = digits.length - digits.replace(/0+$/, '').length;
      if (trailingZeros === 0) return false;
      extent = 10 ** trailingZeros;
    } else if (this.lastSmall > 0) {
      extent = this.lastSmall;
    } else {
      return false;
    }
    this.approxExtent = new Decimal(extent);
    this.closed = true;
    return true;
  }

  /** 几/数 as an unknown digit: before a unit (几十, 数千) or in the last place (二十几). */
  addSome(nextIsSmallUnit: boolean): boolean {
    if (this.closed || this.pending || this.approxExtent || this.tailFraction) return false;
    if (nextIsSmallUnit) {
      this.pending = new Decimal(1);
      this.pendingIsDigit = false;
      this.approxExtent = new Decimal(-1);
      return true;
    }
    if (this.lastSmall === 0 && !this.zero) return false;
    this.approxExtent = new Decimal(this.zero ? 10 : this.lastSmall);
    this.closed = true;
    this.sawNumber = true;
    return true;
  }

  /** A unit right after a leading 几/数 fixes how far the unknown digit reaches (数千: 1000..9000). */
  settleLeadingSome(unit: number): void {
    if (this.approxExtent?.eq(-1)) this.approxExtent = new Decimal(unit * 9);
  }
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000';
}

/** Parts (digits, units, decimal tails) of the longest numeral worth reading: 四千五百六十九万八千三百一十一亿… has 30. */
const MAX_PARTS = 64;

interface Reading {
  end: number;
  value: Decimal;
  extent: Decimal | null;
}

/**
 * Reads the longest simple numeral (no fraction) at `start`. Returns where it ends and its value,
 * or null when nothing there reads as a number.
 */
function readSimple(text: string, start: number, options: ReadOptions): Reading | null {
  const state = new NumeralState();
  let i = start;
  let negative = false;
  if (NEGATIVE.includes(text[i] ?? '\0')) {
    negative = true;
    i++;
    if (options.spaces) while (isSpace(text[i])) i++;
  }
  let best: Reading | null = null;
  let halfBefore = false;
  const accept = (end: number) => {
    if (!state.sawNumber) return;
    const extent = state.approxExtent?.gt(0) ? state.approxExtent : null;
    const value = state.total();
    best = { end, value: negative ? value.negated() : value, extent };
  };

  // No numeral has more parts than this; stopping keeps a megabyte of 一万一万… linear.
  for (let parts = 0; i < text.length && parts < MAX_PARTS; parts++) {
    let j = i;
    if (options.spaces && j > start) while (isSpace(text[j])) j++;
    const ch = text[j]!;
    let next = j + 1;
    let ok: boolean;
    if (ch >= '0' && ch <= '9' || (ch === '.' && /\d/.test(text[j + 1] ?? ''))) {
      ARABIC.lastIndex = j;
      const m = ARABIC.exec(text);
      if (!m) break;
      let value = new Decimal(m[0].replace(/,/g, ''));
      next = j + m[0].length;
      EXPONENT.lastIndex = next;
      const e = EXPONENT.exec(text);
      if (e) {
        value = value.times(Decimal.pow(10, Number(e[1])));
        next += e[0].length;
      }
      ok = state.addNumber(value, false);
    } else if (ch in DIGIT_VALUES) {
      if (ZERO.includes(ch)) {
        if (state.pending || state.closed) break;
        state.zero = true;
        ok = true;
        if (!state.sawNumber && state.groups.length === 0 && state.section.isZero()) {
          const after = text[j + 1];
          if (after === undefined || !(after in SMALL_UNITS || POINT.includes(after))) {
            state.sawNumber = true;
          }
        }
      } else {
        ok = state.addNumber(new Decimal(DIGIT_VALUES[ch]!), true);
      }
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]!;
      if (halfBefore) {
        state.pending = new Decimal(0.5);
        state.pendingIsDigit = false;
        halfBefore = false;
      }
      state.settleLeadingSome(unit);
      // A lone 百/千 is a word (百度, 千万不要…), not a number, until a digit confirms it.
      const leading = !state.sawNumber && state.pending === null && unit > 10;
      ok = state.addSmallUnit(unit);
      if (ok && leading) state.sawNumber = false;
    } else if (ch in TENS) {
      ok = state.addNumber(new Decimal(TENS[ch]!), true) && state.addSmallUnit(10);
    } else if (ch in BIG_UNITS) {
      ok = state.addBigUnit(BIG_UNITS[ch]!);
      if (ok) state.sawNumber = true;
    } else if (POINT.includes(ch)) {
      let k = j + 1;
      if (options.spaces) while (isSpace(text[k])) k++;
      let fraction = '';
      while (k < text.length && text[k]! in DIGIT_VALUES && !'两兩倆俩'.includes(text[k]!)) {
        fraction += DIGIT_VALUES[text[k]!]!;
        k++;
        if (options.spaces) {
          let s = k;
          while (isSpace(text[s])) s++;
          if (s > k && text[s]! in DIGIT_VALUES && !'两兩倆俩'.includes(text[s]!)) k = s;
        }
      }
      if (!fraction || !(state.sawNumber || state.zero)) break;
      next = k;
      ok = state.addPoint(fraction);
    } else if (MORE.includes(ch)) {
      ok = state.addMore();
    } else if (SOME.includes(ch)) {
      let k = j + 1;
      if (options.spaces) while (isSpace(text[k])) k++;
      ok = state.addSome((text[k] ?? '') in SMALL_UNITS);
    } else if (ch === '半' && !state.sawNumber && (text[j + 1] ?? '') in SMALL_UNITS) {
      halfBefore = true;
      ok = true;
    } else {
      break;
    }
    if (!ok) break;
    i = next;
    accept(i);
  }
  return best;
}

function toNumeral(value: Decimal, extent: Decimal | null): Numeral {
  const exact = value.toFixed();
  const numeral: Numeral = { value: Number(exact), exact };
  if (extent) {
    numeral.min = numeral.value;
    numeral.max = value.plus(extent).toNumber();
  }
  return numeral;
}

function skipSpaces(text: string, i: number, options: ReadOptions): number {
  if (options.spaces) while (isSpace(text[i])) i++;
  return i;
}

/** After `a`: 分之 b (b/a), or Arabic /b (a/b). Null when no fraction follows. */
function readFractionTail(text: string, a: Reading, options: ReadOptions): Reading | null {
  let i = skipSpaces(text, a.end, options);
  if (text[i] === '分') {
    i = skipSpaces(text, i + 1, options);
    if (text[i] !== '之') return null;
    const b = readSimple(text, skipSpaces(text, i + 1, options), options);
    if (!b || a.value.isZero()) return null;
    return { end: b.end, value: b.value.div(a.value), extent: null };
  }
  if (text[i] === '/' && i === a.end) {
    const b = readSimple(text, i + 1, { spaces: false });
    if (!b || b.value.isZero() || !/^\d/.test(text.slice(i + 1, i + 2))) return null;
    return { end: b.end, value: a.value.div(b.value), extent: null };
  }
  return null;
}

/** Reads the longest numeral at `start`, fractions and powers included. */
export function readNumeral(text: string, start: number, options: ReadOptions = {}): (Numeral & { end: number }) | null {
  const reading = readLongest(text, start, options);
  if (!reading) return null;
  const numeral = toNumeral(reading.value.toSignificantDigits(30), reading.extent) as Numeral & { end: number };
  numeral.end = reading.end;
  return numeral;
}

/** The longest numeral at `start` as read, before it is written as a Numeral. */
function readLongest(text: string, start: number, options: ReadOptions): Reading | null {
  const a = readSimple(text, start, options);
  if (!a) return null;
  let reading: Reading = a;
  const fraction = readFractionTail(text, a, options);
  if (fraction) {
    reading = fraction;
  } else {
    let i = skipSpaces(text, a.end, options);
    const mixed = text[i] === '又' || (i > a.end && /\d/.test(text[i] ?? ''));
    if (mixed && a.value.isInteger()) {
      if (text[i] === '又') i = skipSpaces(text, i + 1, options);
      const b = readSimple(text, i, options);
      const tail = b && readFractionTail(text, b, options);
      if (tail) reading = { end: tail.end, value: a.value.isNeg() ? a.value.minus(tail.value) : a.value.plus(tail.value), extent: null };
    } else if (text[a.end] === '^') {
      POWER.lastIndex = a.end;
      const p = POWER.exec(text);
      if (p) {
        const exponent = (p[1]!.split('-').length - 1) % 2 === 1 ? -Number(p[2]) : Number(p[2]);
        const base = a.value.abs().pow(exponent);
        reading = { end: a.end + p[0].length, value: a.value.isNeg() ? base.negated() : base, extent: null };
      }
    }
  }
  return reading;
}

/** The value of a string that is one numeral from end to end, or null. */
export function parseNumeral(text: string, options: ReadOptions = {}): Numeral | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const arabic = readArabicWithBigUnits(trimmed);
  if (arabic) return arabic;
  const reading = readLongest(trimmed, 0, options);
  if (!reading || reading.end !== trimmed.length) return null;
  return toNumeral(reading.value.toSignificantDigits(30), reading.extent);
}

const BIG_UNIT_POWERS = new Map(Object.entries(BIG_UNITS).map(([unit, power]) => [unit.charCodeAt(0), power]));
const NEGATIVE_CODES = codeUnitSet(NEGATIVE);
const MINUS = 0x2d;
const COMMA = 0x2c;
const ZERO_DIGIT = 0x30;
/** A plain number of at most 15 significant digits (9 whole, 6 fraction) is exact as a double, and printed without an exponent. */
const PLAIN_WHOLE_DIGITS = 9;
const PLAIN_FRACTION_DIGITS = 6;

/**
 * Arabic digits, maybe grouped (45,143.47), then big units only (557.6万, 1.2万亿): the usual amount,
 * read by code unit without the general reader. A plain number (at most 15 significant digits,
 * no units) is its double; with units, the digits have their point moved by the units' powers.
 * Null (read it the general way) for anything else: a zero before a unit (no numeral), units out
 * of order (1亿万 reads as 1亿), more digits than shift exactly.
 */
function readArabicWithBigUnits(text: string): Numeral | null {
  const length = text.length;
  const negative = NEGATIVE_CODES[text.charCodeAt(0)] === 1;
  const wholeStart = negative ? 1 : 0;
  let i = wholeStart;
  while (isAsciiDigit(text.charCodeAt(i))) i++;
  if (i === wholeStart) return null;
  let commas = 0;
  if (text.charCodeAt(i) === COMMA) {
    if (i - wholeStart > 3) return null;
    // Groups after the first are three digits each (a fourth digit is no unit, and fails below).
    while (text.charCodeAt(i) === COMMA) {
      if (!isAsciiDigit(text.charCodeAt(i + 1)) || !isAsciiDigit(text.charCodeAt(i + 2)) || !isAsciiDigit(text.charCodeAt(i + 3))) return null;
      i += 4;
      commas++;
    }
  }
  const wholeEnd = i;
  if (text.charCodeAt(i) === DOT) {
    i++;
    const fractionStart = i;
    while (isAsciiDigit(text.charCodeAt(i))) i++;
    if (i === fractionStart) return null;
  }
  const numberEnd = i;
  // A big unit multiplies everything before it when it is at least as big (四万万, 1.2万亿).
  let level = 0;
  for (; i < length; i++) {
    const power = BIG_UNIT_POWERS.get(text.charCodeAt(i));
    if (power === undefined || power < level) return null;
    level += power;
  }
  const wholeDigits = wholeEnd - wholeStart - commas;
  const fractionDigits = numberEnd === wholeEnd ? 0 : numberEnd - wholeEnd - 1;
  if (
    numberEnd === length && commas === 0 && (!negative || text.charCodeAt(0) === MINUS) &&
    wholeDigits <= PLAIN_WHOLE_DIGITS && (wholeDigits === 1 || text.charCodeAt(wholeStart) !== ZERO_DIGIT) &&
    fractionDigits <= PLAIN_FRACTION_DIGITS
  ) {
    return plainNumber(text, negative, wholeStart, wholeEnd);
  }
  if (wholeDigits + fractionDigits > EXACT_SHIFT_DIGITS || !hasNonZeroDigit(text, wholeStart, numberEnd)) return null;
  const number = text.slice(wholeStart, numberEnd);
  const exact = signed(negative, shiftPoint(commas > 0 ? number.replaceAll(',', '') : number, level));
  return { value: Number(exact), exact };
}

/**
 * A plain number (no grouping, units or leading zeros; at most 15 digits) as Number() and String()
 * would give it, without parsing the text twice: its digits as an integer (exact below 2^53),
 * divided by the power of ten of its decimals (correctly rounded, as Number() rounds), and the
 * text itself as its exact form when it already is one (no trailing zero of a fraction, no -0).
 */
function plainNumber(text: string, negative: boolean, wholeStart: number, wholeEnd: number): Numeral {
  let digits = 0;
  for (let i = wholeStart; i < text.length; i++) if (i !== wholeEnd) digits = digits * 10 + text.charCodeAt(i) - ZERO_DIGIT;
  const fractionDigits = wholeEnd === text.length ? 0 : text.length - wholeEnd - 1;
  const magnitude = fractionDigits === 0 ? digits : digits / 10 ** fractionDigits;
  const value = negative ? -magnitude : magnitude;
  if (digits === 0) return { value, exact: '0' };
  let end = text.length;
  if (fractionDigits > 0) {
    while (text.charCodeAt(end - 1) === ZERO_DIGIT) end--;
    if (end - 1 === wholeEnd) end--;
  }
  return { value, exact: end === text.length ? text : text.slice(0, end) };
}

function hasNonZeroDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code > ZERO_DIGIT && code <= 0x39) return true;
  }
  return false;
}

const NUMERAL_START = new RegExp(`[\\d${FIRST_CHARS}${SOME}负負−半-]|\\.(?=\\d)`, 'g');
const LETTER_OR_DIGIT = /[A-Za-z\d]/;
const CJK = /[\u3400-\u9fff]/;
const FINANCIAL_CAPITALS = '壹贰貳叁參肆伍陆陸柒捌玖拾佰仟';
/** Words after which a lone financial capital is a numeral (写法是叁), not part of a word (收拾). */
const STANDALONE_AFTER = '是为和或及与';
const SCALE_SUFFIX = /^[ ]?([kKM])(?![A-Za-z])/;
/** Words a lone numeral character belongs to (一切, 四川, 一看), so it is no number there. */
const LONE_WORD_AFTER = /^(?:切|看|川|美元|美刀|折|律|般|致|起|直|定|旦|些|样|下|足)/;

/**
 * Every numeral in the text, left to right, longest first and never overlapping. Numbers glued to
 * Latin letters (GPT-4o, H800, MI300X) are not numerals; nor is a lone numeral character that is
 * part of a word (一切, 四川, 收拾).
 */
export function findNumerals(text: string, options: ReadOptions = { spaces: true }): NumeralMention[] {
  const found: NumeralMention[] = [];
  NUMERAL_START.lastIndex = 0;
  for (let m = NUMERAL_START.exec(text); m; m = NUMERAL_START.exec(text)) {
    const start = m.index;
    const reading = readNumeral(text, start, options);
    if (!reading) continue;
    let end = reading.end;
    while (end > start && isSpace(text[end - 1])) end--;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    const glued = LETTER_OR_DIGIT.test(before) || (/[A-Za-z]/.test(after) && !SCALE_SUFFIX.test(text.slice(end)));
    const first = text[start]!;
    if (glued && (/[\d.-]/.test(first))) {
      NUMERAL_START.lastIndex = end;
      continue;
    }
    let numeral: Numeral = reading;
    const scale = SCALE_SUFFIX.exec(text.slice(end));
    if (scale && /\d/.test(text[end - 1] ?? '')) {
      const factor = scale[1] === 'M' ? 1e6 : 1e3;
      const exact = new Decimal(reading.exact).times(factor).toFixed();
      numeral = { value: Number(exact), exact };
      end += scale[0].length;
    } else if (text[end] === '打' && CJK.test(first)) {
      const exact = new Decimal(reading.exact).times(12).toFixed();
      numeral = { value: Number(exact), exact };
      end += 1;
    }
    const mentionText = text.slice(start, end);
    if (isLoneWordNumeral(mentionText, before, text.slice(end, end + 2))) {
      NUMERAL_START.lastIndex = end;
      continue;
    }
    found.push({ start, end, text: mentionText, ...numeral });
    NUMERAL_START.lastIndex = end;
  }
  return found;
}

function isLoneWordNumeral(mention: string, before: string, after: string): boolean {
  if (mention.length !== 1) return false;
  if (/[\d]/.test(mention)) return false;
  if (mention === '半') return true;
  if (FINANCIAL_CAPITALS.includes(mention)) {
    return (CJK.test(before) && !STANDALONE_AFTER.includes(before)) || (CJK.test(after.charAt(0)) && !'个個'.includes(after.charAt(0)));
  }
  if (after.startsWith(mention)) return true;
  return LONE_WORD_AFTER.test(after) || before === mention;
}

const SCALE_AT_END = /(?:万亿|千万|百万|万|亿)$/;

/**
 * The low end of a range whose high end alone carries the scale (2-3亿元, 1至2万股): the low end
 * borrows it. A low end with a scale of its own (100亿至200亿元) stays as it is.
 */
export function lowEndOfRange(lowText: string, low: Numeral, highText: string): Numeral {
  const scale = SCALE_AT_END.exec(highText)?.[0];
  if (!scale || SCALE_AT_END.test(lowText)) return low;
  return parseNumeral(lowText + scale) ?? low;
}

const EXACT_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Whether a decimal string is already written as decimal.js writes it, within the digits it keeps
 * exactly: no leading zero, no trailing zero of a fraction, no -0. Times 1 it is itself, which is
 * what most amounts are scaled by.
 */
function isWrittenExactly(exact: string): boolean {
  const negative = exact.charCodeAt(0) === MINUS;
  const wholeStart = negative ? 1 : 0;
  let i = wholeStart;
  while (isAsciiDigit(exact.charCodeAt(i))) i++;
  const wholeDigits = i - wholeStart;
  const leadingZero = exact.charCodeAt(wholeStart) === ZERO_DIGIT;
  if (wholeDigits === 0 || (wholeDigits > 1 && leadingZero)) return false;
  if (i === exact.length) return !(negative && leadingZero) && wholeDigits <= EXACT_SHIFT_DIGITS;
  if (exact.charCodeAt(i) !== DOT) return false;
  const fractionStart = i + 1;
  for (i = fractionStart; isAsciiDigit(exact.charCodeAt(i)); ) i++;
  return i === exact.length && i > fractionStart && exact.charCodeAt(i - 1) !== ZERO_DIGIT &&
    wholeDigits + i - fractionStart <= EXACT_SHIFT_DIGITS;
}

/** Multiplies an exact decimal string, keeping it exact. */
export function scaleExact(exact: string, factor: number | string): string {
  const power = powerOfTen(factor);
  if (power === 0 && isWrittenExactly(exact)) return exact;
  if (power !== undefined && EXACT_DECIMAL.test(exact)) {
    const negative = exact[0] === '-';
    const digits = negative ? exact.slice(1) : exact;
    if (shiftsExactly(digits)) return signed(negative, shiftPoint(digits, power));
  }
  return new Decimal(exact).times(factor).toFixed();
}

const FULL_WIDTH_COMMA = '，'.charCodeAt(0);

/**
 * Where a numeral read from the width-folded scan text crosses a full-width comma of the original
 * (`$20，300美圆`): `，` is clause punctuation in Chinese, never a thousands separator after ASCII
 * digits. Returns the offset of the first such comma in [start, end), or -1.
 */
export function clauseCommaWithin(original: string, start: number, end: number): number {
  for (let at = start + 1; at < end; at++) {
    if (original.charCodeAt(at) === FULL_WIDTH_COMMA && isAsciiDigit(original.charCodeAt(at - 1))) return at;
  }
  return -1;
}

/** What each code unit can be in a numeral run, as bits: the character classes of NUMERAL_SOURCE. */
const DIGIT = 1;
const CHINESE = 2;
const FIRST = 4;
const SOME_CHAR = 8;
const MORE_CHAR = 16;
const SIGN = 32;
const RUN_CLASS = new Uint8Array(0x10000);
function mark(chars: string, bit: number): void {
  for (const ch of chars) RUN_CLASS[ch.charCodeAt(0)]! |= bit;
}
mark('0123456789', DIGIT | FIRST);
mark(CHINESE_NUMERAL_CHARS, CHINESE);
mark(FIRST_CHARS, FIRST);
mark(SOME, SOME_CHAR);
mark(MORE, MORE_CHAR);
mark(RUN_SIGNS, SIGN);
const classOf = (text: string, at: number): number => (at >= 0 && at < text.length ? RUN_CLASS[text.charCodeAt(at)]! : 0);
const DOT = 0x2e;
const SPACE = 0x20;
const isDotOrComma = (code: number) => code === DOT || code === 0x2c;

/**
 * The numeral runs of a text, exactly as NUMERAL_SOURCE matches them left to right, read with a
 * table of character classes: one pass, no regex call and no match array per run.
 */
function scanRuns(text: string): Span[] {
  const found: Span[] = [];
  for (let start = 0; start < text.length; start++) {
    // By code only: text[i] of a Han character would be a new string at every position of the text.
    const code = text.charCodeAt(start);
    const here = RUN_CLASS[code]!;
    if (here === 0 && code !== DOT) continue;
    const next = classOf(text, start + 1);
    const opens =
      (here & (FIRST | SOME_CHAR)) !== 0 ||
      ((here & SIGN) !== 0 && (next & FIRST) !== 0) ||
      (code === DOT && (next & DIGIT) !== 0);
    if (!opens) continue;
    // A run starts only where none goes on: not after a numeral character, nor after 1. or 1,
    if ((classOf(text, start - 1) & (DIGIT | CHINESE | SOME_CHAR)) !== 0) continue;
    if (isDotOrComma(text.charCodeAt(start - 1)) && (classOf(text, start - 2) & DIGIT) !== 0) continue;
    let end = start + 1;
    for (;;) {
      const ch = classOf(text, end);
      if ((ch & (DIGIT | CHINESE | MORE_CHAR | SOME_CHAR)) !== 0) end++;
      else if (isDotOrComma(text.charCodeAt(end)) && (classOf(text, end + 1) & DIGIT) !== 0) end++;
      else if (text.charCodeAt(end) === SPACE && (classOf(text, end + 1) & CHINESE) !== 0) end++;
      else break;
    }
    found.push({ start, end });
    start = end - 1;
  }
  return found;
}

let runsOf: string | undefined;
let runs: readonly Span[] = [];

/**
 * Every numeral run of a text (what NUMERAL_SOURCE matches, left to right), found once per text
 * and shared by the rules that look around numerals, so that each does not scan the text again.
 */
export function numeralRuns(scan: string): readonly Span[] {
  if (scan !== runsOf) {
    runs = scanRuns(scan);
    runsOf = scan;
  }
  return runs;
}

/**
 * Words a sticky pattern matches right after numeral runs (%, 倍, 至…), and a cheap test of where
 * such a match can begin (its first characters): most runs are followed by none and skip the
 * pattern, a regex call per run of the text saved. `opens` undefined: the pattern may begin with
 * anything, or match empty, and is tried after every run. `openTable`: the code units of a
 * string `opens`, read in place of calling `opens` after every run.
 */
export interface RunSuffix {
  pattern: RegExp;
  opens?: (text: string, at: number) => boolean;
  openTable?: Uint8Array;
}

/**
 * A sticky `pattern` whose matches all begin with one of the characters of `opens`, or where
 * the test `opens` passes.
 */
export function runSuffix(pattern: RegExp, opens?: string | ((text: string, at: number) => boolean)): RunSuffix {
  if (!pattern.sticky) throw new Error(`a run suffix is matched in place: ${pattern} needs the y flag`);
  if (typeof opens !== 'string') return { pattern, opens };
  const openTable = codeUnitSet(opens);
  return { pattern, opens: (text, at) => openTable[text.charCodeAt(at)] === 1, openTable };
}

/** A numeral run and the words a sticky pattern matched right after it. */
export interface RunMatch {
  /** The run's index in `numeralRuns(scan)`, to look at its neighbours. */
  index: number;
  run: Span;
  after: RegExpExecArray;
}

/**
 * The numeral runs of a text that `after` matches right after. With its opening characters looked
 * up in a table, the walk over the runs costs less than a search of the whole text for a literal
 * every match holds (分之, 折) would: no such search is made first.
 */
export function runsFollowedBy(scan: string, after: RunSuffix): RunMatch[] {
  const all = numeralRuns(scan);
  const { pattern, opens, openTable } = after;
  // A list, not a generator: most texts have few such runs, and resuming a generator per run costs more.
  const found: RunMatch[] = [];
  for (let index = 0; index < all.length; index++) {
    const run = all[index]!;
    if (openTable ? openTable[scan.charCodeAt(run.end)] !== 1 : opens && !opens(scan, run.end)) continue;
    pattern.lastIndex = run.end;
    const m = pattern.exec(scan);
    if (m) found.push({ index, run, after: m });
  }
  return found;
}

/**
 * The run after run `index` when it begins exactly at `offset` (the second number of 100亿至200亿元).
 * In 1%-3% the hyphen reads as the sign of -3: the separator is the hyphen, and the run is 3.
 */
export function runAt(scan: string, index: number, offset: number): Span | undefined {
  const next = numeralRuns(scan)[index + 1];
  if (next && next.start === offset) return next;
  if (next && next.start === offset - 1 && scan[next.start] === '-') return { start: offset, end: next.end };
  return undefined;
}

/** Two numeral runs joined by the words `between` matched: 100亿至200亿, 1.35-2.7, 三分之一. */
export interface RunPair {
  first: Span;
  between: RegExpExecArray;
  second: Span;
}

/** What joins the two ends of every range (100亿至200亿元, 1.35-2.7%), for the `opens` of a run suffix that begins with one. */
export const RANGE_SEPARATOR_CHARS = '-—–~～至到';

export function runPairs(scan: string, between: RunSuffix): RunPair[] {
  const pairs: RunPair[] = [];
  for (const { index, run, after } of runsFollowedBy(scan, between)) {
    const second = runAt(scan, index, run.end + after[0].length);
    if (second) pairs.push({ first: run, between: after, second });
  }
  return pairs;
}
