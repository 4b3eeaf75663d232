import { describe, expect, it } from 'vitest';
import { articleFromText, processText } from '../../../src/engine/snippet.ts';
import { runExtractors } from '../../../src/engine/run-extractors.ts';
import { Reporter } from '../../../src/model/diagnostic.ts';
import { scanText } from '../../../src/text/fold.ts';
import { moneyExtractors } from '../../../src/extractors/money/index.ts';
import { percentExtractors } from '../../../src/extractors/percent/index.ts';
import { ratioExtractors } from '../../../src/extractors/ratio/index.ts';
import type { Extractor } from '../../../src/engine/extractor.ts';

const FIGURE_RULES = [...moneyExtractors, ...percentExtractors, ...ratioExtractors] as Extractor[];

function figures(text: string) {
  return processText(text).records.filter((r) => r.type === 'money' || r.type === 'percent' || r.type === 'ratio');
}

describe('false friends give no money, percent or ratio', () => {
  it.each([
    '如有问题，请联系客服：400-6123115',
    '6cfc445ac8244e2caa7586f5326ca587.png从整体盘面来看',
    '不及OpenAI GPT-4o模型、英伟达H800芯片、DeepSeek-R1、Instinct MI300X GPU、iPhone 11',
    '新华TMT出海优选50指数成份公司，沪深300指数',
    '累计减持2042.215万股，占总股本的',
    '手机配备1200万像素摄像头，投资金额巨大',
    '算力达到每秒10万亿次，投资巨大',
    '2025年1月27日，投资金额',
    '网宿科技(300017.SZ)、浪潮信息(000977.SZ)',
    '申通快递(18.910,0.34,1.83%)午后涨停',
    '贝莱德(431.2, 7.37, 1.74%)',
    '我家在四川，一切都好，排名第六位，一只股票',
    '营收共计4176亿块',
    '2025/02/07',
    '第1/2季度',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('bad input', () => {
  function timeRules(text: string): number {
    const article = articleFromText(text);
    const started = performance.now();
    runExtractors({ article, scan: scanText(text, []) }, FIGURE_RULES, new Reporter('extract'));
    return performance.now() - started;
  }

  // Every figure rule is linear: a megabyte of pathological text takes well under a second or two.
  it.each([
    ['a line of digits', '9'.repeat(1_000_000)],
    ['a run of 万', '万'.repeat(1_000_000)],
    ['a run of 百', '百'.repeat(1_000_000)],
    ['a run of 一万 before a currency', '一万'.repeat(500_000) + '元'],
    ['digits and dollar words', '1 '.repeat(500_000)],
    ['digits and commas', '1,'.repeat(500_000)],
    ['a run of 几十', '几十'.repeat(500_000)],
    ['nested brackets', '('.repeat(500_000) + '1.2%' + ')'.repeat(500_000)],
  ])('%s of 1 MB is read in linear time', (_name, text) => {
    expect(timeRules(text)).toBeLessThan(3000);
  });

  it('never throws on random Unicode', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const chars = '0123456789.,%％-−/万亿千百十一二三四五六七八九零两元美港币人民币成折倍分之点负约超近$€£¥ \n，。（）(';
    for (let round = 0; round < 50; round++) {
      let text = '';
      for (let i = 0; i < 400; i++) text += random() < 0.9 ? chars[Math.floor(random() * chars.length)] : String.fromCharCode(Math.floor(random() * 0xffff));
      const reporter = new Reporter('extract');
      runExtractors({ article: articleFromText(text), scan: scanText(text, []) }, FIGURE_RULES, reporter);
      expect(reporter.diagnostics).toEqual([]);
    }
  });
});

describe('what a price is per', () => {
  it('is no price basis when 每 names how often (每月购买约300亿欧元资产)', () => {
    const [money] = processText('欧洲央行每月购买约300亿欧元资产').records.filter((r) => r.type === 'money');
    expect(money).toMatchObject({ amount: 3e10, currency: 'EUR', qualifier: 'approx' });
    expect(money!.per).toBeUndefined();
  });
});
