import type { ExtractContext } from '../../engine/extractor.ts';
import type { Direction, FieldsOf } from '../../model/records.ts';
import { scaleExact, type Numeral } from '../../text/numerals.ts';
import { clauseBefore } from '../../lexicon/clause.ts';
import { qualifierAfter, qualifierBefore, qualifierOf } from '../../lexicon/qualifiers.ts';
import { directionNear } from '../../lexicon/directions.ts';
import { LIVE_QUOTE_SOURCE } from '../../text/live-quote.ts';

export interface PercentMention {
  numeral: Numeral;
  unit: '%' | 'pp' | 'bp';
  /** Percent per unit of the numeral: 0.1 for 千分之, 0.01 for 基点, 10 for 八成. */
  factor?: string;
  qualifierWord?: string;
  /** A direction the mention itself states (0.02 higher percent). */
  direction?: Direction;
  high?: Numeral;
  start: number;
  end: number;
}

/**
 * The percent fields of a mention: value in percent (exact beside it), qualifier (adjacent, a verb
 * away, or 以上 after), and the direction of the change the clause states before the figure.
 */
export function percentFields(ctx: ExtractContext, m: PercentMention): { fields: FieldsOf<'percent'>; start: number; end: number } {
  const factor = m.factor ?? '1';
  const valueExact = scaleExact(m.numeral.exact, factor);
  const fields: FieldsOf<'percent'> = { value: Number(valueExact), valueExact, unit: m.unit };
  if (m.high) fields.valueHigh = Number(scaleExact(m.high.exact, factor));
  let end = m.end;
  const before = clauseBefore(ctx.scan, m.start, 16);
  const after = qualifierAfter(ctx.scan, end);
  const qualifier = qualifierOf(m.qualifierWord) ?? qualifierBefore(before) ?? after?.qualifier;
  if (after && !m.qualifierWord) end += after.length;
  if (qualifier) fields.qualifier = qualifier;
  else if (m.numeral.min !== undefined) fields.qualifier = 'approx';
  const direction = m.direction ?? directionNear(ctx.scan, m.start, end, 12);
  if (direction) fields.direction = direction;
  return { fields, start: m.start, end };
}

// The scan text has full-width brackets and commas folded, as the shared pattern expects.
const LIVE_QUOTE = new RegExp(`^${LIVE_QUOTE_SOURCE}`);
const OPEN_BRACKET = '('.charCodeAt(0);
const CLOSE_BRACKET = ')'.charCodeAt(0);

/**
 * Whether `start` lies inside an inline live quote, `申通快递(18.910,0.34,1.83%)`: price, change
 * and change in percent, which belong to the security record and are no figures of the article.
 */
export function inLiveQuote(scan: string, start: number): boolean {
  // The nearest bracket within 40 characters before: read by code, as most figures have none.
  const from = Math.max(0, start - 40);
  let open = start - 1;
  while (open >= from && scan.charCodeAt(open) !== OPEN_BRACKET) {
    if (scan.charCodeAt(open) === CLOSE_BRACKET) return false;
    open--;
  }
  return open >= from && LIVE_QUOTE.test(scan.slice(open, open + 60));
}

