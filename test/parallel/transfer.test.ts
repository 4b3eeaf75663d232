import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { listInputs } from '../../src/load/index.ts';
import { processInput } from '../../src/pipeline.ts';
import { deserializeResult, serializeResult } from '../../src/parallel/transfer.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/corpus/articles');
const config = parseConfig({ referenceDate: '2025-02-07' }, path.resolve(import.meta.dirname, '../..'));

describe('results crossing between threads', () => {
  it('come back with every record whole: the same fields, values and key order', async () => {
    const files = await listInputs(fixtures);
    let records = 0;
    for (const file of files) {
      const result = await processInput(file, config);
      const sent = JSON.stringify(result);
      const received = deserializeResult(serializeResult(result));
      expect(JSON.stringify(received)).toBe(sent);
      expect(received).toEqual(JSON.parse(sent));
      records += received.articles.reduce((sum, article) => sum + article.records.length, 0);
    }
    expect(records).toBeGreaterThan(500);
  });

  it('keep one object shape per record type, so that the writers read them fast', async () => {
    const [file] = await listInputs(fixtures);
    const { articles } = deserializeResult(serializeResult(await processInput(file!, config)));
    const keysByType = new Map<string, string>();
    for (const record of articles.flatMap((article) => article.records)) {
      const keys = Object.keys(record).join();
      expect(keysByType.get(record.type) ?? keys).toBe(keys);
      keysByType.set(record.type, keys);
    }
    expect(keysByType.size).toBeGreaterThan(3);
  });
});
