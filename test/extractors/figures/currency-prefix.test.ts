import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayFollowPrefix, maySuffix, PREFIX_BEFORE, SUFFIX_AFTER } from '../../../src/extractors/money/zh-currency.ts';
import { ZH_CURRENCY_SUFFIXES } from '../../../src/lexicon/currencies.ts';
import { ZH_QUALIFIER_SOURCE } from '../../../src/lexicon/qualifiers.ts';

describe('currency words, looked up only where one can stand', () => {
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

  it('passes every number the suffix pattern finds a currency word after', () => {
    const names = ZH_CURRENCY_SUFFIXES.map((c) => c.name);
    const pieces = [...names, ...names.map((n) => n[0]!), ...names.map((n) => n.slice(1)), ' ', '个', '日', '月', '素', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 4 }), (parts) => {
        const scan = `5${parts.join('')}`;
        SUFFIX_AFTER.lastIndex = 1;
        if (SUFFIX_AFTER.test(scan)) expect(maySuffix(scan, 1), scan).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
