import type { OrganizationRecord } from '../../model/records.ts';
import { remembered } from '../../text/remembered.ts';

type Kind = NonNullable<OrganizationRecord['kind']>;

/** The kind a name's own words state (…银行 is a bank, …证券 a broker); company otherwise. */
const KIND_BY_ENDING: ReadonlyArray<[RegExp, Kind]> = [
  [/(?:监督管理委员会|监管局|证监局|银监局|银保监局|证监会|Commission)$/, 'regulator'],
  [/(?:交易所|Exchange)$/, 'exchange'],
  [/(?:银行|Bank)(?:股份有限公司|有限责任公司|有限公司)?$/, 'bank'],
  [/(?:证券|期货|Securities)(?:股份有限公司|有限责任公司|有限公司)?$/, 'broker'],
  [/(?:基金|资本|创投|资产管理|投资|Capital|Partners|Fund)(?:股份有限公司|有限责任公司|有限公司|管理有限公司)?$/, 'fund'],
  [/(?:通讯社|日报|晚报|时报|周刊|电视台|新闻|财经)$/, 'media'],
  [/(?:政府|部|委员会|法院|检察院|公安局|公安厅|分局|公证处|住建局|住建厅|住建委|税务局|市场监管局|Ministry)$/, 'government'],
];

/** The kind a name's ending states, remembered per name. */
export const kindOfName: (name: string) => Kind = remembered((name) => {
  for (const [ending, kind] of KIND_BY_ENDING) if (ending.test(name)) return kind;
  return 'company';
});
