import type { ScanExtraction, ScanRule } from '../../engine/extractor.ts';
import { parseNumeral, runSuffix, runsFollowedBy } from '../../text/numerals.ts';
import { qualifierWordBefore } from '../../lexicon/qualifiers.ts';
import { percentFields } from './fields.ts';

export const POINTS_AFTER = runSuffix(/(?:[ ]?(?<k>[kK]))?[ ]*(?:(?<pp>[个個][ ]*[百佰][ ]*分[ ]*[点點])|(?<bp>[个個]?基点|[ ]?bps?\b))/y, ' kK个個基b');

/** Percentage points (4.51个百分点, unit pp) and basis points (10个基点 → 0.1, unit bp). */
export const zhPoints: ScanRule<'percent'> = {
  id: 'percent/zh/points',
  type: 'percent',
  lang: 'zh',
  scan(ctx) {
    const extractions: ScanExtraction<'percent'>[] = [];
    for (const { run, after } of runsFollowedBy(ctx.scan, POINTS_AFTER)) {
      const { k, pp } = after.groups!;
      const numeral = parseNumeral(ctx.scan.slice(run.start, run.end), { spaces: true });
      if (!numeral || numeral.min !== undefined) continue;
      const scale = pp ? 1 : 0.01;
      const qualifier = qualifierWordBefore(ctx.scan, run.start);
      extractions.push(percentFields(ctx, {
        numeral,
        unit: pp ? 'pp' : 'bp',
        factor: String(k ? scale * 1000 : scale),
        qualifierWord: qualifier?.word,
        start: qualifier?.start ?? run.start,
        end: run.end + after[0].length,
      }));
    }
    return extractions;
  },
  examples: [
    { text: 'MLF操作和公开市场逆回购操作的中标利率均下降10个基点。', mention: '10个基点', expect: { value: 0.1, valueExact: '0.1', unit: 'bp', direction: 'down' } },
    { text: '政策工具利率下调10个基点力度不小', mention: '10个基点', expect: { value: 0.1, unit: 'bp', direction: 'down' } },
    { text: '毛利率同比提高4.51个百分点', mention: '4.51个百分点', expect: { value: 4.51, unit: 'pp', direction: 'up' } },
    { text: '六个百分点', expect: { value: 6, unit: 'pp' } },
    { text: '降息25bp', mention: '25bp', expect: { value: 0.25, unit: 'bp', direction: 'down' } },
  ],
  negatives: ['二三十个百分点', '基点', '400-6123115'],
};
