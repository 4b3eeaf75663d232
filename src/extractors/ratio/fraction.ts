import type { PatternRule, ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import { parseNumeral, runPairs, runSuffix } from '../../text/numerals.ts';
import { ratioFields } from './fields.ts';

// A slash fraction stands alone: not part of a date (2025/02/07), a path or a version (R1/V3).
const SLASH = /(?<num>\d{1,4})\/(?<den>\d{1,5})(?![\w/.]|-\d|季|月|日|号)/g;
const PART_OF_LONGER = /[\w./-]/;

/** Slash fractions: 1/10, 1/30 (value as a decimal, kind fraction). */
export const slashFraction: PatternRule<'ratio'> = {
  id: 'ratio/any/slash-fraction',
  type: 'ratio',
  lang: 'any',
  pattern: SLASH,
  extract(match, ctx) {
    if (PART_OF_LONGER.test(ctx.scan[match.index - 1] ?? '')) return null;
    const numerator = Number(match.groups!.num);
    const denominator = Number(match.groups!.den);
    // 1/10 could be 10 January: only a proper fraction with a sensible denominator reads as one.
    if (!(numerator > 0 && numerator < denominator)) return null;
    const span = { start: match.index, end: match.index + match[0].length };
    return { fields: ratioFields(ctx, numerator / denominator, 'fraction', span), priority: 1 };
  },
  examples: [
    { text: '不及OpenAI GPT-4o模型训练成本1/10的模型', mention: '1/10', expect: { value: 0.1, kind: 'fraction', qualifier: 'less_than' } },
    { text: 'DeepSeek的收费大约是OpenAI o1运行成本的1/30。', mention: '1/30', expect: { value: 1 / 30, qualifier: 'approx' } },
  ],
  negatives: ['2025/02/07', '第1/2季度', 'DeepSeekR1/V3推理服务', '15美元/百万', '8.69元/股', '24/7', '400-6123115'],
};

export const FEN_ZHI_AFTER = runSuffix(/[ ]*分[ ]*之[ ]*/y, ' 分');

/** Chinese fractions: 三分之一, 三分之二, 十分之一 (百分之 is a percentage, left to the percent rules). */
export const zhFraction: ScanRule<'ratio'> = {
  id: 'ratio/zh/fen-zhi',
  type: 'ratio',
  lang: 'zh',
  scan(ctx) {
    const extractions: ScanExtraction<'ratio'>[] = [];
    const { scan } = ctx;
    for (const { first: run, second: numeratorRun } of runPairs(scan, FEN_ZHI_AFTER)) {
      const den = scan.slice(run.start, run.end);
      if (/^[百佰千仟万萬]+$/.test(den)) continue;
      const denominator = parseNumeral(den);
      const numerator = parseNumeral(scan.slice(numeratorRun.start, numeratorRun.end));
      if (!denominator || !numerator || denominator.value === 0 || numerator.min !== undefined) continue;
      const span = { start: run.start, end: numeratorRun.end };
      extractions.push({ start: span.start, end: span.end, fields: ratioFields(ctx, numerator.value / denominator.value, 'fraction', span), priority: 1 });
    }
    return extractions;
  },
  examples: [
    { text: '占比约三分之一', mention: '三分之一', expect: { value: 1 / 3, kind: 'fraction', qualifier: 'approx' } },
    { text: '超过三分之二的股东同意', mention: '三分之二', expect: { value: 2 / 3, qualifier: 'more_than' } },
    { text: '十分之一', expect: { value: 0.1 } },
  ],
  negatives: ['百分之三十', '千分之一', '分之'],
};
