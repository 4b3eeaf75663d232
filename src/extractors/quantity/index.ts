import type { Extractor } from '../../engine/extractor.ts';
import { zhQuantity } from './zh-unit.ts';
import { enQuantity } from './en-unit.ts';
import { quantityRange } from './range.ts';

export const quantityExtractors: Extractor<'quantity'>[] = [quantityRange, zhQuantity, enQuantity];
