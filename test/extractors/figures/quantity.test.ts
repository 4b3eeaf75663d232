import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/engine/snippet.ts';

function figures(text: string) {
  return processText(text, { publishedAt: '2025-02-07' })
    .records.filter((r) => ['money', 'percent', 'ratio', 'quantity', 'date'].includes(r.type))
    .map((r) => [r.type, r.text]);
}

describe('quantities beside other figures', () => {
  it('reads shares as shares and the price and proceeds as money in one sentence', () => {
    expect(figures('公司拟发行2042.215万股，每股发行价297港元，募资约60.65亿港元。')).toEqual([
      ['quantity', '2042.215万股'],
      ['money', '297港元'],
      ['money', '约60.65亿港元'],
    ]);
  });

  it('keeps dates, percents and multiples whole beside counts', () => {
    expect(figures('2019年9月5日，金晶节能质押11985万股，占总股本的32.03%，获3.39倍认购。')).toEqual([
      ['date', '2019年9月5日'],
      ['quantity', '11985万股'],
      ['percent', '32.03%'],
      ['ratio', '3.39倍'],
    ]);
  });

  it('counts nothing in a year, an amount in 人民币 or a rank', () => {
    expect(figures('2025年共有1000万人民币奖金，他排名第3名。')).toEqual([
      ['date', '2025年'],
      ['money', '1000万人民币'],
    ]);
  });
});
