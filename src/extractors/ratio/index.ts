import type { Extractor } from '../../engine/extractor.ts';
import { slashFraction, zhFraction } from './fraction.ts';
import { zhDoubling, zhMultiple } from './multiple.ts';
import { enFraction } from './en-fraction.ts';
import { enMultiple } from './en-multiple.ts';

export const ratioExtractors: Extractor<'ratio'>[] = [slashFraction, zhFraction, zhMultiple, zhDoubling, enFraction, enMultiple];
