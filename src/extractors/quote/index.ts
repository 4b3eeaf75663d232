import type { Extractor } from '../../engine/extractor.ts';
import { attributedQuote } from './attributed.ts';
import { colonIntroducedSpeech } from './unquoted.ts';

export const quoteExtractors: Extractor<'quote'>[] = [attributedQuote, colonIntroducedSpeech];
