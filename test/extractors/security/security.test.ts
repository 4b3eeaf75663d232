import { describe, expect, it } from 'vitest';
import { mainlandMarket, normalizedSymbol, symbolProblem } from '../../../src/lexicon/exchanges.ts';
import { nameBefore } from '../../../src/extractors/security/name.ts';
import { processText } from '../../../src/engine/snippet.ts';
import { foldWidth } from '../../../src/text/fold.ts';

function nameOf(text: string, code: string): string | undefined {
  const scan = foldWidth(text);
  const at = scan.indexOf(code);
  const open = scan.lastIndexOf('(', at);
  const named = nameBefore(scan, open >= 0 && at - open < 4 ? open : at);
  return named && text.slice(named.start, named.end);
}

function securities(text: string) {
  return processText(text).records.filter((r) => r.type === 'security');
}

describe('exchanges lexicon', () => {
  it('knows mainland markets by code prefix', () => {
    expect(mainlandMarket('600519')).toBe('SH');
    expect(mainlandMarket('688981')).toBe('SH');
    expect(mainlandMarket('300017')).toBe('SZ');
    expect(mainlandMarket('002468')).toBe('SZ');
    expect(mainlandMarket('872197')).toBe('NQ');
    expect(mainlandMarket('920118')).toBe('BJ');
    expect(mainlandMarket('123456')).toBeUndefined();
    expect(mainlandMarket('60051')).toBeUndefined();
  });

  it('writes Hong Kong symbols with four digits at least', () => {
    expect(normalizedSymbol('00700', 'HK')).toBe('0700.HK');
    expect(normalizedSymbol('09888', 'HK')).toBe('9888.HK');
    expect(normalizedSymbol('80737', 'HK')).toBe('80737.HK');
    expect(normalizedSymbol('nvda', 'US')).toBe('NVDA.US');
  });

  it('says why a symbol is malformed', () => {
    expect(symbolProblem('300017.SZ')).toBeUndefined();
    expect(symbolProblem('0700.HK')).toBeUndefined();
    expect(symbolProblem('NVDA.US')).toBeUndefined();
    expect(symbolProblem('LART.NS')).toBeUndefined();
    expect(symbolProblem('600519.SZ')).toMatch(/belongs to \.SH/);
    expect(symbolProblem('123456.SH')).toMatch(/no mainland market/);
    expect(symbolProblem('700.HK')).toMatch(/not a well-formed/);
    expect(symbolProblem('NVDA.O')).toMatch(/unknown market suffix/);
    expect(symbolProblem('12AB')).toMatch(/unknown market suffix/);
  });
});

describe('name before a code', () => {
  it('stops at punctuation, particles and leading verbs, keeping 和 and 为 inside names', () => {
    expect(nameOf('涨幅超5%,广和通(300638.SZ)、北京君正', '300638')).toBe('广和通');
    expect(nameOf('其中华为(002502.SZ)', '002502')).toBe('华为');
    expect(nameOf('对当下正陷入质量维权风波的龙湖集团（00960.HK）来说', '00960')).toBe('龙湖集团');
    expect(nameOf('该行续指，百度与吉利(00175.HK)合资', '00175')).toBe('吉利');
    expect(nameOf('格隆汇8月16日丨申通快递(002468.SZ)公告称', '002468')).toBe('申通快递');
    expect(nameOf('美股如特斯拉(TSLA.US)大跌', 'TSLA')).toBe('特斯拉');
    expect(nameOf('2019年8月16日申通快递(002468.SZ)公告称', '002468')).toBe('申通快递');
    expect(nameOf('，TCL科技(000100.SZ)涨停', '000100')).toBe('TCL科技');
  });

  it('reads English names with connectors and abbreviations, without the sentence before', () => {
    expect(nameOf('energy firms fell as Brent fell below $57 a barrel. Reliance Industries (RELI.NS) closed', 'RELI')).toBe('Reliance Industries');
    expect(nameOf('1.9 percent and Oil and Natural Gas Corp (ONGC.NS) ended', 'ONGC')).toBe('Oil and Natural Gas Corp');
    expect(nameOf('JPMorgan Chase & Co. (NYSE: JPM) traded up', 'NYSE')).toBe('JPMorgan Chase & Co.');
    expect(nameOf('traded flat. International Business Machines Corp. (NYSE: IBM) dropped', 'NYSE')).toBe('International Business Machines Corp.');
  });

  it('gives no name when none stands before the code', () => {
    expect(nameOf('，(300017.SZ)', '300017')).toBeUndefined();
    expect(nameOf('2025年(300017.SZ)', '300017')).toBeUndefined();
  });
});

describe('security records', () => {
  it('keeps an inline live quote as quoteSnapshot of the security', () => {
    const [record] = securities('申通快递(18.910,0.34,1.83%)(002468.SZ)收购天津转运中心');
    expect(record).toMatchObject({ text: '002468.SZ', symbol: '002468.SZ', name: '申通快递', quoteSnapshot: '18.910,0.34,1.83%' });
  });

  it('reads full-width brackets and colons as their half-width forms', () => {
    expect(securities('拼多多（纳斯达克：PDD）')[0]).toMatchObject({ text: '纳斯达克：PDD', symbol: 'PDD.US', name: '拼多多' });
  });

  it('finds nothing in phone numbers, dates, share counts and bare numbers', () => {
    for (const text of ['咨询电话：400-6123115', '2025年02月07日', '持有2042.215万股', '营业收入为872197元', '编号 600519 的文件', 'in the U.S. and the U.N.']) {
      expect(securities(text), text).toEqual([]);
    }
  });
});
