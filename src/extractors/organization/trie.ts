import type { GazetteerEntry } from '../../lexicon/companies.ts';
import { pairSlot } from '../../lexicon/alternation.ts';
import { bitSet, hasBit, setBit } from '../../text/code-units.ts';

/** A name of an entry as stored in the trie. */
interface Term {
  entry: GazetteerEntry;
  alias: string;
  /** Acronyms and plain words match only as written (SAFE is not safe, Meta is not meta). */
  caseSensitive: boolean;
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

/** The root, numbered 0: never a child, so a child number of 0 means none. */
const ROOT = 0;
/**
 * The root's edges are by a name's first two (lower-cased) characters, as one int: no name is
 * shorter, and the filter of pairs has already found them, so a walk starts with one step, not two.
 */
const pairCode = (first: number, second: number) => (first << 16) | second;
/** Edges by parent and code while the trie is built: a parent's number times this, plus the code as unsigned. */
const EDGE_KEY_NODE = 2 ** 32;
const pairHash = (pair: number) => Math.imul(pair, 0x9e3779b1);

/** The child of `node` by `code` while the trie is built, made if there is none yet. */
function step(node: number, code: number, built: Map<number, number>, termsAsBuilt: Array<Term[] | undefined>): number {
  const key = node * EDGE_KEY_NODE + (code >>> 0);
  let child = built.get(key);
  if (child === undefined) {
    child = termsAsBuilt.push(undefined) - 1;
    built.set(key, child);
  }
  return child;
}

/**
 * A character trie over every name of the gazetteer, built once, scanned leftmost-longest: one
 * pass over the text, the first two characters looked up by hash, no regex alternation of names.
 */
export class NameTrie {
  /**
   * Marks the slot of every name's first two characters, in each case a Latin letter may be
   * written in. Over a third of a text's characters begin some name (中, 华, any Latin letter), but
   * few pairs do: a position whose pair is unmarked costs one lookup and no walk down the trie.
   * A bit a slot: 8 KB stay in the nearest cache between articles, where 64 KB did not.
   */
  private readonly pairs = bitSet(0x10000);
  /**
   * The root's children in an open-addressed table of (pair, child) ints, at most half full: a
   * few hundred pairs, a few KB, where one table of every edge took ~200 KB and missed the cache
   * on most steps of a walk between articles.
   */
  private readonly rootEdges: Int32Array;
  /** The bits of the root table's number of slots. */
  private readonly rootBits: number;
  /**
   * Below the root, nodes are numbered in depth-first order and the edges of node n are
   * `edgeCodes`/`edgeChildren` from `firstEdge[n]` to `firstEdge[n + 1]`, sorted by code: most
   * nodes have one child (the next number), so a walk down a name reads neighbouring ints.
   */
  private readonly firstEdge: Int32Array;
  private readonly edgeCodes: Uint16Array;
  private readonly edgeChildren: Int32Array;
  /** The names ending at each node, by node number. */
  private readonly termsAt: Array<Term[] | undefined>;

  constructor(entries: readonly GazetteerEntry[]) {
    // Edges by parent and code while the trie is built, numbered as made; renumbered once all are known.
    const built = new Map<number, number>();
    const termsAsBuilt: Array<Term[] | undefined> = [undefined];
    for (const entry of entries) {
      for (const alias of new Set([entry.name, ...entry.aliases])) this.add({ entry, alias, caseSensitive: !isCaseless(alias) }, built, termsAsBuilt);
    }
    const childrenAsBuilt: Array<Array<[code: number, child: number]>> = termsAsBuilt.map(() => []);
    for (const [key, child] of built) childrenAsBuilt[Math.floor(key / EDGE_KEY_NODE)]!.push([key % EDGE_KEY_NODE | 0, child]);
    for (const children of childrenAsBuilt) children.sort((a, b) => a[0] - b[0]);

    const nodes = termsAsBuilt.length;
    const number = new Int32Array(nodes);
    const order: number[] = [];
    for (const stack = [ROOT]; stack.length > 0; ) {
      const asBuilt = stack.pop()!;
      number[asBuilt] = order.push(asBuilt) - 1;
      const children = childrenAsBuilt[asBuilt]!;
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]![1]);
    }
    this.termsAt = order.map((asBuilt) => termsAsBuilt[asBuilt]);

