import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/bench/corpus.ts';
import { anchoredMatches } from '../../../src/refiners/anchored-scan.ts';
import { foldWidth } from '../../../src/text/fold.ts';
import { eventRules } from '../../../src/extractors/event/index.ts';
import { openingUnits } from '../../../src/engine/opening-units.ts';
import type { EventRule } from '../../../src/extractors/event/rule.ts';
import { type Openings, type TriggerMatch, triggerOpenings, triggerScanner, triggersIn } from '../../../src/extractors/event/trigger-scan.ts';

// The one-pass scan must give each rule exactly the matches its own exec loop gives: same
// starts, same text, same groups, in the same order. These tests compare the two over the rules'
// own examples and over random mixes of them, and show the comparison catches a wrong opening set.

const plainScan = (rules: readonly EventRule[], text: string) =>
  rules.map((rule) => (rule.anchor ? anchoredMatches(text, rule.trigger, rule.anchor) : triggersIn(text, rule.trigger)));

/**
 * A match over `text` as the event pass reads it, the plain scan's and the one-pass scan's alike:
 * where, what, and where its named groups lie (a one-pass match keeps the regex's result only for those).
 */
const described = (matches: ReadonlyArray<RegExpExecArray | TriggerMatch> | Error, text: string) =>
  matches instanceof Error
    ? [String(matches)]
    : matches.map((m) => {
        const result = 'end' in m ? m.result : m;
        const end = 'end' in m ? m.end : m.index + m[0].length;
        return `${m.index}:${text.slice(m.index, end)}:${JSON.stringify(result?.indices?.groups ?? result?.groups ?? null)}`;
      });

const plainByText = new Map<string, string[]>();

/** The rules (by id) whose matches over `text` differ between the one-pass scan and the plain scan. */
function differing(scan: ReturnType<typeof triggerScanner>, text: string): string[] {
  let plain = plainByText.get(text);
  if (!plain) plainByText.set(text, (plain = plainScan(eventRules, text).map((matches) => JSON.stringify(described(matches, text)))));
  const combined = scan(text);
  return eventRules.filter((_, i) => JSON.stringify(described(combined[i]!, text)) !== plain[i]).map((rule) => rule.id);
}

const openings = triggerOpenings(eventRules);
const scanner = triggerScanner(eventRules, openings);
// Triggers run on the text as rules see it, width-folded: （第83位） reads (第83位).
const samples = eventRules.flatMap((rule) => [...rule.examples.map((ex) => ex.text), ...rule.negatives]).map(foldWidth);

// Joints between pieces: none (pieces run into each other, words join), punctuation, spaces, a
// letter or digit that joins a word, and an astral Han character (a surrogate pair).
const JOINTS = ['', '', '，', '。', ' ', '\n', 'a', 'X', '7', '的', '𠀀', ', ', '; '];

/** Random mixes of example and negative texts, cut at random places and joined in random ways. */
function mixes(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    const pieces: string[] = [];
    const parts = 2 + Math.floor(next() * 6);
    for (let p = 0; p < parts; p++) {
      const sample = pick(samples);
      const from = next() < 0.5 ? 0 : Math.floor(next() * sample.length);
      const to = next() < 0.5 ? sample.length : from + Math.floor(next() * (sample.length - from + 1));
      pieces.push(sample.slice(from, to), pick(JOINTS));
    }
    texts.push(foldWidth(pieces.join('')));
  }
  return texts;
}

const fuzzTexts = mixes(400, 20250207);

describe('the one-pass trigger scan', () => {
  it('reads an opening set for most triggers, none for an anchored one', () => {
    eventRules.forEach((rule, i) => {
      if (rule.anchor) expect(openings[i], rule.id).toBeUndefined();
    });
    expect(openings.filter(Boolean).length).toBeGreaterThan(eventRules.length * 0.9);
  });

  it.each(eventRules.map((rule) => [rule.id, rule] as const))('finds every trigger of %s in its examples', (_id, rule) => {
    const index = eventRules.indexOf(rule);
    for (const text of rule.examples.map((ex) => foldWidth(ex.text))) {
      const plain = plainScan([rule], text)[0]!;
      // Every example names its event by a trigger, so a set that misses one shows here.
      expect(plain.length, text).toBeGreaterThan(0);
      expect(described(scanner(text)[index]!, text), text).toEqual(described(plain, text));
    }
  });

  it('gives every rule the same matches on every example and negative', () => {
    for (const text of samples) expect(differing(scanner, text), text).toEqual([]);
  });

  it('gives every rule the same matches on random mixes of them', () => {
    for (const text of fuzzTexts) expect(differing(scanner, text), text).toEqual([]);
  });

  it('notices a rule whose opening set lacks a unit its matches open with', () => {
    // Break each rule in turn by dropping the unit its first example's first trigger opens with:
    // the comparison over examples and mixes must then fail for that rule.
    eventRules.forEach((rule, i) => {
      const own = openings[i];
      if (!own) return;
      const first = plainScan([rule], foldWidth(rule.examples[0]!.text))[0]![0]!;
      const broken = new Map(own);
      broken.delete(first.input.charCodeAt(first.index));
      const brokenScanner = triggerScanner(eventRules, openings.map((o, j) => (j === i ? broken : o)));
      const caught = [...samples, ...fuzzTexts].some((text) => differing(brokenScanner, text).includes(rule.id));
      expect(caught, rule.id).toBe(true);
    });
  });

  it('notices a rule whose set lacks a unit its matches have second', () => {
    eventRules.forEach((rule, i) => {
      const own = openings[i];
      if (!own) return;
      const first = plainScan([rule], foldWidth(rule.examples[0]!.text))[0]![0]!;
      const opening = own.get(first.input.charCodeAt(first.index))!;
      if (!opening.seconds) return;
      const seconds = new Set(opening.seconds);
      seconds.delete(first.input.charCodeAt(first.index + 1));
      const broken = new Map(own).set(first.input.charCodeAt(first.index), { ...opening, seconds });
      const brokenScanner = triggerScanner(eventRules, openings.map((o, j) => (j === i ? broken : o)));
      const caught = [...samples, ...fuzzTexts].some((text) => differing(brokenScanner, text).includes(rule.id));
      expect(caught, rule.id).toBe(true);
    });
  });

  it('notices a rule told its matches open words when they need not', () => {
    const rule: EventRule = { ...eventRules[0]!, id: 'test/any-letter' as EventRule['id'], trigger: /[a-z]+ed\b/g, anchor: undefined };
    const right = openingUnits(rule.trigger)!;
    const wrong: Openings = new Map([...right].map(([unit, opening]) => [unit, { ...opening, opensWord: true }]));
    const text = 'The CEO was outraged and Xrated.';
    const expected = described(triggersIn(text, rule.trigger), text);
    expect(described(triggerScanner([rule], [right])(text)[0]!, text)).toEqual(expected);
    expect(described(triggerScanner([rule], [wrong])(text)[0]!, text)).not.toEqual(expected);
  });
});

