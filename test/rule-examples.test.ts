import { describe, expect, it } from 'vitest';
import { extractors } from '../src/extractors/index.ts';
import { processText, articleFromText } from '../src/engine/snippet.ts';
import { runExtractors } from '../src/engine/run-extractors.ts';
import { Reporter } from '../src/model/diagnostic.ts';
import { scanText } from '../src/text/fold.ts';
import type { Extractor } from '../src/engine/extractor.ts';

const PUBLISHED = '2025-02-07';

function rawDrafts(rule: Extractor, text: string, publishedAt = PUBLISHED) {
  const article = articleFromText(text, { publishedAt });
  return runExtractors(
    { article, scan: scanText(text, []), anchor: { date: publishedAt.slice(0, 10), source: 'published' } },
    [rule],
    new Reporter('extract'),
  );
}

// Every rule carries the corpus that proves it (Duckling-style): each example must come out
// of the whole chain with the stated fields, and each negative must not make the rule fire.
describe.each(extractors.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('has examples', () => {
    expect(rule.examples.length).toBeGreaterThan(0);
  });

  it('fires on at least one of its own examples', () => {
    expect(rule.examples.some((ex) => rawDrafts(rule, ex.text, ex.publishedAt).length > 0)).toBe(true);
  });

  // An article without the trigger skips the rule: every example the rule fires on must hold it.
  const trigger = rule.trigger;
  if (trigger) {
    it('finds its trigger where it fires', () => {
      expect(trigger.global || trigger.sticky).toBe(false);
      const untriggered = { ...rule, trigger: undefined } as Extractor;
      for (const ex of rule.examples) {
        if (rawDrafts(untriggered, ex.text, ex.publishedAt).length > 0) expect(trigger.test(ex.text), ex.text).toBe(true);
      }
    });
  }

  it.each(rule.examples.map((ex) => [ex.mention ?? ex.text, ex] as const))('parses %s', (mention, ex) => {
    const { records } = processText(ex.text, { publishedAt: ex.publishedAt ?? PUBLISHED });
    const found = records.filter((r) => r.type === rule.type && r.text === mention);
    expect(found, `no ${rule.type} record with text "${mention}" in ${JSON.stringify(records.map((r) => r.text))}`).not.toHaveLength(0);
    expect(found[0]).toMatchObject(ex.expect as Record<string, unknown>);
  });

  it.each((rule.negatives ?? []).map((n) => [n] as const))('does not fire on %s', (negative) => {
    expect(rawDrafts(rule, negative)).toEqual([]);
  });
});
