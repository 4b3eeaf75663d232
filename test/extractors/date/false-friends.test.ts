import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/engine/snippet.ts';

const datesIn = (text: string) =>
  processText(text, { publishedAt: '2025-02-07' }).records.filter((r) => r.type === 'date').map((r) => r.text);

// Figures that look like dates to a careless reader, from the corpus.
describe('no date record on', () => {
  it.each([
    ['fractions', '这个模型的训练成本不及OpenAI GPT-4o模型训练成本1/10,大约是o1运行成本的1/30。'],
    ['share counts', '公司拟发行2042.215万股,每股发行价297港元'],
    ['phone numbers', '如有问题,请联系客服:400-6123115'],
    ['durations of a company', '公司成立21年来首次亏损'],
    ['index names and levels', '新华TMT出海优选50指数成份公司浪潮信息盘中涨停;沪指收报2929.09点'],
    ['multiples', '市值是营收的3.39倍'],
    ['tenors', '1年期MLF中标利率为2.85%,7天期逆回购中标利率为2.1%'],
    ['stock codes', '网宿科技(300017.SZ)、浪潮信息(000977.SZ)'],
    ['durations', '建设期3年,R1模型横空出世仅仅一周'],
    ['model names', '英伟达H800芯片及GPT-4o模型'],
  ])('%s', (_what, text) => {
    expect(datesIn(text)).toEqual([]);
  });
});

describe('medium-term is no half year', () => {
  it('reads 2019年中期票据 as the year 2019, and 2019年中期业绩 as its first half', () => {
    const values = (text: string) =>
      processText(text, { publishedAt: '2019-09-01' }).records.filter((r) => r.type === 'date').map((r) => [r.text, 'value' in r ? r.value : undefined]);
    expect(values('公司2019年中期票据发行规模扩大。')).toEqual([['2019年', '2019']]);
    expect(values('公司公布了2019年中期业绩。')).toEqual([['2019年中期', '2019-H1']]);
  });
});
