import type { OrganizationRecord } from '../../model/records.ts';

type Kind = NonNullable<OrganizationRecord['kind']>;

const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司'];

/**
 * The kind a name's own words state (…银行 is a bank, …证券 a broker), by the words a name ends
 * with, optionally followed by a legal form: the first kind whose ending the name has wins.
 */
const KIND_ENDINGS: ReadonlyArray<{ kind: Kind; words: string[]; legalForms?: string[] }> = [
  { kind: 'regulator', words: ['监督管理委员会', '监管局', '证监局', '银监局', '银保监局', '证监会', 'Commission'] },
  { kind: 'exchange', words: ['交易所', 'Exchange'] },
  { kind: 'bank', words: ['银行', 'Bank'], legalForms: LEGAL_FORMS },
  { kind: 'broker', words: ['证券', '期货', 'Securities'], legalForms: LEGAL_FORMS },
  { kind: 'fund', words: ['基金', '资本', '创投', '资产管理', '投资', 'Capital', 'Partners', 'Fund'], legalForms: [...LEGAL_FORMS, '管理有限公司'] },
  { kind: 'media', words: ['通讯社', '日报', '晚报', '时报', '周刊', '电视台', '新闻', '财经'] },
  {
    kind: 'government',
    words: ['政府', '部', '委员会', '法院', '检察院', '公安局', '公安厅', '分局', '公证处', '住建局', '住建厅', '住建委', '税务局', '市场监管局', 'Ministry'],
  },
];

/** An ending a name may have, and the kind it states. */
interface Ending {
  text: string;
  kind: Kind;
}

/**
 * Every ending, by the code of its last character, in the order of KIND_ENDINGS: a name is
 * compared with the few endings its last character allows, not tested against a pattern per kind.
 */
const ENDINGS_BY_LAST = new Map<number, Ending[]>();
for (const { kind, words, legalForms } of KIND_ENDINGS) {
  for (const word of words) {
    for (const text of [word, ...(legalForms ?? []).map((form) => word + form)]) {
      const last = text.charCodeAt(text.length - 1);
      const endings = ENDINGS_BY_LAST.get(last);
      if (endings) endings.push({ text, kind });
      else ENDINGS_BY_LAST.set(last, [{ text, kind }]);
    }
  }
}

/** The kind a name's ending states (the first kind listed whose ending it has); company otherwise. */
export function kindOfName(name: string): Kind {
  const endings = ENDINGS_BY_LAST.get(name.charCodeAt(name.length - 1));
  if (endings) for (const ending of endings) if (name.endsWith(ending.text)) return ending.kind;
  return 'company';
}
