import type { Extractor } from '../../engine/extractor.ts';

export const dateExtractors: Extractor<'date'>[] = [];
