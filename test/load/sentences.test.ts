import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimSpan } from '../../src/text/space.ts';
import { sentenceAt, splitSentences } from '../../src/text/sentences.ts';

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  it('ends Chinese sentences at terminal punctuation, keeping a closing quote with its sentence', () => {
    expect(sentencesOf('他说：“未来或许不需要超大规模的GPU集群了。”随后股价上涨16.97%！\n下一段')).toEqual([
      '他说：“未来或许不需要超大规模的GPU集群了。”',
      '随后股价上涨16.97%！',
      '下一段',
    ]);
  });

  it('does not split English inside numbers, abbreviations, titles or initials', () => {
    expect(sentencesOf('Mr. Smith said the U.S. economy grew 2.1% by Jan. 27, 2025. J. P. Morgan Chase & Co. cut its target.')).toEqual([
      'Mr. Smith said the U.S. economy grew 2.1% by Jan. 27, 2025.',
      'J. P. Morgan Chase & Co. cut its target.',
    ]);
  });

  it('keeps a company with its listing after Inc., Co. or Ltd., and after vs. or e.g.', () => {
    expect(
      sentencesOf(
        'Shares of Acme Widgets Inc. (NASDAQ: ACMW) fell 4% after Foo Co. NYSE: FOO said it would sue. Bar Ltd. fell 2% vs. 1% e.g. on Monday.',
      ),
    ).toEqual([
      'Shares of Acme Widgets Inc. (NASDAQ: ACMW) fell 4% after Foo Co. NYSE: FOO said it would sue.',
      'Bar Ltd. fell 2% vs. 1% e.g. on Monday.',
    ]);
  });

  it('still ends a sentence after a legal form when a new sentence starts', () => {
    expect(sentencesOf('The buyer is Zeta Holdings Corp. The deal closes in May. It was first reported by Gamma Inc. "We are pleased," it said.')).toEqual([
      'The buyer is Zeta Holdings Corp.',
      'The deal closes in May.',
      'It was first reported by Gamma Inc.',
      '"We are pleased," it said.',
    ]);
  });

  it('trims white space and finds the sentence holding an offset', () => {
    const text = '  第一句。  第二句。';
    const sentences = splitSentences(text);
    expect(sentences).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 12 },
    ]);
    expect(sentenceAt(sentences, text.indexOf('二'))).toEqual({ start: 8, end: 12 });
    expect(sentenceAt(sentences, 7)).toBeUndefined();
  });

  it('ends sentences where the plain one-pattern splitter does, on any mix of its hard cases', () => {
    // The splitter's first form, with the look-ahead for the dot ahead of the look-behinds.
    const never = 'Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Jr|Sr|No|Nos|vs|e\\.g|i\\.e|[A-Z]';
    const legal = 'Inc|Co|Cos|Corp|Ltd|Plc|PLC|LLC|Bros';
    const exchange = '(?:NYSE|NASDAQ|Nasdaq|AMEX|NYSEArca|NYSEARCA|OTC\\w*|TSX|LSE|HKEX|SEHK|SSE|SZSE)\\s*:';
    const reference = new RegExp(
      `[。！？!?；;]+[”’」』"')）]*|\\n+|(?=\\.)(?<!\\b(?:${never}))` +
        `(?:(?<=\\b(?:${legal}))\\.(?=\\s+(?!${exchange})[A-Z"“]|\\s*$)|(?<!\\b(?:${legal}))\\.(?=\\s+[A-Z"“(]|\\s*$))[”"')]*`,
      'g',
    );
    const referenceSplit = (text: string) => {
      const spans: { start: number; end: number }[] = [];
      let start = 0;
      const push = (end: number) => {
        const span = trimSpan(text, start, end);
        if (span.end > span.start) spans.push(span);
      };
      for (const m of text.matchAll(reference)) {
        push(m.index + m[0].length);
        start = m.index + m[0].length;
      }
      push(text.length);
      return spans;
    };
    const pieces = ['.', '. ', ' ', '\n', '。', '！', '?', ';', '”', '"', ')', '）', '(', 'Mr', 'Inc', 'Co', 'Ltd', 'e.g', 'i.e', 'vs', 'J',
      'the', 'The', 'NYSE:', 'Nasdaq :', 'OTCQX:', '2.1', '股价', '\u3000', '“', 'U.S'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(splitSentences(text)).toEqual(referenceSplit(text));
      }),
      { numRuns: 3000 },
    );
  });
});
