import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { findNumerals, NUMERAL_SOURCE, numeralRuns, parseNumeral, readNumeral, scaleExact, type Numeral } from '../../src/text/numerals.ts';

/** parseNumeral as plain regexes and decimal arithmetic write it, to check the code-unit reader against. */
function referenceParse(text: string): Numeral | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (/^-?(?:0|[1-9]\d{0,8})(?:\.\d{1,6})?$/.test(trimmed)) {
    const value = Number(trimmed);
    return { value, exact: String(value) };
  }
  const m = /^([负負−\-])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([万萬亿億兆]*)$/.exec(trimmed);
  if (m) {
    const digits = m[2]!.replace(/,/g, '');
    const powers = [...m[3]!].map((unit) => ({ 万: 4, 萬: 4, 亿: 8, 億: 8, 兆: 12 })[unit]!);
    const ordered = powers.every((power, i) => power >= powers.slice(0, i).reduce((sum, p) => sum + p, 0));
    if (digits.replace('.', '').length <= 20 && /[1-9]/.test(digits) && ordered) {
      const level = powers.reduce((sum, p) => sum + p, 0);
      const unsigned = new Decimal(digits).times(new Decimal(10).pow(level)).toFixed();
      const exact = m[1] && unsigned !== '0' ? `-${unsigned}` : unsigned;
      return { value: Number(exact), exact };
    }
  }
  const reading = readNumeral(trimmed, 0);
  if (!reading || reading.end !== trimmed.length) return null;
  const { end: _end, ...numeral } = reading;
  return numeral;
}

