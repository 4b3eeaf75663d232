import type { ExtractContext } from '../../engine/extractor.ts';
import type { FieldsOf } from '../../model/records.ts';
import { clauseBefore } from '../../lexicon/clause.ts';
import { nearestQualifier } from '../../lexicon/qualifiers.ts';
import { directionBefore } from '../../lexicon/directions.ts';

/**
 * Ratio fields. A ratio's qualifier often stands a whole phrase away (不及OpenAI GPT-4o模型训练成本1/10,
 * 大约是OpenAI o1运行成本的1/30), so the whole clause before it is searched.
 */
export function ratioFields(ctx: ExtractContext, value: number, kind: 'fraction' | 'multiple', start: number): FieldsOf<'ratio'> {
  const fields: FieldsOf<'ratio'> = { value, kind };
  const before = clauseBefore(ctx.scan, start, 40);
  const qualifier = nearestQualifier(before);
  if (qualifier) fields.qualifier = qualifier;
  if (kind === 'multiple') {
    const direction = directionBefore(clauseBefore(ctx.scan, start, 8));
    if (direction) fields.direction = direction;
  }
  return fields;
}
