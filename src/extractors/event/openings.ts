/**
 * The code units a regex's matches can open with, read from its source: the scan for every
 * trigger at once tries a rule only where one of them stands. The reading errs one way only: a
 * set may hold units no match opens with, never miss one; a pattern it cannot read (a
 * back-reference, a modifier group, an opening any character may start) has no set, and is
 * scanned the plain way.
 */

/**
 * What one piece of a pattern can open with. Each opening says whether a word boundary (`\b`)
 * stands right before it on every path there: such a match opens a word, which the scan checks
 * before trying the rule (English triggers open with `\b` and a common letter).
 */
interface Opening {
  /** The piece may match the empty string, so what follows it may open the match too. */
  nullable: boolean;
  /** Every empty path through the piece passes a word boundary. */
  emptyAtBoundary: boolean;
  /** Single characters (code points) it may open with, each with its boundary. */
  literals: Map<number, boolean>;
  /** Class sources (`[^,。;]`, `\d`, `\p{Script=Han}`) it may open with, each with its boundary. */
  classes: Map<string, boolean>;
}

/** Past this many units an opening is no filter: the plain scan costs less than trying the rule so often. */
const MOST_UNITS = 2048;

class Unreadable extends Error {}

const empty = (emptyAtBoundary = false): Opening => ({ nullable: true, emptyAtBoundary, literals: new Map(), classes: new Map() });
const single = (key: number | string): Opening => ({
  nullable: false,
  emptyAtBoundary: false,
  literals: new Map(typeof key === 'number' ? [[key, false]] : []),
  classes: new Map(typeof key === 'string' ? [[key, false]] : []),
});

/** The union of openings: one reached both with and without a boundary before it may lack one. */
function union<K>(a: ReadonlyMap<K, boolean>, b: ReadonlyMap<K, boolean>, bBoundary = false): Map<K, boolean> {
  const out = new Map(a);
  for (const [key, boundary] of b) out.set(key, (boundary || bBoundary) && (out.get(key) ?? true));
  return out;
}

/** `a` then `b`: b's openings count only while a may be empty, and then follow a's boundary if it always has one. */
function then(a: Opening, b: Opening): Opening {
  if (!a.nullable) return a;
  return {
    nullable: b.nullable,
    emptyAtBoundary: a.emptyAtBoundary || b.emptyAtBoundary,
    literals: union(a.literals, b.literals, a.emptyAtBoundary),
    classes: union(a.classes, b.classes, a.emptyAtBoundary),
  };
}

