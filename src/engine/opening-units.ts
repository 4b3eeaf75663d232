import { isHighSurrogate } from '../text/code-units.ts';

/**
 * The code units a regex's matches can open with, and the units that may come second, read from
 * its source: the scan for every event trigger at once (extractors/event/trigger-scan.ts), and the
 * rules tried at their openings (openings.ts), try a pattern only where such a pair stands. The
 * reading errs one way only: a set may hold units no match has there, never miss one; a pattern
 * it cannot read (a back-reference, a modifier group, an opening any character may start) has no
 * set, and is scanned the plain way.
 */

/** A character as the source names it: a code point, or a class source (`[^,。;]`, `\d`, `.`). */
type Key = number | string;

/** One way a piece of a pattern may open. */
interface Start {
  /** A word boundary (`\b`) stands right before it on every path there. */
  opensWord: boolean;
  /** The characters that may come right after it inside the piece. */
  seconds: Set<Key>;
  /** The piece may end right after it, so what follows the piece may come second too. */
  mayEnd: boolean;
}

/** What one piece of a pattern can open with. */
interface Opening {
  /** The piece may match the empty string, so what follows it may open the match too. */
  nullable: boolean;
  /** Every empty path through the piece passes a word boundary. */
  emptyAtBoundary: boolean;
  starts: Map<Key, Start>;
}

/** Past this many units an opening is no filter: the plain scan costs less than trying the rule so often. */
const MOST_UNITS = 2048;
/** Past this many units a second character is no filter worth a lookup. */
const MOST_SECONDS = 256;

class Unreadable extends Error {}

const empty = (emptyAtBoundary = false): Opening => ({ nullable: true, emptyAtBoundary, starts: new Map() });
const single = (key: Key): Opening => ({ nullable: false, emptyAtBoundary: false, starts: new Map([[key, { opensWord: false, seconds: new Set(), mayEnd: true }]]) });

/** Adds a way to open: one reached both with and without a boundary before it may lack one. */
function addStart(starts: Map<Key, Start>, key: Key, start: Start): void {
  const known = starts.get(key);
  if (!known) starts.set(key, { opensWord: start.opensWord, seconds: new Set(start.seconds), mayEnd: start.mayEnd });
  else {
    known.opensWord &&= start.opensWord;
    for (const second of start.seconds) known.seconds.add(second);
    known.mayEnd ||= start.mayEnd;
  }
}

/** Past its second character on every path: nothing after it changes what it opens with. */
const settled = (a: Opening) => !a.nullable && ![...a.starts.values()].some((start) => start.mayEnd);

/** `a` then `b`: b may come second after a start of a that may end there; b opens too while a may be empty. */
function then(a: Opening, b: Opening): Opening {
  const starts = new Map<Key, Start>();
  for (const [key, start] of a.starts) {
    addStart(starts, key, { opensWord: start.opensWord, seconds: start.mayEnd ? new Set([...start.seconds, ...b.starts.keys()]) : start.seconds, mayEnd: start.mayEnd && b.nullable });
  }
  if (a.nullable) for (const [key, start] of b.starts) addStart(starts, key, { ...start, opensWord: start.opensWord || a.emptyAtBoundary });
  return { nullable: a.nullable && b.nullable, emptyAtBoundary: a.emptyAtBoundary || b.emptyAtBoundary, starts };
}

/** Any one of `alternatives`. */
function either(alternatives: readonly Opening[]): Opening {
  if (alternatives.length === 1) return alternatives[0]!;
  const starts = new Map<Key, Start>();
  for (const alternative of alternatives) for (const [key, start] of alternative.starts) addStart(starts, key, start);
  return {
    nullable: alternatives.some((a) => a.nullable),
    emptyAtBoundary: alternatives.every((a) => !a.nullable || a.emptyAtBoundary),
    starts,
  };
}

/** `atom` repeated at least `min` and at most `max` times. */
function repeated(atom: Opening, min: number, max: number): Opening {
  let starts = atom.starts;
  if (max > 1) {
    // A repeat may open right after a start that ends its round.
    starts = new Map();
    for (const [key, start] of atom.starts) addStart(starts, key, { ...start, seconds: start.mayEnd ? new Set([...start.seconds, ...atom.starts.keys()]) : start.seconds });
  }
  // Skipped, the atom passes no boundary.
  if (min === 0) return { nullable: true, emptyAtBoundary: atom.nullable && atom.emptyAtBoundary, starts };
  return { ...atom, starts };
}

const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };

/** A recursive-descent reader of the regex syntax the rules use, keeping only what matches open with. */
class OpeningReader {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  read(): Opening {
    const opening = this.disjunction();
    if (this.at < this.source.length) throw new Unreadable(`unexpected ${this.source[this.at]}`);
    return opening;
  }

  private disjunction(): Opening {
    const alternatives = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    return either(alternatives);
  }