describe('parseNumeral', () => {
  it.each([
    ['557.6万', 5576000, '5576000'],
    ['45,143.47万', 451434700, '451434700'],
    ['1,100.9亿', 110090000000, '110090000000'],
    ['1.2万亿', 1.2e12, '1200000000000'],
    ['3千万', 3e7, '30000000'],
    ['一万五千亿', 1.5e12, '1500000000000'],
    ['四万万', 4e8, '400000000'],
    ['一千二百万', 1.2e7, '12000000'],
    ['两亿', 2e8, '200000000'],
    ['壹佰', 100, '100'],
    ['肆佰陆拾', 460, '460'],
    ['贰拾', 20, '20'],
    ['廿三', 23, '23'],
    ['卅', 30, '30'],
    ['一千零一', 1001, '1001'],
    ['二百五', 250, '250'],
    ['九万四', 94000, '94000'],
    ['负三十二', -32, '-32'],
    ['-5,371,666.75', -5371666.75, '-5371666.75'],
    ['−0.2', -0.2, '-0.2'],
    ['两千万点五五', 20000000.55, '20000000.55'],
    ['三分之一', 1 / 3, null],
    ['1/30', 1 / 30, null],
  ])('%s → %d', (text, value, exact) => {
    const numeral = parseNumeral(text);
    expect(numeral?.value).toBeCloseTo(value, 9);
    if (exact) expect(numeral?.exact).toBe(exact);
  });

  it('keeps amounts free of floating-point artefacts', () => {
    expect(parseNumeral('0.1亿')?.exact).toBe('10000000');
    expect(parseNumeral('11,963.90万')?.value).toBe(119639000);
  });

  it.each([
    ['三十几万', 300000, 400000],
    ['二百余万', 2000000, 3000000],
    ['一千多万', 10000000, 20000000],
    ['数千万', 10000000, 100000000],
    ['500余万', 5000000, 6000000],
  ])('%s is approximate: lower bound %d, upper bound %d', (text, min, max) => {
    expect(parseNumeral(text)).toMatchObject({ value: min, min, max });
  });

  it.each(['万', '万万', '百度', '一二三', '', '元', '0万', '1亿万'])('%s is no numeral', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });

  it.each([
    ['负5亿', '-500000000'],
    ['007.50万', '75000'],
    ['1万万亿', '10000000000000000'],
    ['1,234,567', '1234567'],
    // Past 20 significant digits decimal arithmetic rounds, and so does the reading.
    ['12345678901234567890123万', '123456789012345678900000000'],
  ])('%s is exactly %s', (text, exact) => {
    expect(parseNumeral(text)).toEqual({ value: Number(exact), exact });
  });

  it('reads Arabic amounts as regexes and decimal arithmetic read them', () => {
    const characters = [...'0123456789012345,.-负負−万萬亿億兆一十 '];
    const anyMix = fc.array(fc.constantFrom(...characters), { maxLength: 28 }).map((chars) => chars.join(''));
    const amount = fc.stringMatching(/^ ?[负負−-]?(?:\d{1,4}(?:,\d{2,4})*|\d{1,24})(?:\.\d{0,8})?[万萬亿億兆]{0,3} ?$/);
    fc.assert(
      fc.property(fc.oneof(anyMix, amount), (text) => {
        expect(parseNumeral(text), JSON.stringify(text)).toEqual(referenceParse(text));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('scaleExact', () => {
  it.each([
    ['1.5', '1e6', '1500000'],
    ['-0.25', '0.01', '-0.0025'],
    ['12.340', '10000', '123400'],
    ['-0', '1', '0'],
    ['3', '2.5', '7.5'],
    ['123456789012345678901', '10', '1234567890123456789000'],
  ])('%s × %s = %s', (exact, factor, product) => {
    expect(scaleExact(exact, factor)).toBe(product);
  });

  it('multiplies as decimal.js does, by powers of ten and other factors', () => {
    const decimal = fc.stringMatching(/^-?\d{1,24}(?:\.\d{1,8})?$/);
    const factor = fc.constantFrom<number | string>(1, '1', 10, '10000', '1e6', '1e+8', '0.01', '0.1', 12, '2.5');
    fc.assert(
      fc.property(decimal, factor, (exact, by) => {
        expect(scaleExact(exact, by), `${exact} × ${by}`).toBe(new Decimal(exact).times(by).toFixed());
      }),
      { numRuns: 20000 },
    );
  });
});

describe('NUMERAL_SOURCE', () => {
  it('matches numerals in running text without starting inside one', () => {
    const re = new RegExp(`(${NUMERAL_SOURCE})美元`, 'g');
    const found = [...'费用只有557.6万美元，市值蒸发近6000亿美元'.matchAll(re)].map((m) => m[1]);
    expect(found).toEqual(['557.6万', '6000亿']);
  });

  it('is what numeralRuns finds, run for run', () => {
    const re = new RegExp(NUMERAL_SOURCE, 'g');
    for (const text of [
      '费用只有557.6万美元，市值蒸发近6000亿美元',
      '1,234.5亿至-3.2万，负五十余万，−7，-x，.5与1.，数千家、二十几万',
      '2025年2月7日 三 千 万 ,5 1.2.3 a1,2 十 1 五百 亿',
      '',
      '负',
    ]) {
      const expected = [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      expect(numeralRuns(text)).toEqual(expected);
    }
  });

  it('is what numeralRuns finds, on any mix of numeral characters and others', () => {
    const re = new RegExp(NUMERAL_SOURCE, 'g');
    const characters = [...'0123456789.,. 负−-一二两三十百千万亿點点零〇几数余多壹佰半年元a%（'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        const expected = [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
        expect(numeralRuns(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('stays linear on a long run of digits that ends in no unit', () => {
    const re = new RegExp(`(${NUMERAL_SOURCE})美元`, 'g');
    const started = performance.now();
    expect(re.test('9'.repeat(200_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('findNumerals', () => {
  it('finds every numeral with its offsets', () => {
    const found = findNumerals('营收1,050亿，同比增长十五点七，净利润四亿五千六百四十二万零一十五');
    expect(found.map((n) => [n.text, n.value])).toEqual([
      ['1,050亿', 105000000000],
      ['十五点七', 15.7],
      ['四亿五千六百四十二万零一十五', 456420015],
    ]);
    expect(found[0]).toMatchObject({ start: 2, end: 8 });
  });

  it('reads a megabyte of numeral characters in linear time', () => {
    const started = performance.now();
    findNumerals('一万'.repeat(500_000));
    findNumerals('万'.repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(8000);
  });

  it.each(['GPT-4o', 'H800', 'MI300X', 'DeepSeek-R1', '一切', '我家在四川', '收拾房间', '两两'])('finds nothing in %s', (text) => {
    expect(findNumerals(text)).toEqual([]);
  });
});