function either(a: Opening, b: Opening): Opening {
  return {
    nullable: a.nullable || b.nullable,
    emptyAtBoundary: (!a.nullable || a.emptyAtBoundary) && (!b.nullable || b.emptyAtBoundary),
    literals: union(a.literals, b.literals),
    classes: union(a.classes, b.classes),
  };
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
    let opening = this.alternative();
    while (this.source[this.at] === '|') {
      this.at++;
      opening = either(opening, this.alternative());
    }
    return opening;
  }

  private alternative(): Opening {
    let opening = empty();
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      opening = then(opening, this.term());
    }
    return opening;
  }

  private term(): Opening {
    const atom = this.atom();
    const min = this.quantifier();
    // Skipped, the atom passes no boundary.
    return min === 0 ? { ...atom, nullable: true, emptyAtBoundary: atom.nullable && atom.emptyAtBoundary } : atom;
  }

  /** Reads a quantifier if one follows; returns its least count (1 without one). */
  private quantifier(): number {
    const s = this.source;
    let min = 1;
    if (s[this.at] === '*' || s[this.at] === '?') min = 0;
    else if (s[this.at] === '+') min = 1;
    else if (s[this.at] === '{') {
      const braces = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(this.at));
      if (!braces) return 1; // a literal brace (annex B), read as an atom next
      this.at += braces[0].length - 1;
      min = Number(braces[1]);
    } else return 1;
    this.at++;
    if (s[this.at] === '?') this.at++;
    return min;
  }

  private atom(): Opening {
    const s = this.source;
    const c = s[this.at]!;
    if (c === '^' || c === '$') {
      this.at++;
      return empty();
    }
    if (c === '.') throw new Unreadable('any character');
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
    if (s[i] === ']') i++; // a leading ] is a literal outside unicode mode
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
    if (/[1-9k]/.test(c)) throw new Unreadable('back-reference');
    // \p{…} is a class in unicode mode only; elsewhere \p is the letter p.
    const classEscape = (this.unicode ? /^\\(?:[dDwWsS]|[pP]\{[^}]*\})/ : /^\\[dDwWsS]/).exec(s.slice(this.at));
    if (classEscape) {
      this.at += classEscape[0].length;
      return single(classEscape[0]);
    }
    const numbered = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\}|c([A-Za-z]))/.exec(s.slice(this.at));
    let code: number;
    if (numbered) {
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

/** Every code unit, each after a NUL so that no two units pair up as a surrogate pair. */
let everyUnit: string | undefined;

/**
 * The units a single character of one of `alternatives` (class or escaped character sources)
 * matches, with the pattern's own flags, so case folding and unicode classes count exactly as the
 * pattern counts them: one search over a text of every unit, instead of a test per unit.
 */
function unitsMatching(alternatives: readonly string[], flags: string): number[] {
  if (!everyUnit) {
    const pieces: string[] = [];
    // By pieces: lone surrogates must stay as they are, which a text decoder would not leave them.
    for (let from = 0; from <= 0xffff; from += 0x1000) {
      const codes: number[] = [];
      for (let unit = from; unit < from + 0x1000; unit++) codes.push(0, unit);
      pieces.push(String.fromCharCode(...codes));
    }
    everyUnit = pieces.join('');
  }
  const oneOf = new RegExp(`(?:${alternatives.join('|')})`, `${flags.replace(/[gyd]/g, '')}g`);
  const units: number[] = [];
  // Each match is one unit long; a match on a NUL at an even index is the separator's, not a unit's.
  for (let m = oneOf.exec(everyUnit); m; m = oneOf.exec(everyUnit)) if (m.index % 2 === 1) units.push(everyUnit.charCodeAt(m.index));
  return units;
}

/**
 * The code units a match of `pattern` can open with, each mapped to whether the match then
 * always opens a word (a `\b` stands before it); undefined when the source cannot be read or its
 * matches may open with too many units to be worth the filter.
 */
export function openingUnits(pattern: RegExp): Map<number, boolean> | undefined {
  const unicode = pattern.unicode || pattern.flags.includes('v');
  let opening: Opening;
  try {
    opening = new OpeningReader(pattern.source, unicode).read();
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
  // A pattern that may match the empty string could open anywhere.
  if (opening.nullable) return undefined;
  const units = new Map<number, boolean>();
  const add = (unit: number, opensWord: boolean) => units.set(unit, opensWord && (units.get(unit) ?? true));
  const caseless = pattern.ignoreCase;
  if (!caseless) for (const [code, opensWord] of opening.literals) add(firstUnit(code), opensWord);
  const tried = new Map(opening.classes);
  if (caseless) for (const [code, opensWord] of opening.literals) tried.set(escapedCode(code, unicode), opensWord);
  if (tried.size) {
    for (const opensWord of [true, false]) {
      const alternatives = [...tried].filter(([, boundary]) => boundary === opensWord).map(([source]) => source);
      if (alternatives.length) for (const unit of unitsMatching(alternatives, pattern.flags)) add(unit, opensWord);
    }
    if (units.size > MOST_UNITS) return undefined;
    // In unicode mode a class may take a whole surrogate pair, whose first unit no lone unit
    // shows; those units are rare in text, so they cost the filter nothing.
    if (unicode) for (let unit = 0xd800; unit <= 0xdbff; unit++) add(unit, false);
  }
  return units.size > MOST_UNITS ? undefined : units;
}
