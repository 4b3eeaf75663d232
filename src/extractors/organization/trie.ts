import type { GazetteerEntry } from '../../lexicon/companies.ts';
import { pairSlot } from '../../lexicon/alternation.ts';

/** A name of an entry as stored in the trie. */
interface Term {
  entry: GazetteerEntry;
  alias: string;
  /** Acronyms and plain words match only as written (SAFE is not safe, Meta is not meta). */
  caseSensitive: boolean;
}

/** Below the first character, nodes have few children: parallel arrays scanned linearly beat a hash map. */
interface Node {
  codes: number[];
  children: Node[];
  terms?: Term[];
}

export interface TrieMatch {
  start: number;
  end: number;
  entry: GazetteerEntry;
  /** The name as stored (not as written): 央行, NVIDIA. */
  alias: string;
}

const isLatinOrDigit = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
/** The codes a (lower-cased) character may be written as. */
const casesOf = (code: number) => (code >= 97 && code <= 122 ? [code, code - 32] : [code]);

/** Camel-case brands (DeepSeek, ByteDance) are distinctive enough to match in any case (Deepseek). */
function isCaseless(alias: string): boolean {
  return /[a-z]/.test(alias) && /.[A-Z]/.test(alias);
}

function child(node: Node, code: number): Node | undefined {
  const { codes } = node;
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) return node.children[i];
  return undefined;
}

/**
 * A character trie over every name of the gazetteer, built once, scanned leftmost-longest: one
 * pass over the text, the first character looked up by index, no regex alternation of names.
 */
export class NameTrie {
  /** Indexed by the (lower-cased) UTF-16 code of a name's first character. */
  private readonly roots: Array<Node | undefined> = new Array<Node | undefined>(65536).fill(undefined);
  /**
   * Marks the slot of every name's first two characters, in each case a Latin letter may be
   * written in. Over a third of a text's characters begin some name (中, 华, any Latin letter), but
   * few pairs do: a position whose pair is unmarked costs one lookup and no walk down the trie.
   */
  private readonly pairs = new Uint8Array(65536);

  constructor(entries: readonly GazetteerEntry[]) {
    for (const entry of entries) {
      for (const alias of new Set([entry.name, ...entry.aliases])) this.add({ entry, alias, caseSensitive: !isCaseless(alias) });
    }
  }

  private add(term: Term): void {
    // The gazetteer's schema asks for two characters, which the filter of pairs relies on.
    if (term.alias.length < 2) throw new Error(`gazetteer name ${term.alias} is shorter than the pair filter reads`);
    const first = lower(term.alias.charCodeAt(0));
    const second = lower(term.alias.charCodeAt(1));
    for (const firstAsWritten of casesOf(first)) for (const secondAsWritten of casesOf(second)) this.pairs[pairSlot(firstAsWritten, secondAsWritten)] = 1;
    let node = (this.roots[first] ??= { codes: [], children: [] });
    for (let i = 1; i < term.alias.length; i++) {
      const code = lower(term.alias.charCodeAt(i));
      let next = child(node, code);
      if (!next) {
        next = { codes: [], children: [] };
        node.codes.push(code);
        node.children.push(next);
      }
      node = next;
    }
    (node.terms ??= []).push(term);
  }

  /**
   * Every leftmost-longest match in `text` that respects word boundaries, found as they are read
   * (a caller that wants the first match reads no further). An iterator, not a generator: V8 runs
   * the scan's loop slower inside a generator, and a closure made per scan costs more than a class.
   */
  scan(text: string): IterableIterator<TrieMatch, undefined> {
    return new TrieMatches(this, text);
  }

  /** The first leftmost-longest match at or after `from`. */
  matchFrom(text: string, from: number): TrieMatch | undefined {
    const { pairs } = this;
    let previous = from > 0 ? text.charCodeAt(from - 1) : 32;
    let code = text.charCodeAt(from);
    for (let i = from; i + 1 < text.length; i++) {
      const next = text.charCodeAt(i + 1);
      const mayStart =
        pairs[pairSlot(code, next)] === 1 &&
        // A Latin name starts a word: inside one (the e of DeepSeek) nothing can start.
        !(isLatinOrDigit(code) && isLatinOrDigit(previous));
      if (mayStart) {
        const root = this.roots[lower(code)];
        const best = root && longestAt(text, i, root);
        if (best) return best;
      }
      previous = code;
      code = next;
    }
    return undefined;
  }
}

/** The matches of one scan, read one at a time. */
class TrieMatches implements IterableIterator<TrieMatch, undefined> {
  private from = 0;

  constructor(
    private readonly trie: NameTrie,
    private readonly text: string,
  ) {}

  next(): IteratorResult<TrieMatch, undefined> {
    const match = this.trie.matchFrom(this.text, this.from);
    this.from = match ? match.end : this.text.length;
    return match ? { done: false, value: match } : { done: true, value: undefined };
  }

  [Symbol.iterator](): this {
    return this;
  }
}

function longestAt(text: string, start: number, root: Node): TrieMatch | undefined {
  let bestTerm: Term | undefined;
  let bestEnd = 0;
  let node: Node | undefined = root;
  for (let i = start + 1; node; i++) {
    if (node.terms) {
      for (const term of node.terms) {
        if (accepts(term, text, start, i)) {
          bestTerm = term;
          bestEnd = i;
          break;
        }
      }
    }
    if (i >= text.length) break;
    node = child(node, lower(text.charCodeAt(i)));
  }
  return bestTerm && { start, end: bestEnd, entry: bestTerm.entry, alias: bestTerm.alias };
}

/** Whether `text` holds `alias` at `start` exactly as written. */
function writtenAs(text: string, start: number, alias: string): boolean {
  for (let i = 0; i < alias.length; i++) if (text.charCodeAt(start + i) !== alias.charCodeAt(i)) return false;
  return true;
}

function accepts(term: Term, text: string, start: number, end: number): boolean {
  if (term.caseSensitive && !writtenAs(text, start, term.alias)) return false;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if (isLatinOrDigit(text.charCodeAt(start)) && isLatinOrDigit(before)) return false;
  if (isLatinOrDigit(text.charCodeAt(end - 1))) {
    if (isLatinOrDigit(after)) return false;
    // DeepSeek-R1, GPT-4o: a name joined to a version by a hyphen is a product.
    if (after === 45 && end + 1 < text.length && isLatinOrDigit(text.charCodeAt(end + 1))) return false;
  }
  if (term.entry.notAfter && start > 0 && term.entry.notAfter.includes(text[start - 1]!)) return false;
  return true;
}
