import type { ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import { Decimal } from 'decimal.js';
import { parseNumeral, runAt, runSuffix, runsFollowedBy, type Numeral } from '../../text/numerals.ts';
import { moneyFields } from './fields.ts';

export const YUAN = runSuffix(/[元块]/y, '元块');
const JIAO = /[角毛]/y;
const FEN = /分(?![之钟析])/y;
const JIAO_OR_FEN = /[角毛]|分(?![之钟析])/;

/** The digit (0..9) a run names right before `unit`, and where the unit ends. */
function digitBefore(scan: string, index: number, offset: number, unit: RegExp): { digit: Numeral; end: number; index: number } | undefined {
  const run = runAt(scan, index, offset);
  if (!run) return undefined;
  unit.lastIndex = run.end;
  if (!unit.test(scan)) return undefined;
  const digit = parseNumeral(scan.slice(run.start, run.end));
  if (!digit || digit.value >= 10 || digit.value < 0) return undefined;
  return { digit, end: unit.lastIndex, index: index + 1 };
}

/** Yuan with jiao and fen: 50元6角三分 → 50.63 CNY, 五元三毛 → 5.3 CNY. */
export const zhYuanJiaoFen: ScanRule<'money'> = {
  id: 'money/zh/yuan-jiao-fen',
  type: 'money',
  lang: 'zh',
  scan(ctx) {
    const extractions: ScanExtraction<'money'>[] = [];
    const { scan } = ctx;
    // Yuan alone is another rule's: a text with neither jiao nor fen has nothing here.
    if (!JIAO_OR_FEN.test(scan)) return extractions;
    for (const { index, run } of runsFollowedBy(scan, YUAN)) {
      const jiao = digitBefore(scan, index, run.end + 1, JIAO);
      const fen = digitBefore(scan, jiao?.index ?? index, jiao?.end ?? run.end + 1, FEN);
      if (!jiao && !fen) continue;
      const yuan = parseNumeral(scan.slice(run.start, run.end));
      if (!yuan) continue;
      const exact = new Decimal(yuan.exact)
        .plus(new Decimal(jiao?.digit.exact ?? 0).div(10))
        .plus(new Decimal(fen?.digit.exact ?? 0).div(100))
        .toFixed();
      const mention = moneyFields(ctx, {
        numeral: { value: Number(exact), exact },
        currency: 'CNY',
        start: run.start,
        end: (fen ?? jiao)!.end,
      });
      extractions.push({ fields: mention.fields, start: mention.start, end: mention.end, priority: 1 });
    }
    return extractions;
  },
  examples: [
    { text: '50元6角三分', expect: { amount: 50.63, amountExact: '50.63', currency: 'CNY' } },
    { text: '这个手机壳五元三毛', mention: '五元三毛', expect: { amount: 5.3 } },
  ],
  negatives: ['五角大楼宣布了作战计划', '3元', '得了50分'],
};
