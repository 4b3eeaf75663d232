import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayFollowPrefix, PREFIX_BEFORE } from '../../../src/extractors/money/zh-currency.ts';
import { ZH_QUALIFIER_SOURCE } from '../../../src/lexicon/qualifiers.ts';

describe('currency prefixes, looked up only where a prefix can end', () => {
  it('passes every number the prefix pattern finds a prefix before', () => {
    const pieces = ['人民币', '港币', '港元', '美元', '新台币', '台币', '欧元', '日元', '英镑', ' ', '元', '币', ...ZH_QUALIFIER_SOURCE.split('|'), '约', 'x', '，'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
        const scan = `${parts.join('')}5亿元`;
        const start = scan.length - 3;
        if (PREFIX_BEFORE.test(scan.slice(Math.max(0, start - 7), start))) expect(mayFollowPrefix(scan, start), scan).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