  private alternative(): Opening {
    let opening = empty();
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      if (settled(opening)) {
        this.skipToAlternativeEnd();
        break;
      }
      opening = then(opening, this.term());
    }
    return opening;
  }

  /** Passes over the rest of an alternative unread, to the `|` or `)` that ends it. */
  private skipToAlternativeEnd(): void {
    const s = this.source;
    let depth = 0;
    while (this.at < s.length) {
      const c = s[this.at]!;
      if (depth === 0 && (c === '|' || c === ')')) return;
      if (c === '\\') this.at++;
      else if (c === '[') {
        // A class may hold ( ) | unescaped: pass it whole.
        for (this.at++; this.at < s.length && s[this.at] !== ']'; this.at++) if (s[this.at] === '\\') this.at++;
      } else if (c === '(') depth++;
      else if (c === ')') depth--;
      this.at++;
    }
  }

  private term(): Opening {
    const atom = this.atom();
    const [min, max] = this.quantifier();
    return min === 1 && max === 1 ? atom : repeated(atom, min, max);
  }

  /** Reads a quantifier if one follows; returns its least and greatest counts (1 and 1 without one). */
  private quantifier(): [number, number] {
    const s = this.source;
    let counts: [number, number];
    if (s[this.at] === '*') counts = [0, Infinity];
    else if (s[this.at] === '?') counts = [0, 1];
    else if (s[this.at] === '+') counts = [1, Infinity];
    else if (s[this.at] === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (!braces) return [1, 1]; // a literal brace (annex B), read as an atom next
      this.at += braces[0].length - 1;
      const min = Number(braces[1]);
      counts = [min, braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity];
    } else return [1, 1];
    this.at++;
    if (s[this.at] === '?') this.at++;
    return counts;
  }

  private atom(): Opening {
    const s = this.source;
    const c = s[this.at]!;
    if (c === '^' || c === '$') {
      this.at++;
      return empty();
    }
    if (c === '.') {
      this.at++;
      return single('.');
    }
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    const code = this.unicode ? s.codePointAt(this.at)! : s.charCodeAt(this.at);
    this.at += code > 0xffff ? 2 : 1;
    return single(code);
  }

  private group(): Opening {
    const s = this.source;
    const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(s.slice(this.at))![0];
    if (head === '(' && s[this.at + 1] === '?') throw new Unreadable('group modifiers');
    this.at += head.length;
    const inside = this.disjunction();
    if (s[this.at] !== ')') throw new Unreadable('unclosed group');
    this.at++;
    // Look-arounds match no characters: the match opens with whatever follows them.
    if (head === '(?=' || head === '(?!' || head === '(?<=' || head === '(?<!') return empty();
    return inside;
  }

  private characterClass(): Opening {
    const s = this.source;
    const start = this.at;
    let i = this.at + 1;
    if (s[i] === '^') i++;
    while (i < s.length && s[i] !== ']') {
      if (s[i] === '[') throw new Unreadable('nested class');
      i += s[i] === '\\' ? 2 : 1;
    }
    if (i >= s.length) throw new Unreadable('unclosed class');
    this.at = i + 1;
    return single(s.slice(start, this.at));
  }

  private escape(): Opening {
    const s = this.source;
    const c = s[this.at + 1];
    if (c === undefined) throw new Unreadable('trailing backslash');
    if (c === 'b' || c === 'B') {
      this.at += 2;
      return empty(c === 'b');
    }
    // A back-reference, or (outside unicode mode) an octal escape.
    if (/[1-9k]/.test(c) || (c === '0' && /\d/.test(s[this.at + 2] ?? ''))) throw new Unreadable('back-reference');
    // \p{…} is a class in unicode mode only; elsewhere \p is the letter p.
    const classEscape = (this.unicode ? /^\\(?:[dDwWsS]|[pP]\{[^}]*\})/ : /^\\[dDwWsS]/).exec(s.slice(this.at));
    if (classEscape) {
      this.at += classEscape[0].length;
      return single(classEscape[0]);
    }
    const numbered = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\}|c([A-Za-z]))/.exec(s.slice(this.at));
    let code: number;
    // \u{…} names a code point in unicode mode only; elsewhere it is u repeated.
    if (numbered && (this.unicode || numbered[3] === undefined)) {
      this.at += numbered[0].length;
      const [, hex2, hex4, braced, control] = numbered;
      code = control ? control.charCodeAt(0) % 32 : parseInt((hex2 ?? hex4 ?? braced)!, 16);
    } else {
      this.at += 2;
      code = CONTROL_ESCAPES[c] ?? (this.unicode ? s.codePointAt(this.at - 1)! : c.charCodeAt(0));
      if (code > 0xffff) this.at++;
    }
    return single(code);
  }
}

