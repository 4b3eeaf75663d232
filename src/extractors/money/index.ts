import type { Extractor } from '../../engine/extractor.ts';
import { zhCurrencyAmount } from './zh-currency.ts';
import { symbolAmount } from './symbol.ts';
import { enCurrencyName } from './en-currency-name.ts';
import { zhInferredAmount } from './zh-inferred.ts';
import { moneyRange } from './range.ts';
import { zhYuanJiaoFen } from './zh-yuan-jiao-fen.ts';

export const moneyExtractors: Extractor<'money'>[] = [
  moneyRange, zhYuanJiaoFen, zhCurrencyAmount, symbolAmount, enCurrencyName, zhInferredAmount,
];
