import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NameTrie } from '../../../src/extractors/organization/trie.ts';
import { COMPANIES, type GazetteerEntry } from '../../../src/lexicon/companies.ts';

const isLatinOrDigit = (ch: string | undefined) => ch !== undefined && /^[A-Za-z0-9]$/.test(ch);
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
const isCaseless = (alias: string) => /[a-z]/.test(alias) && /.[A-Z]/.test(alias);

/** Whether `alias` may be read at `start` of `text`: the trie's rules, checked one name at a time. */
function readableAt(text: string, start: number, entry: GazetteerEntry, alias: string): boolean {
  const end = start + alias.length;
  const written = text.slice(start, end);
  if (isCaseless(alias) ? asciiLower(written) !== asciiLower(alias) : written !== alias) return false;
  if (isLatinOrDigit(text[start]) && isLatinOrDigit(text[start - 1])) return false;
  if (isLatinOrDigit(text[end - 1]) && (isLatinOrDigit(text[end]) || (text[end] === '-' && isLatinOrDigit(text[end + 1])))) return false;
  return !(entry.notAfter && start > 0 && entry.notAfter.includes(text[start - 1]!));
}

/** The reference: at each position every name of every entry, the longest readable one wins, the first listed among equals. */
function plainScan(text: string, entries: readonly GazetteerEntry[]): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (let at = 0; at < text.length; ) {
    let best: [number, number, string] | undefined;
    for (const entry of entries) {
      for (const alias of new Set([entry.name, ...entry.aliases])) {
        if ((!best || alias.length > best[1] - best[0]) && readableAt(text, at, entry, alias)) best = [at, at + alias.length, alias];
      }
    }
    if (best) out.push(best);
    at = best ? best[1] : at + 1;
  }
  return out;
}

const ENTRIES: GazetteerEntry[] = [
  ...COMPANIES.filter((e) => ['中国人民银行', '工商银行', 'DeepSeek', 'Meta', '英伟达', 'Apple', '华尔街日报'].includes(e.name)),
  { name: 'AB', aliases: ['ABC', 'abcd'], kind: 'company' },
  { name: 'XyZ', aliases: ['xYz公司'], kind: 'company', notAfter: '印' },
];
const PIECES = [...new Set(ENTRIES.flatMap((e) => [e.name, ...e.aliases]))].flatMap((name) => [name, name.slice(0, -1), name.slice(1)]);
const FILLER = ['中', '国', '印', '度', ' ', '-', 'R1', 'a', 'B', 'c', 'D', '1', '，', '银行', 'deepseek', 'META'];

describe('the gazetteer trie', () => {
  const trie = new NameTrie(ENTRIES);
  const scanned = (text: string) => [...trie.scan(text)].map((m): [number, number, string] => [m.start, m.end, m.alias]);

  it('finds exactly what trying every name at every position finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, ...FILLER), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(scanned(text)).toEqual(plainScan(text, ENTRIES));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('finds the same over the whole gazetteer, whose first characters share many pairs', () => {
    const all = new NameTrie(COMPANIES);
    const names = [...new Set(COMPANIES.flatMap((e) => [e.name, ...e.aliases]))];
    const pieces = names.flatMap((name) => [name, name.slice(0, 2), name.slice(1)]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, ...FILLER), { maxLength: 12 }), (chosen) => {
        const text = chosen.join('');
        expect([...all.scan(text)].map((m) => [m.start, m.end, m.alias])).toEqual(plainScan(text, COMPANIES));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('reads no further than the caller asks', () => {
    const matches = trie.scan('央行与工商银行');
    expect(matches.next().value).toMatchObject({ start: 0, end: 2, alias: '央行' });
    expect(matches.next().value).toMatchObject({ start: 3, end: 7, alias: '工商银行' });
    expect(matches.next()).toEqual({ done: true, value: undefined });
    expect(matches.next()).toEqual({ done: true, value: undefined });
  });

  it('refuses a name of one character, which the filter of first pairs cannot see', () => {
    expect(() => new NameTrie([{ name: 'X', aliases: [], kind: 'company' }])).toThrow(/shorter/);
  });
});
