import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES, recordSchemas } from '../../src/model/records.ts';
import { kindOf, recordColumns } from '../../src/writers/columns.ts';
import { toJsonl } from '../../src/writers/json.ts';
import { money, security } from './sample.ts';

describe('columns derived from the record schemas', () => {
  it('has one column per schema field: identity first, the sentence last', () => {
    for (const type of RECORD_TYPES) {
      const keys = recordColumns(type).map((c) => c.key);
      expect(new Set(keys)).toEqual(new Set(Object.keys(recordSchemas[type].shape)));
      expect(keys.slice(0, 7)).toEqual(['id', 'articleId', 'type', 'text', 'start', 'end', 'rule']);
      expect(keys.at(-1)).toBe('sentence');
    }
  });

  it('types columns from the schema: integers, numbers, booleans, lists, dates, text', () => {
    const kinds = (type: (typeof RECORD_TYPES)[number]) => Object.fromEntries(recordColumns(type).map((c) => [c.key, c.kind]));
    expect(kinds('money')).toMatchObject({ start: 'integer', amount: 'number', currencyInferred: 'boolean', amountExact: 'text', fxAsOf: 'date' });
    expect(kinds('date')).toMatchObject({ value: 'date', valueEnd: 'date', granularity: 'text' });
    expect(kinds('organization')).toMatchObject({ aliases: 'list' });
    expect(kinds('security')).toMatchObject({ code: 'text', symbol: 'text' });
  });

  it('sees through optional wrappers, so a field added to a schema gets the right kind', () => {
    expect(kindOf(z.number().int().optional())).toBe('integer');
    expect(kindOf(z.array(z.string()).optional())).toBe('list');
    expect(kindOf(z.string().meta({ format: 'date' }).optional())).toBe('date');
    expect(kindOf(z.enum(['a', 'b']))).toBe('text');
  });

  it('writes records.jsonl one record a line, keys in column order, numbers as JSON numbers', () => {
    const lines = toJsonl([money, security]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const first = JSON.parse(lines[0]!);
    expect(Object.keys(first)).toEqual(recordColumns('money').map((c) => c.key).filter((key) => (money as Record<string, unknown>)[key] !== undefined));
    expect(Object.keys(first).slice(0, 3)).toEqual(['id', 'articleId', 'type']);
    expect(first.amount).toBe(600000000000);
    expect(JSON.parse(lines[1]!).code).toBe('000977');
  });
});
