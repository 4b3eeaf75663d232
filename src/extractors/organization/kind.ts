import type { OrganizationRecord } from '../../model/records.ts';

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

/** How many names' kinds are remembered before the memory starts over. */
const MAX_REMEMBERED_KINDS = 20_000;
const kindsOfNames = new Map<string, Kind>();

/**
 * Remembered: the kind is read off a name's ending by several patterns, and most names (found by
 * their suffix, or canonical) come back article after article.
 */
export function kindOfName(name: string): Kind {
  let kind = kindsOfNames.get(name);
  if (kind === undefined) {
    kind = 'company';
    for (const [ending, endingKind] of KIND_BY_ENDING) {
      if (ending.test(name)) {
        kind = endingKind;
        break;
      }
    }
    if (kindsOfNames.size >= MAX_REMEMBERED_KINDS) kindsOfNames.clear();
    kindsOfNames.set(name, kind);
  }
  return kind;
}
