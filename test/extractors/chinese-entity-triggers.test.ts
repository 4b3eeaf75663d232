import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractors } from '../../src/extractors/index.ts';
import { isPatternRule, type PatternRule } from '../../src/engine/extractor.ts';
import { scanText } from '../../src/text/fold.ts';

// A Chinese organization or person rule gated by a trigger runs only on articles holding it: the
// trigger is a literal that every match of the pattern holds, so an article without it has no
// match to lose.
const gated = extractors.filter(
  (rule): rule is PatternRule & { trigger: RegExp } =>
    isPatternRule(rule) && rule.trigger !== undefined && rule.lang === 'zh' && (rule.type === 'organization' || rule.type === 'person'),
);

const CORPORA = ['corpus', 'corpus-holdout', 'corpus-blind'].map((name) => path.resolve(import.meta.dirname, '../fixtures', name, 'articles'));
const fixtureTexts = CORPORA.flatMap((dir) => readdirSync(dir).map((file) => scanText(readFileSync(path.join(dir, file), 'utf8'), [])));

describe('Chinese entity rules gated by a trigger', () => {
  it('are gated by a plain literal of the pattern', () => {
    expect(gated.length).toBeGreaterThan(0);
    for (const rule of gated) {
      // No character the regex syntax reads: the trigger is the text it finds.
      expect(rule.trigger.source, rule.id).toMatch(/^[^\\^$.*+?()[\]{}|]+$/);
      expect(rule.pattern.source, rule.id).toContain(rule.trigger.source);
    }
  });

  it.each(gated.map((rule) => [rule.id, rule] as const))('%s: every match holds the trigger, in the fixtures and examples', (_id, rule) => {
    const texts = [...fixtureTexts, ...rule.examples.map((ex) => ex.text)];
    let matched = 0;
    for (const text of texts) {
      for (const match of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))) {
        matched++;
        expect(match[0]).toContain(rule.trigger.source);
      }
    }
    expect(matched).toBeGreaterThan(0);
  });
});
