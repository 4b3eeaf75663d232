import type { Extractor } from '../../engine/extractor.ts';

export const moneyExtractors: Extractor<'money'>[] = [];
