import type { Extractor } from '../../engine/extractor.ts';
import { percentSign } from './symbol.ts';
import { zhPercentWords } from './zh-fraction-words.ts';
import { zhPoints } from './points.ts';
import { zhTenths } from './zh-tenths.ts';
import { zhDiscount } from './zh-discount.ts';
import { enPercent } from './en-percent.ts';
import { percentRange } from './range.ts';

export const percentExtractors: Extractor<'percent'>[] = [
  percentRange, percentSign, zhPercentWords, zhPoints, zhTenths, zhDiscount, enPercent,
];
