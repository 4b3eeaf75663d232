import type { Extractor } from '../../engine/extractor.ts';
import { zhCurrencyAmount } from './zh-currency.ts';
import { symbolAmount } from './symbol.ts';
import { enCurrencyName } from './en-currency-name.ts';
import { zhInferredAmount } from './zh-inferred.ts';
import { moneyRange } from './range.ts';
import { zhYuanJiaoFen } from './zh-yuan-jiao-fen.ts';
import { zhUnitLabel } from './zh-unit-label.ts';
import { zhBareScale } from './zh-bare-scale.ts';

export const moneyExtractors: Extractor<'money'>[] = [
  moneyRange, zhYuanJiaoFen, zhUnitLabel, zhCurrencyAmount, zhBareScale, symbolAmount, enCurrencyName, zhInferredAmount,
];
