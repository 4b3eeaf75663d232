import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitText } from '../../../src/extractors/event/breaks.ts';
import type { Clause } from '../../../src/extractors/event/scene.ts';
import type { Span } from '../../../src/model/span.ts';

// The reference: the patterns the event scene split its text with before the one-pass reading,
// run the way it ran them (clauses within each sentence alone, a break inside brackets skipped).
const POINT = String.raw`\.(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|No|vs|Inc|Co|Corp|Ltd|Cos|Bros|Plc|[A-Z])\.)`;
const CLAUSE_BREAK = new RegExp(
  String.raw`[。!?;\n丨|]|,(?!\d{3}(?!\d))|:(?!\d)|${POINT}(?=\s|$)|\s(?<=[\p{Script=Han}%]\s)\s*(?=\p{Script=Han})|\s+(?=\d{1,2}、)`,
  'gu',
);
const SENTENCE_BREAK = new RegExp(String.raw`[。!?\n]|${POINT}(?=\s+[A-Z"“(]|\s*$)`, 'g');

function insideBrackets(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 40), at);
  return window.lastIndexOf('(') > window.lastIndexOf(')');
}

function splitAt(text: string, pattern: RegExp, keepBrackets = false): Array<Span & { breakChar: string }> {
  const parts: Array<Span & { breakChar: string }> = [];
  let start = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (keepBrackets && insideBrackets(text, m.index)) continue;
    if (m.index > start) parts.push({ start, end: m.index, breakChar: m[0] });
    start = m.index + m[0].length;
  }
  if (text.length > start) parts.push({ start, end: text.length, breakChar: '' });
  return parts;
}

function referenceSplit(text: string): { sentences: Span[]; clauses: Clause[] } {
  const sentences = splitAt(text, SENTENCE_BREAK).map(({ start, end }) => ({ start, end }));
  const clauses = sentences.flatMap((sentence, index) =>
    splitAt(text.slice(sentence.start, sentence.end), CLAUSE_BREAK, true).map((c) => ({
      start: sentence.start + c.start,
      end: sentence.start + c.end,
      sentence: index,
      breakChar: c.breakChar,
    })),
  );
  return { sentences, clauses };
}

const scannedSplit = splitText;

// Pieces that make every kind of break and near miss: Chinese and Latin punctuation, titles and
// initials before a point, thousands and times, list numbers, brackets, every kind of space, Han
// characters of both planes and characters just outside Han, and lone surrogates.
const PIECES = [
  '中', '文', '𠀀', '々', '〇', '⺀', '😀', '%', ' ', '  ', '\n', '\t', '\u3000', '\u00a0', '\u2003', '\ufeff', '\r',
  '。', '!', '?', ';', '丨', '|', ',', ':', '.', '、', '(', ')', '“', '"', '——',
  '1', '12', '123', '1234', '09', 'A', 'U', 'S', 'b', 'Apple', 'x_', 'Prof', 'Plcs', 'Bros', 'Pl',
  ...['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'No', 'vs', 'Inc', 'Co', 'Corp', 'Ltd', 'Cos', 'Bros', 'Plc'].map((title) => `${title}.`),
  '\ud840', '\udc00',
];

describe('sentence and clause breaks', () => {
  it('split a headline, a dateline and an English lead as the patterns do', () => {
    for (const text of [
      '富瑞:维持百度买入评级 目标价262港元',
      '中新经纬客户端12月28日电 网宿科技(300017.SZ)公告,公司拟以11,659,096元回购,09:30开盘。',
      'Vivus Inc. (NASDAQ: VVUS) dropped 6% on Monday. Mr. Smith said J. P. Morgan agreed.',
      '1、营收增长 2、利润下降 3、现金流为正',
      '中国铁建(9.220,-0.21,-2.23%)涨停',
    ]) {
      expect(scannedSplit(text)).toEqual(referenceSplit(text));
    }
  });

  it('read every BMP character as the patterns do, as a space, a Han character or neither', () => {
    const differing: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const c = String.fromCharCode(unit);
      for (const text of [`中${c}文`, `中 ${c}`, `${c} 中`, `x.${c}A`, `, ${c}1、`]) {
        if (JSON.stringify(scannedSplit(text)) !== JSON.stringify(referenceSplit(text))) differing.push(text);
      }
    }
    expect(differing).toEqual([]);
  });

  it('split random mixes as the patterns do', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        expect(scannedSplit(text)).toEqual(referenceSplit(text));
      }),
      { numRuns: 10000, seed: 11 },
    );
  });
});
