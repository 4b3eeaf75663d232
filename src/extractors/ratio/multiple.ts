import type { PatternRule, ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import { parseNumeral, runSuffix, runsFollowedBy } from '../../text/numerals.ts';
import { ratioFields } from './fields.ts';

export const TIMES_AFTER = runSuffix(/[ ]?倍(?![数率])/y, ' 倍');

/** Multiples: 3.39倍, 增长了两倍 (kind multiple). */
export const zhMultiple: ScanRule<'ratio'> = {
  id: 'ratio/zh/multiple',
  type: 'ratio',
  lang: 'zh',
  scan(ctx) {
    const extractions: ScanExtraction<'ratio'>[] = [];
    for (const { run, after } of runsFollowedBy(ctx.scan, TIMES_AFTER)) {
      const numeral = parseNumeral(ctx.scan.slice(run.start, run.end));
      if (!numeral || numeral.value <= 0) continue;
      const span = { start: run.start, end: run.end + after[0].length };
      extractions.push({ start: span.start, end: span.end, fields: ratioFields(ctx, numeral.value, 'multiple', span) });
    }
    return extractions;
  },
  examples: [
    { text: '市盈率达到3.39倍', mention: '3.39倍', expect: { value: 3.39, kind: 'multiple' } },
    { text: '净利润增长了两倍', mention: '两倍', expect: { value: 2, direction: 'up' } },
    { text: '认购倍数超过10倍', mention: '10倍', expect: { value: 10, qualifier: 'more_than' } },
  ],
  negatives: ['倍数', '加倍努力', '一倍率'],
};

const DOUBLING = /翻(?<times>一|两|二|三)?番|翻倍/g;
const DOUBLINGS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3 };

/** Doubling: 翻番 and 翻倍 (×2), 翻两番 (×4). */
export const zhDoubling: PatternRule<'ratio'> = {
  id: 'ratio/zh/doubling',
  type: 'ratio',
  lang: 'zh',
  pattern: DOUBLING,
  extract(match, ctx) {
    const times = DOUBLINGS[match.groups!.times ?? '一']!;
    const span = { start: match.index, end: match.index + match[0].length };
    return { fields: { ...ratioFields(ctx, 2 ** times, 'multiple', span), direction: 'up' } };
  },
  examples: [
    { text: '营收同比翻番', mention: '翻番', expect: { value: 2, kind: 'multiple', direction: 'up' } },
    { text: '十年内GDP翻两番', mention: '翻两番', expect: { value: 4 } },
    { text: '股价翻倍', mention: '翻倍', expect: { value: 2 } },
  ],
  negatives: ['翻身', '推翻'],
};
