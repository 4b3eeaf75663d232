import type { Extractor } from '../../engine/extractor.ts';
import { attributedQuote } from './attributed.ts';

export const quoteExtractors: Extractor<'quote'>[] = [attributedQuote];
