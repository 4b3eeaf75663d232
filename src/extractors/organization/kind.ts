import type { OrganizationRecord } from '../../model/records.ts';

type Kind = NonNullable<OrganizationRecord['kind']>;

const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司'];
/** The words, and each followed by one of the forms: 银行, 银行有限公司. */
const withForms = (words: readonly string[], forms: readonly string[]) => [...words, ...words.flatMap((word) => forms.map((form) => word + form))];

/** The kind a name's own words state (…银行 is a bank, …证券 a broker), by its ending; the first kind listed wins. */
const KIND_BY_ENDING: ReadonlyArray<[readonly string[], Kind]> = [
  [['监督管理委员会', '监管局', '证监局', '银监局', '银保监局', '证监会', 'Commission'], 'regulator'],
  [['交易所', 'Exchange'], 'exchange'],
  [withForms(['银行', 'Bank'], LEGAL_FORMS), 'bank'],
  [withForms(['证券', '期货', 'Securities'], LEGAL_FORMS), 'broker'],
  [withForms(['基金', '资本', '创投', '资产管理', '投资', 'Capital', 'Partners', 'Fund'], [...LEGAL_FORMS, '管理有限公司']), 'fund'],
  [['通讯社', '日报', '晚报', '时报', '周刊', '电视台', '新闻', '财经'], 'media'],
  [
    ['政府', '部', '委员会', '法院', '检察院', '公安局', '公安厅', '分局', '公证处', '住建局', '住建厅', '住建委', '税务局', '市场监管局', 'Ministry'],
    'government',
  ],
];

/** The endings by the code of their last character, in the order of KIND_BY_ENDING: most names end in none. */
const ENDINGS_BY_LAST = new Map<number, Array<[string, Kind]>>();
for (const [endings, kind] of KIND_BY_ENDING) {
  for (const ending of endings) {
    const last = ending.charCodeAt(ending.length - 1);
    ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), [ending, kind]]);
  }
}

/** The kind a name's own words state; company otherwise. */
export function kindOfName(name: string): Kind {
  const endings = ENDINGS_BY_LAST.get(name.charCodeAt(name.length - 1));
  if (endings) for (const [ending, kind] of endings) if (name.endsWith(ending)) return kind;
  return 'company';
}