describe('the one-pass scan of a unicode trigger', () => {
  it('finds matches that open with a character beyond the BMP, and none inside a pair', () => {
    const rule: EventRule = { ...eventRules[0]!, id: 'test/han-run' as EventRule['id'], trigger: /[\u{20000}-\u{2A6DF}A]涨|\u{2F800}跌/gu, anchor: undefined };
    const own = openingUnits(rule.trigger)!;
    // 𠀀 opens with the high surrogate \ud840; what comes second is past the pair, so any unit may.
    expect(own.has(0xd840)).toBe(true);
    expect(own.get(0xd840)!.seconds).toBeUndefined();
    for (const text of ['𠀀涨了', 'A\u{2F800}跌', '股𠀀涨\u{2F800}跌A涨', '\udc00涨']) {
      expect(described(triggerScanner([rule], [own])(text)[0]!, text), text).toEqual(described(triggersIn(text, rule.trigger), text));
    }
  });
});

describe('opening units read from a trigger', () => {
  /** Each opening unit as `word` (opens a word) or not, then the units that may follow it (`*`: any). */
  const units = (pattern: RegExp) => {
    const found = openingUnits(pattern);
    const seconds = (set: ReadonlySet<number> | undefined) => (set ? String.fromCharCode(...[...set].sort((a, b) => a - b)) : '*');
    return found && Object.fromEntries([...found].map(([unit, o]) => [String.fromCharCode(unit), `${o.opensWord ? 'word ' : ''}${seconds(o.seconds)}`]));
  };

  it('skips look-arounds, optional openings and anchors', () => {
    expect(units(/(?<![上下])(?:涨|跌)(?=\d)/g)).toEqual({ 涨: '*', 跌: '*' });
    expect(units(/(?:获(?<subject>[^,。;]{1,30}?))?减持/dg)).toEqual({ 获: '*', 减: '持' });
    expect(units(/^(?:正式)?(?:发布|推出)/g)).toEqual({ 正: '式', 发: '布', 推: '出' });
    expect(units(/a{0,2}b|c{1,}d/g)).toEqual({ a: 'ab', b: '*', c: 'cd' });
    expect(units(/上(?:涨|市)(?!公司)/g)).toEqual({ 上: '市涨' });
  });

  it('marks openings after a word boundary, on every path only', () => {
    expect(units(/\b(?:fell|rose)\b/g)).toEqual({ f: 'word e', r: 'word o' });
    expect(units(/\bfell|fall/g)).toEqual({ f: 'ae' });
    expect(units(/(?:\b|x?)rose/g)).toEqual({ x: 'r', r: 'o' });
  });

  it('counts case folding and classes as the pattern does', () => {
    expect(units(/\brevenue/gi)).toEqual({ r: 'word Ee', R: 'word Ee' });
    expect(units(/[A-C]\d/g)).toEqual({ A: '0123456789', B: '0123456789', C: '0123456789' });
    const han = openingUnits(/\p{Script=Han}{2}/gu);
    expect(han).toBeUndefined();
  });

  it('reads no set where any unit may open a match', () => {
    expect(openingUnits(/.涨/g)).toBeUndefined();
    expect(openingUnits(/[^,。;]{1,8}涨/g)).toBeUndefined();
    expect(openingUnits(/(?:涨)?/g)).toBeUndefined();
    expect(openingUnits(/(涨)\1/g)).toBeUndefined();
    expect(openingUnits(new RegExp('[\\p{L}]', 'gv'))).toBeUndefined();
  });
});