const firstUnit = (code: number) => (code > 0xffff ? String.fromCodePoint(code).charCodeAt(0) : code);
const escapedCode = (code: number, unicode: boolean) => (unicode ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`);

/**
 * Every code unit once, the surrogates last and the low ones before the high ones, so that no two
 * neighbours make a surrogate pair: each stands alone, as a lone unit.
 */
let everyUnit: string | undefined;

/** Units by flags and source, shared by every pattern: the rules repeat classes (\d, [^,。;]). */
const unitsBySource = new Map<string, number[] | undefined>();

/**
 * The units a single character of `source` (a class or an escaped character) matches, with the
 * pattern's own flags, so case folding and unicode classes count exactly as the pattern counts
 * them: one search over a text of every unit, instead of a test per unit. Undefined when there
 * are more than MOST_UNITS: such a class is no filter.
 */
function unitsMatching(source: string, patternFlags: string): number[] | undefined {
  const flags = `${patternFlags.replace(/[gyd]/g, '')}g`;
  const cacheKey = `${flags}/${source}`;
  if (unitsBySource.has(cacheKey)) return unitsBySource.get(cacheKey);
  if (!everyUnit) {
    const pieces: string[] = [];
    for (const [from, to] of [[0, 0xd800], [0xe000, 0x10000], [0xdc00, 0xe000], [0xd800, 0xdc00]] as const) {
      for (let at = from; at < to; at += 0x400) pieces.push(String.fromCharCode(...Array.from({ length: 0x400 }, (_, i) => at + i)));
    }
    everyUnit = pieces.join('');
  }
  let oneOf: RegExp;
  try {
    oneOf = new RegExp(source, flags);
  } catch (error) {
    // A piece that reads differently alone than in its pattern: no set rather than a wrong one.
    if (error instanceof SyntaxError) throw new Unreadable(error.message);
    throw error;
  }
  // Every match is one unit long: what a replace leaves tells how many match, without a string each.
  const matching = everyUnit.length - everyUnit.replace(oneOf, '').length;
  const units = matching > MOST_UNITS ? undefined : (everyUnit.match(oneOf) ?? []).map((ch) => ch.charCodeAt(0));
  unitsBySource.set(cacheKey, units);
  return units;
}

/** A class that may match a character beyond the BMP in unicode mode (its first unit a high surrogate). */
const mayBeAstral = (source: string) => source === '.' || /^\[\^|\\[DWSPp]|[\ud800-\udfff]|\\u\{[0-9a-fA-F]{5,}|\\u[dD][89abAB]/.test(source);

const HIGH_SURROGATES = Array.from({ length: 0x400 }, (_, i) => 0xd800 + i);

/** What a trigger's matches may open with: for each first unit, whether it always opens a word, and the units that may follow it. */
export interface UnitOpening {
  opensWord: boolean;
  /** The units that may come second; undefined when any may (or the match may end after one unit). */
  seconds?: ReadonlySet<number>;
}

/**
 * The code units a match of `pattern` can open with, each with its `UnitOpening`; undefined when
 * the source cannot be read or its matches may open with too many units to be worth the filter.
 */
export function openingUnits(pattern: RegExp): Map<number, UnitOpening> | undefined {
  // Sets mode's classes may match strings (\q{…}, nested sets): not read.
  if (pattern.flags.includes('v')) return undefined;
  const unicode = pattern.unicode;
  let opening: Opening;
  try {
    opening = new OpeningReader(pattern.source, unicode).read();
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
  // A pattern that may match the empty string could open anywhere.
  if (opening.nullable) return undefined;
  const caseless = pattern.ignoreCase;
  /** The units a character of the source may start with; undefined for too many to be a filter. */
  const unitsOf = (key: Key): number[] | undefined => {
    if (typeof key === 'number') {
      // Case folding beyond the BMP could change the first unit: such a pattern is not read.
      if (caseless && key > 0xffff) throw new Unreadable('caseless astral character');
      return caseless ? unitsMatching(escapedCode(key, unicode), pattern.flags) : [firstUnit(key)];
    }
    const units = unitsMatching(key, pattern.flags);
    return units && unicode && mayBeAstral(key) ? [...units, ...HIGH_SURROGATES] : units;
  };
  const result = new Map<number, UnitOpening>();
  try {
    for (const [key, start] of opening.starts) {
      let seconds: Set<number> | undefined;
      // An astral first character's second unit is its own low surrogate.
      if (!start.mayEnd && !(typeof key === 'number' && key > 0xffff)) {
        seconds = new Set();
        for (const second of start.seconds) {
          const units = unitsOf(second);
          for (const unit of units ?? []) seconds.add(unit);
          if (!units || seconds.size > MOST_SECONDS) {
            seconds = undefined;
            break;
          }
        }
      }
      const firsts = unitsOf(key);
      if (!firsts) return undefined;
      for (const unit of firsts) {
        // In unicode mode a high surrogate opens a pair: what comes second is after the pair.
        const unitSeconds = unicode && isHighSurrogate(unit) ? undefined : seconds;
        const known = result.get(unit);
        if (!known) result.set(unit, { opensWord: start.opensWord, seconds: unitSeconds });
        else {
          const merged = known.seconds && unitSeconds ? new Set([...known.seconds, ...unitSeconds]) : undefined;
          result.set(unit, { opensWord: known.opensWord && start.opensWord, seconds: merged });
        }
      }
      if (result.size > MOST_UNITS) return undefined;
    }
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
  return result;
}
