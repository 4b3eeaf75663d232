import type { Extractor } from '../../engine/extractor.ts';

export const securityExtractors: Extractor<'security'>[] = [];
