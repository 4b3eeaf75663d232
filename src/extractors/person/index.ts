import type { Extractor } from '../../engine/extractor.ts';

export const personExtractors: Extractor<'person'>[] = [];
