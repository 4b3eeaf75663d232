import type { ExtractContext } from '../../engine/extractor.ts';
import type { FieldsOf } from '../../model/records.ts';
import type { Span } from '../../model/span.ts';
import { clauseBefore } from '../../lexicon/clause.ts';
import { nearestQualifier } from '../../lexicon/qualifiers.ts';
import { directionNear } from '../../lexicon/directions.ts';

/**
 * Ratio fields. A ratio's qualifier often stands a whole phrase away (不及OpenAI GPT-4o模型训练成本1/10,
 * 大约是OpenAI o1运行成本的1/30), so the whole clause before it is searched.
 */
export function ratioFields(ctx: ExtractContext, value: number, kind: 'fraction' | 'multiple', { start, end }: Span): FieldsOf<'ratio'> {
  const fields: FieldsOf<'ratio'> = { value, kind };
  const before = clauseBefore(ctx.scan, start, 40);
  const qualifier = nearestQualifier(before);
  if (qualifier) fields.qualifier = qualifier;
  if (kind === 'multiple') {
    const direction = directionNear(ctx.scan, start, end, 8);
    if (direction) fields.direction = direction;
  }
  return fields;
}
