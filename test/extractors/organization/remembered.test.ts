import { describe, expect, it } from 'vitest';
import { kindOfName } from '../../../src/extractors/organization/kind.ts';
import { isDescription } from '../../../src/extractors/organization/boundary.ts';

describe('remembered answers', () => {
  it('give the same kinds and descriptions when asked again', () => {
    for (let round = 0; round < 2; round++) {
      expect(kindOfName('招商银行')).toBe('bank');
      expect(kindOfName('兴业证券股份有限公司')).toBe('broker');
      expect(kindOfName('红岭创投')).toBe('fund');
      expect(kindOfName('运达股份')).toBe('company');
      expect(isDescription('美国科技', false)).toBe(true);
      expect(isDescription('美国科技', true)).toBe(false);
      expect(isDescription('该', true)).toBe(true);
    }
  });
});
