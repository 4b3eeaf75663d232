import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blank, foldWidth, scanText } from '../../src/text/fold.ts';
import { isWhiteSpace, trimSpan } from '../../src/text/space.ts';

describe('foldWidth', () => {
  it('folds full-width ASCII forms and the ideographic space, keeping every offset', () => {
    const text = '营收（亿元）：１２３．４５，同比＋５％\u3000ＡＢＣ';
    const folded = foldWidth(text);
    expect(folded).toBe('营收(亿元):123.45,同比+5% ABC');
    expect(folded.length).toBe(text.length);
  });

  it('leaves other characters alone, unpaired surrogates and emoji included', () => {
    const text = 'a\uD800b\uDC00c😀，\uFF5F\uFF00';
    expect(foldWidth(text)).toBe('a\uD800b\uDC00c😀,\uFF5F\uFF00');
    expect(foldWidth('plain text')).toBe('plain text');
  });

  it('folds as a plain character-by-character replace does, on any text', () => {
    const reference = (text: string) => text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
    const unit = fc.oneof(fc.string({ unit: 'binary', maxLength: 3 }), fc.constantFrom('，', '（', '）', '\u3000', '\uFF01', '\uFF5E', '\uFF00', '\uFF5F', '元', 'a', '\uD800'));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(foldWidth(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('blanks boilerplate before folding', () => {
    expect(scanText('正文（一）免责声明', [{ start: 5, end: 9 }])).toBe('正文(一)    ');
    expect(blank('abcdef', [{ start: 3, end: 5 }, { start: 1, end: 2 }])).toBe('a c  f');
  });

  it('blanks and folds as blank() then foldWidth() do, for any spans within the text', () => {
    const unit = fc.oneof(fc.string({ unit: 'binary', maxLength: 3 }), fc.constantFrom('，', '（', '\u3000', '\uFF5E', '\uFF5F', '元', 'a'));
    const textAndSpans = fc.array(unit, { maxLength: 30 }).map((parts) => parts.join('')).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })), { maxLength: 4 }),
      ),
    );
    fc.assert(
      fc.property(textAndSpans, ([text, spans]) => {
        expect(scanText(text, spans)).toBe(foldWidth(blank(text, spans)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('white space', () => {
  it('is what \\s matches, for every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) expect.fail(`U+${code.toString(16)}`);
    }
  });

  it('trims a span at both ends', () => {
    expect(trimSpan(' \u3000ab c\n ', 0, 8)).toEqual({ start: 2, end: 6 });
    expect(trimSpan('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });
});
