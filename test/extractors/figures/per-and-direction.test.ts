import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/engine/snippet.ts';

function perOf(text: string, mention: string): string | undefined {
  const found = processText(text).records.find((r) => r.type === 'money' && r.text.includes(mention));
  expect(found, `no money record for ${mention}`).toBeDefined();
  return (found as { per?: string }).per;
}

// A share price is a price per share whether or not the text says 每股: analysts compare it with
// other prices, never add it to amounts.
describe('a stock quote is per share', () => {
  it.each([
    ['收盘时该股报12.5元，跌3%。', '12.5元'],
    ['某某控股股价连续20个交易日低于1元，面临退市。', '1元'],
    ['该股复牌后跌破发行价，最低下探至8元，股价创出新低7.6元。', '7.6元'],
    ['The shares went public at $19 in 2014.', '$19'],
    ['Its stock closed at $12.30 on Monday.', '$12.30'],
  ])('%s', (text, mention) => {
    expect(perOf(text, mention)).toBe('share');
  });
});

describe('a level that is not a stock price stays a plain amount', () => {
  it.each([
    ['公司全年营收突破100亿元，同比增长20%。', '100亿元'],
    ['景区门票价格涨至300元。', '300元'],
    ['成交金额突破1万亿元，港股通净流入。', '1万亿元'],
    ['The company priced its offering at $27 million.', '$27 million'],
    ['The firm paid $27 for each ticket.', '$27'],
  ])('%s', (text, mention) => {
    expect(perOf(text, mention)).toBeUndefined();
  });
});

describe('an amount per stretch of time', () => {
  it('$1 million a day is per day', () => {
    expect(perOf('The campaign cost $3 million a day at its peak.', '$3 million')).toBe('day');
  });
});

describe('a figure without a change word states no direction', () => {
  it.each([
    ['毛利率分别为25%和30%。', '30%'],
    ['The fund holds 12% of the company.', '12%'],
  ])('%s', (text, mention) => {
    const found = processText(text).records.find((r) => r.type === 'percent' && r.text === mention);
    expect(found).toBeDefined();
    expect((found as { direction?: string }).direction).toBeUndefined();
  });
});
