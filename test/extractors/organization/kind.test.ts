import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kindOfName } from '../../../src/extractors/organization/kind.ts';

/** The patterns kinds were read with: the reference the lookup by endings must equal. */
const KIND_BY_PATTERN: Array<[RegExp, string]> = [
  [/(?:监督管理委员会|监管局|证监局|银监局|银保监局|证监会|Commission)$/, 'regulator'],
  [/(?:交易所|Exchange)$/, 'exchange'],
  [/(?:银行|Bank)(?:股份有限公司|有限责任公司|有限公司)?$/, 'bank'],
  [/(?:证券|期货|Securities)(?:股份有限公司|有限责任公司|有限公司)?$/, 'broker'],
  [/(?:基金|资本|创投|资产管理|投资|Capital|Partners|Fund)(?:股份有限公司|有限责任公司|有限公司|管理有限公司)?$/, 'fund'],
  [/(?:通讯社|日报|晚报|时报|周刊|电视台|新闻|财经)$/, 'media'],
  [/(?:政府|部|委员会|法院|检察院|公安局|公安厅|分局|公证处|住建局|住建厅|住建委|税务局|市场监管局|Ministry)$/, 'government'],
];
const kindByPattern = (name: string) => KIND_BY_PATTERN.find(([pattern]) => pattern.test(name))?.[1] ?? 'company';

const PIECES = ['监督管理', '委员会', '证监', '局', '交易所', '银行', '证券', '基金', '资产', '管理', '投资', '有限公司', '股份', '有限责任公司',
  '日报', '部', '政府', '法院', '市场监管局', '银保监局', 'Bank', 'Capital', 'Partners', 'Ministry', 'Exchange', '华融', '科技', '司', 's'];

describe('the kind of an organization by its name', () => {
  it('is what the patterns of endings say', () => {
    expect(kindOfName('中国银行股份有限公司')).toBe('bank');
    expect(kindOfName('华融资产管理管理有限公司')).toBe('fund');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }), (pieces) => {
        const name = pieces.join('');
        expect(kindOfName(name)).toBe(kindByPattern(name));
      }),
      { numRuns: 5000, seed: 13 },
    );
  });
});
