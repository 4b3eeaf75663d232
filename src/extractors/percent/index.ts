import type { Extractor } from '../../engine/extractor.ts';

export const percentExtractors: Extractor<'percent'>[] = [];