    const rootChildren = childrenAsBuilt[ROOT]!;
    // At most half the slots full: a probe for a missing pair stays short.
    this.rootBits = Math.max(4, Math.ceil(Math.log2(rootChildren.length * 2 + 1)));
    this.rootEdges = new Int32Array(2 << this.rootBits);
    const last = (1 << this.rootBits) - 1;
    for (const [pair, child] of rootChildren) {
      let slot = pairHash(pair) >>> (32 - this.rootBits);
      while (this.rootEdges[slot * 2 + 1] !== ROOT) slot = (slot + 1) & last;
      this.rootEdges[slot * 2] = pair;
      this.rootEdges[slot * 2 + 1] = number[child]!;
    }

    this.firstEdge = new Int32Array(nodes + 1);
    this.edgeCodes = new Uint16Array(built.size - rootChildren.length);
    this.edgeChildren = new Int32Array(this.edgeCodes.length);
    let edge = 0;
    for (let node = 0; node < nodes; node++) {
      this.firstEdge[node] = edge;
      if (node === ROOT) continue;
      for (const [code, child] of childrenAsBuilt[order[node]!]!) {
        this.edgeCodes[edge] = code;
        this.edgeChildren[edge++] = number[child]!;
      }
    }
    this.firstEdge[nodes] = edge;
  }

  private add(term: Term, built: Map<number, number>, termsAsBuilt: Array<Term[] | undefined>): void {
    // The gazetteer's schema asks for two characters, which the filter of pairs relies on.
    if (term.alias.length < 2) throw new Error(`gazetteer name ${term.alias} is shorter than the pair filter reads`);
    const first = lower(term.alias.charCodeAt(0));
    const second = lower(term.alias.charCodeAt(1));
    for (const firstAsWritten of casesOf(first)) {
      for (const secondAsWritten of casesOf(second)) {
        const slot = pairSlot(firstAsWritten, secondAsWritten);
        setBit(this.pairs, slot);
      }
    }
    let node = step(ROOT, pairCode(first, second), built, termsAsBuilt);
    for (let i = 2; i < term.alias.length; i++) node = step(node, lower(term.alias.charCodeAt(i)), built, termsAsBuilt);
    (termsAsBuilt[node] ??= []).push(term);
  }

  /** The root's child by a name's first pair, or ROOT for none. */
  private rootChild(pair: number): number {
    const { rootEdges } = this;
    const last = (1 << this.rootBits) - 1;
    for (let slot = pairHash(pair) >>> (32 - this.rootBits); ; slot = (slot + 1) & last) {
      const child = rootEdges[slot * 2 + 1]!;
      if (child === ROOT || rootEdges[slot * 2] === pair) return child;
    }
  }

  /** The child of `node` (not the root) by the lower-cased code, or ROOT for none. */
  private child(node: number, code: number): number {
    const { edgeCodes } = this;
    const end = this.firstEdge[node + 1]!;
    for (let edge = this.firstEdge[node]!; edge < end; edge++) {
      const edgeCode = edgeCodes[edge]!;
      if (edgeCode >= code) return edgeCode === code ? this.edgeChildren[edge]! : ROOT;
    }
    return ROOT;
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
      const slot = pairSlot(code, next);
      const mayStart =
        hasBit(pairs, slot) &&
        // A Latin name starts a word: inside one (the e of DeepSeek) nothing can start.
        !(isLatinOrDigit(code) && isLatinOrDigit(previous));
      if (mayStart) {
        const best = this.longestAt(text, i);
        if (best) return best;
      }
      previous = code;
      code = next;
    }
    return undefined;
  }

  private longestAt(text: string, start: number): TrieMatch | undefined {
    let bestTerm: Term | undefined;
    let bestEnd = 0;
    let node = this.rootChild(pairCode(lower(text.charCodeAt(start)), lower(text.charCodeAt(start + 1))));
    for (let i = start + 2; node !== ROOT; i++) {
      const terms = this.termsAt[node];
      if (terms) {
        for (const term of terms) {
          if (accepts(term, text, start, i)) {
            bestTerm = term;
            bestEnd = i;
            break;
          }
        }
      }
      if (i >= text.length) break;
      node = this.child(node, lower(text.charCodeAt(i)));
    }
    return bestTerm && { start, end: bestEnd, entry: bestTerm.entry, alias: bestTerm.alias };
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
  if (term.entry.notBefore && end < text.length && term.entry.notBefore.includes(text[end]!)) return false;
  return true;
}
