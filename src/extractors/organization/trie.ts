import type { GazetteerEntry } from '../../lexicon/companies.ts';

/** A name of an entry as stored in the trie. */
interface Term {
  entry: GazetteerEntry;
  alias: string;
  /** Acronyms and plain words match only as written (SAFE is not safe, Meta is not meta). */
  caseSensitive: boolean;
}

interface Node {
  next: Map<number, Node>;
  terms?: Term[];
}

export interface TrieMatch {
  start: number;
  end: number;
  entry: GazetteerEntry;
}

const isLatinOrDigit = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** Camel-case brands (DeepSeek, ByteDance) are distinctive enough to match in any case (Deepseek). */
function isCaseless(alias: string): boolean {
  return /[a-z]/.test(alias) && /.[A-Z]/.test(alias);
}

/**
 * A character trie over every name of the gazetteer, built once, scanned leftmost-longest:
 * one pass over the text, a map lookup per character, no regex alternation of names.
 */
export class NameTrie {
  private readonly root: Node = { next: new Map() };

  constructor(entries: readonly GazetteerEntry[]) {
    for (const entry of entries) {
      for (const alias of new Set([entry.name, ...entry.aliases])) this.add({ entry, alias, caseSensitive: !isCaseless(alias) });
    }
  }

  private add(term: Term): void {
    let node = this.root;
    for (let i = 0; i < term.alias.length; i++) {
      const code = lower(term.alias.charCodeAt(i));
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    (node.terms ??= []).push(term);
  }

  /** Every leftmost-longest match in `text` that respects word boundaries. */
  *scan(text: string): Generator<TrieMatch> {
    const { root } = this;
    let i = 0;
    while (i < text.length) {
      const best = this.longestAt(text, i, root);
      if (best) {
        yield best;
        i = best.end;
      } else {
        i++;
      }
    }
  }

  private longestAt(text: string, start: number, root: Node): TrieMatch | undefined {
    let node: Node | undefined = root.next.get(lower(text.charCodeAt(start)));
    let best: TrieMatch | undefined;
    for (let i = start; node; ) {
      i++;
      if (node.terms) {
        const term = node.terms.find((t) => accepts(t, text, start, i));
        if (term) best = { start, end: i, entry: term.entry };
      }
      if (i >= text.length) break;
      node = node.next.get(lower(text.charCodeAt(i)));
    }
    return best;
  }
}

function accepts(term: Term, text: string, start: number, end: number): boolean {
  if (term.caseSensitive && text.slice(start, end) !== term.alias) return false;
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
