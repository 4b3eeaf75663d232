import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractors } from '../../src/extractors/index.ts';
import { patternOpenings, wordOpenings, type OpeningRule } from '../../src/engine/openings.ts';
import type { RecordType } from '../../src/model/records.ts';
import { scanText } from '../../src/text/fold.ts';
import { drafts, nearMatches, opensWherePatternOpens } from './openings-check.ts';

// Rules of other kinds than dates whose patterns open on a few words, tried only where those stand.
const gated = extractors.filter((rule): rule is OpeningRule<RecordType> => 'plain' in rule && rule.type !== 'date');

// What these patterns hold besides Han words and capitals: the colons, brackets and slashes they open or close on.
const PUNCTUATION = [':', '：', '(', ')', '/', '|', '、', 'IDC', 'P2P'];

describe('rules of words tried where their openings stand', () => {
  it('are the rules that open on few pairs of characters', () => {
    expect(gated.map((rule) => rule.id).sort()).toEqual([
      'organization/zh/after-cue', 'organization/zh/employer-before-executive', 'organization/zh/employer-heading', 'organization/zh/investor',
      'organization/zh/list-of-companies', 'organization/zh/named-platform', 'organization/zh/partner', 'organization/zh/publisher',
      'organization/zh/ranked', 'organization/zh/research-house', 'organization/zh/stake-of', 'organization/zh/stock-of',
      'organization/zh/subsidiary-short-name', 'person/zh/before-appointment', 'person/zh/biography', 'person/zh/byline',
      'person/zh/editor-line', 'person/zh/signer', 'person/zh/slash-credit', 'person/zh/speech-subject',
      'quote/zh/colon-introduced',
    ]);
  });

  it.each(gated.map((rule) => [rule.id, rule] as const))('%s drafts what its pattern tried everywhere drafts', (_id, rule) => {
    fc.assert(
      fc.property(nearMatches(rule, undefined, PUNCTUATION), (s) => {
        expect(drafts(rule, s), JSON.stringify(s)).toEqual(drafts(rule.plain, s));
      }),
      { numRuns: 500 },
    );
  });

  it.each(gated.map((rule) => [rule.id, rule] as const))('%s opens wherever its pattern opens', (_id, rule) => {
    // Around the matches in the examples as the rule reads them: full-width commas folded (马化腾表示，).
    const folded = rule.examples.map((ex) => ({ ...ex, text: scanText(ex.text, []) }));
    opensWherePatternOpens({ ...rule, examples: folded }, PUNCTUATION);
  });

  it('keep the examples of every gated rule', () => {
    for (const rule of gated) {
      for (const ex of rule.examples) expect(drafts(rule, ex.text), ex.text).toEqual(drafts(rule.plain, ex.text));
    }
  });

  it('read from a pattern, are the pairs its words open with, or none where a match may open on any pair', () => {
    const pairs = ({ firsts, seconds }: { firsts: string; seconds: string }) => [...new Set([...firsts].flatMap((first) => [...seconds].map((second) => first + second)))].sort();
    const words = ['继续', '共同', '联合', '领投', '跟投', '参投'];
    expect(pairs(patternOpenings(/(?:继续|共同|联合)?(?:领投|跟投|参投)/g))).toEqual(pairs(wordOpenings(words)));
    expect(pairs(patternOpenings(/(?:签名|签字|署名)(?:的|人)(?=[\u4e00-\u9fff])/g))).toEqual(pairs(wordOpenings(['签名', '签字', '署名'])));
    // A word of one character before a look-ahead, a back-reference: written openings, not read ones.
    expect(() => patternOpenings(/(?:表示|说)(?=[,:])/g)).toThrow();
    expect(() => patternOpenings(/(股)\1/g)).toThrow();
  });
});
