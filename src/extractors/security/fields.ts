import type { ExtractContext } from '../../engine/extractor.ts';
import type { FieldsOf } from '../../model/records.ts';
import { marketExchange, normalizedSymbol, type Market } from '../../lexicon/exchanges.ts';
import { nameBefore } from './name.ts';

/**
 * The fields of one security mention: normalized symbol, code as written, exchange, and the
 * name right before `nameEnd` (the bracket that opens the code group, or the code itself).
 */
export function securityFields(
  ctx: ExtractContext,
  code: string,
  market: Market,
  nameEnd: number,
  exchange: string = marketExchange(market),
): FieldsOf<'security'> {
  const named = nameBefore(ctx.scan, nameEnd);
  return {
    symbol: normalizedSymbol(code, market),
    code,
    exchange,
    ...(named ? { name: ctx.article.text.slice(named.start, named.end) } : {}),
    ...(named?.quoteSnapshot ? { quoteSnapshot: named.quoteSnapshot } : {}),
  };
}

/** Where the name before a code group ends: at the group's opening bracket if there is one. */
export function openingBracketBefore(scan: string, codeStart: number): number {
  let cursor = codeStart;
  while (cursor > 0 && scan[cursor - 1] === ' ') cursor--;
  return scan[cursor - 1] === '(' ? cursor - 1 : codeStart;
}
