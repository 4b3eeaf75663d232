import type { ExtractContext } from '../../engine/extractor.ts';
import type { FieldsOf, QuantityRecord } from '../../model/records.ts';
import { scaleExact, type Numeral } from '../../text/numerals.ts';
import { clauseBefore } from '../../lexicon/clause.ts';
import { qualifierAfter, qualifierBefore, qualifierOf, qualifierWordBefore } from '../../lexicon/qualifiers.ts';
import { directionNear } from '../../lexicon/directions.ts';

/** What a quantity rule found: the numeral, its unit, and where the number and unit lie. */
export interface QuantityMention {
  numeral: Numeral;
  unit: string;
  measure: QuantityRecord['measure'];
  /** Units per unit of the numeral: 1e6 for `million shares`. */
  factor?: string;
  /** An English qualifier already found before the mention (about 3,000 employees). */
  qualifierWord?: string;
  start: number;
  end: number;
}

/**
 * The quantity fields of a mention, read from the mention and its clause as money reads them: a
 * qualifier right before (逾200只, 近4000人, taken into the mention), a verb away (超过了) or after
 * (以上, 左右, taken too), bounds of an approximate count (数千家), and the direction of a change.
 */
export function quantityFields(ctx: ExtractContext, m: QuantityMention): { fields: FieldsOf<'quantity'>; start: number; end: number } {
  const { scan } = ctx;
  const factor = m.factor ?? '1';
  const valueExact = scaleExact(m.numeral.exact, factor);
  const fields: FieldsOf<'quantity'> = { value: Number(valueExact), valueExact, unit: m.unit, measure: m.measure };
  const adjacent = m.qualifierWord ? undefined : qualifierWordBefore(scan, m.start);
  const start = adjacent?.start ?? m.start;
  let end = m.end;
  const after = qualifierAfter(scan, end);
  if (after) end += after.length;
  const qualifier = qualifierOf(m.qualifierWord ?? adjacent?.word) ?? qualifierBefore(clauseBefore(scan, start, 16)) ?? after?.qualifier;
  if (m.numeral.min !== undefined && m.numeral.max !== undefined) {
    fields.valueMin = Number(scaleExact(String(m.numeral.min), factor));
    fields.valueMax = Number(scaleExact(String(m.numeral.max), factor));
    fields.qualifier = qualifier ?? 'approx';
  } else if (qualifier) {
    fields.qualifier = qualifier;
  }
  const direction = directionNear(scan, start, end, 10);
  if (direction) fields.direction = direction;
  return { fields, start, end };
}
