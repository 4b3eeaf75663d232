import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractors } from '../../src/extractors/index.ts';
import { runExtractors } from '../../src/engine/run-extractors.ts';
import { articleFromText, processText } from '../../src/engine/snippet.ts';
import { Reporter } from '../../src/model/diagnostic.ts';
import { scanText } from '../../src/text/fold.ts';

// Issue 3: every extractor is linear in its input. These are no benchmarks: the bound is far above
// what a linear rule takes on this machine, far below what catastrophic backtracking takes.
const MB = 1 << 20;
const MS_PER_MB = 10_000;
const PUBLISHED = '2025-02-07';

function repeated(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Runs each rule alone over the text: the milliseconds each took, and what went wrong. */
function runEachRule(text: string): { slow: string[]; failures: string[] } {
  const article = articleFromText(text, { publishedAt: PUBLISHED });
  const ctx = { article, scan: scanText(text, []), anchor: { date: PUBLISHED, source: 'published' as const } };
  const allowed = (MS_PER_MB * text.length) / MB;
  const slow: string[] = [];
  const failures: string[] = [];
  for (const rule of extractors) {
    const reporter = new Reporter('extract');
    const started = performance.now();
    runExtractors(ctx, [rule], reporter);
    const ms = performance.now() - started;
    if (ms > allowed) slow.push(`${rule.id}: ${Math.round(ms)} ms`);
    failures.push(...reporter.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`));
  }
  return { slow, failures };
}

/** A seeded mix of every kind of character: ASCII, CJK, full-width forms, punctuation, emoji, lone surrogates. */
function randomUnicode(seed: number, length: number): string {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  const ranges: Array<[number, number]> = [
    [0x20, 0x7e], [0x4e00, 0x9fff], [0xff01, 0xff5e], [0x3000, 0x303f], [0x2000, 0x206f], [0xd800, 0xdfff], [0x0, 0x1f],
  ];
  const codes = new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    const [low, high] = ranges[Math.floor(next() * ranges.length)]!;
    codes[i] = low + Math.floor(next() * (high - low + 1));
  }
  let text = '';
  for (let i = 0; i < length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}

describe('every extractor on a megabyte of hostile text', () => {
  it.each([
    ['digits', repeated('1234567890', MB)],
    ['万万万', repeated('万', MB)],
    ['一万一万', repeated('一万', MB)],
    ['nested brackets', '('.repeat(MB / 4) + '（【《'.repeat(MB / 12) + '》】）'.repeat(MB / 12) + ')'.repeat(MB / 4)],
    ['有限公司', repeated('有限公司', MB)],
    ['股份有限公司 with a name', repeated('华为技术股份有限公司', MB)],
  ])('%s: no rule fails, each within the bound', (_name, text) => {
    expect(runEachRule(text)).toEqual({ slow: [], failures: [] });
  });

  it('random Unicode: no rule fails, each within the bound', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1 }), (seed) => {
        expect(runEachRule(randomUnicode(seed, MB))).toEqual({ slow: [], failures: [] });
      }),
      { numRuns: 2 },
    );
  });
});

describe('every extractor on a quarter megabyte of dense figures and names', () => {
  it.each([
    ['1元1元', repeated('1元', MB / 4)],
    ['1-1-1', repeated('1-', MB / 4)],
    ['1,1,1', repeated('1,', MB / 4)],
    ['一 一 一', repeated('一 ', MB / 4)],
    ['capitals', repeated('ABC Inc. (NASDAQ: ABC) ', MB / 4)],
    ['quotes', repeated('“他说：', MB / 4)],
    ['sentences', repeated('华为技术有限公司董事长张三表示，2025年1月27日营收增长5.3%至300亿元。', MB / 4)],
  ])('%s: no rule fails, each within the bound', (_name, text) => {
    expect(runEachRule(text)).toEqual({ slow: [], failures: [] });
  });
});

// Pieces of the genre that rules look for, to make random text hit many rules at once.
const PIECES = [
  '1', '2025', '3.5', '.', ',', '，', '、', '。', '：', ' ', '\n', '-', '—', '/', '%', '％', '(', ')', '（', '）', '“', '”', '"',
  '一', '两', '十', '百', '千', '万', '亿', '几', '余', '多', '半', '分之', '零', '负', '第', '每', '约', '超', '近', '至',
  '元', '美元', '港元', '千瓦', '兆瓦', '手', '只', 'GWh', '$', 'US$', '¥', '股', '万股', '家', '人', '倍', '成', '个百分点', '基点', '折', 'bp', 'per cent',
  '年', '月', '日', '号', '时', '季度', '上半年', '今年', '昨日', '周一', '农历', '春节',
  '有限公司', '股份', '集团', '银行', '证券', '董事长', '总经理', '先生', '表示', '称', '说', '宣布', '收购', '涨停', '增持',
  '华为', '腾讯', 'Apple', 'Inc.', 'NASDAQ:', 'SH', '600519', '.SZ', 'million', 'billion', 'shares', 'rose', 'fell',
];

describe('the whole chain on random text', () => {
  it('never reports an error on random strings of the genre', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const result = processText(pieces.join(''), { publishedAt: PUBLISHED });
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('never reports an error on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = processText(text, { publishedAt: PUBLISHED });
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the whole chain, refiners included, grows linearly', () => {
  // Refiners see every draft of an article at once (overlaps, entity links, event merging): one
  // that compares each draft with all others takes 16 times as long on four times the text.
  // Linear work takes about 4 times; the bound allows 8, plus slack for a busy machine.
  const timed = (text: string) => {
    const started = performance.now();
    const result = processText(text, { publishedAt: PUBLISHED });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return performance.now() - started;
  };
  it.each([
    ['sentences', '华为技术有限公司董事长张三表示，2025年1月27日营收增长5.3%至300亿元。'],
    ['lists', '英伟达、亚马逊和微软同日宣布接入DeepSeek-R1，'],
    ['quotes', '“未来或许不需要超大规模的GPU集群了。”卡帕西感慨道。'],
  ])('%s: four times the text takes at most about eight times as long, with no error', (_name, unit) => {
    const small = repeated(unit, MB / 16);
    timed(small); // warm up the JIT, so the small run is not the slow one
    const smallMs = timed(small);
    const largeMs = timed(repeated(unit, MB / 4));
    expect(largeMs).toBeLessThan(8 * smallMs + 500);
  });
});
