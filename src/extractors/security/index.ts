import type { Extractor } from '../../engine/extractor.ts';
import { suffixedCode } from './suffixed.ts';
import { exchangePrefixedCode } from './exchange-prefixed.ts';
import { labelledCode } from './code-label.ts';
import { bracketedBareCode } from './bare-code.ts';

export const securityExtractors: Extractor<'security'>[] = [suffixedCode, exchangePrefixedCode, labelledCode, bracketedBareCode];
