import type { Extractor } from '../../engine/extractor.ts';
import { zhCurrencyAmount } from './zh-currency.ts';

export const moneyExtractors: Extractor<'money'>[] = [zhCurrencyAmount];
