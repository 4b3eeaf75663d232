import type { Extractor } from '../../engine/extractor.ts';

export const organizationExtractors: Extractor<'organization'>[] = [];
