import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kindOfName } from '../../../src/extractors/organization/kind.ts';

/** The kinds as the patterns they were first written as: the reference of the ending index. */
const REFERENCE: ReadonlyArray<[RegExp, string]> = [
  [/(?:监督管理委员会|监管局|证监局|银监局|银保监局|证监会|Commission)$/, 'regulator'],
  [/(?:交易所|Exchange)$/, 'exchange'],
  [/(?:银行|Bank)(?:股份有限公司|有限责任公司|有限公司)?$/, 'bank'],
  [/(?:证券|期货|Securities)(?:股份有限公司|有限责任公司|有限公司)?$/, 'broker'],
  [/(?:基金|资本|创投|资产管理|投资|Capital|Partners|Fund)(?:股份有限公司|有限责任公司|有限公司|管理有限公司)?$/, 'fund'],
  [/(?:通讯社|日报|晚报|时报|周刊|电视台|新闻|财经)$/, 'media'],
  [/(?:政府|部|委员会|法院|检察院|公安局|公安厅|分局|公证处|住建局|住建厅|住建委|税务局|市场监管局|Ministry)$/, 'government'],
];
const reference = (name: string) => REFERENCE.find(([ending]) => ending.test(name))?.[1] ?? 'company';

/** Pieces names are made of here: the words of the endings, their parts, and others. */
const PIECES = [
  ...'监督管理委员会证监局银保交易所行券期货基金资本创投资产通讯社日报晚时周刊电视台新闻财经政府部法院检察公安厅分证处住建税务市场股份有限责任公司华融信托'.split(''),
  '银行', '证券', '有限公司', '股份有限公司', '管理有限公司', '委员会', 'Commission', 'Exchange', 'Bank', 'Securities', 'Capital', 'Partners', 'Fund', 'Ministry', 'bank', 'Fun', ' ',
];

describe('kind of an organization name', () => {
  it('is what the patterns per kind say, for names made of their words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (pieces) => {
        const name = pieces.join('');
        expect(kindOfName(name)).toBe(reference(name));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the kind from the ending, the first kind listed winning', () => {
    expect(kindOfName('中国证券监督管理委员会')).toBe('regulator');
    expect(kindOfName('国家发展和改革委员会')).toBe('government');
    expect(kindOfName('招商银行股份有限公司')).toBe('bank');
    expect(kindOfName('高毅资产管理有限公司')).toBe('fund');
    expect(kindOfName('')).toBe('company');
  });
});
