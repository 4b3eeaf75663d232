import type { Extractor } from '../../engine/extractor.ts';

export const quoteExtractors: Extractor<'quote'>[] = [];
