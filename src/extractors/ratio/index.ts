import type { Extractor } from '../../engine/extractor.ts';

export const ratioExtractors: Extractor<'ratio'>[] = [];
