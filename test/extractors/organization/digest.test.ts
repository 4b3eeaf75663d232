import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digestItemNames } from '../../../src/extractors/organization/digest.ts';

/** The pattern digest items were read with: the reference the read-back from colons must equal. */
const ITEM = /(?:^|[。；;\n]|讯[,，])\s*([\u4e00-\u9fffA-Za-z]{2,8})\s*:/g;

function patternItems(scan: string): Array<{ start: number; end: number }> {
  return [...scan.matchAll(ITEM)].map((m) => {
    const start = m.index + m[0].indexOf(m[1]!);
    return { start, end: start + m[1]!.length };
  });
}

const PIECES = ['当升科技', '金陵药业', '伊戈尔', '讯', '快讯', 'e公司', 'AB', 'x', '中', ':', '。', '；', ';', '\n', ' ', '\u3000', ',', '，', '、', '9614.5万元', '𠀀'];

describe('company digest items', () => {
  it('are the names the item pattern finds', () => {
    const text = '证券时报e公司讯，当升科技：9614.5万元竞得。金陵药业:25日获增持。\n 伊戈尔 :拟收购。'.replace('：', ':');
    expect(digestItemNames(text).map(({ start, end }) => text.slice(start, end))).toEqual(['当升科技', '金陵药业', '伊戈尔']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const scan = pieces.join('');
        expect(digestItemNames(scan)).toEqual(patternItems(scan));
      }),
      { numRuns: 5000, seed: 5 },
    );
  });
});
