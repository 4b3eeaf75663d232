import type { QuantityRecord } from '../model/records.ts';

type Measure = QuantityRecord['measure'];

/**
 * Unit words of the quantities of financial news, as written after a number, with the unit the
 * record states (synonyms folded: 公斤 → 千克, 度电 → 千瓦时, MW → 兆瓦) and what it measures.
 */
export interface QuantityUnit {
  /** Regex source of the written form, lookarounds included where the word begins other words. */
  source: string;
  unit: string;
  measure: Measure;
  /** The number must have an Arabic digit or a big unit: 两手准备, 一股热潮 and 两块牌子 are no counts. */
  needsDigits?: boolean;
}

// Each written form says what may not follow it: 股东 and 股价 are not shares, 台湾 is no machine.
const CHINESE_UNITS: readonly QuantityUnit[] = [
  { source: '股(?![东价市票权本指民息利])', unit: '股', measure: 'shares', needsDigits: true },
  { source: '手(?![机续段里中上握术工套表头])', unit: '手', measure: 'lots', needsDigits: true },
  { source: '家(?![长属庭族乡具园务居人])', unit: '家', measure: 'companies' },
  { source: '人次', unit: '人次', measure: 'people' },
  { source: '人(?![民均工才气物士])', unit: '人', measure: 'people' },
  // 第3名 and 前10名 are ranks, which the rule sets aside by the word before.
  { source: '名(?![义字单称列额次])', unit: '名', measure: 'people' },
  { source: '块(?![钱])', unit: '块', measure: 'items', needsDigits: true },
  { source: '台(?![湾币积阶风州北中南上下])', unit: '台', measure: 'items' },
  { source: '辆', unit: '辆', measure: 'items' },
  { source: '部(?![门分长署委队位件])', unit: '部', measure: 'items' },
  { source: '件(?![事])', unit: '件', measure: 'items' },
  { source: '套(?![餐])', unit: '套', measure: 'items' },
  { source: '架', unit: '架', measure: 'items' },
  { source: '艘', unit: '艘', measure: 'items' },
  { source: '颗', unit: '颗', measure: 'items' },
  { source: '枚', unit: '枚', measure: 'items' },
  { source: '款(?![项])', unit: '款', measure: 'items' },
  { source: '项(?![目])', unit: '项', measure: 'items' },
  // 四笔股票质押: deals and transactions.
  { source: '笔(?![记者试画名])', unit: '笔', measure: 'items' },
  // 只 counts securities (5只基金, 逾200只个股); 一只蝴蝶 is no financial quantity.
  { source: '只(?=个股|股票|基金|ETF|债券|新股|次新股|转债|可转债|产品|港股|美股|A股|指数)', unit: '只', measure: 'items' },
  { source: '吨', unit: '吨', measure: 'weight' },
  { source: '千克|公斤', unit: '千克', measure: 'weight' },
  { source: '盎司', unit: '盎司', measure: 'weight' },
  { source: '桶', unit: '桶', measure: 'volume' },
  { source: '立方米', unit: '立方米', measure: 'volume' },
  { source: '千瓦时|度电', unit: '千瓦时', measure: 'energy' },
  { source: '兆瓦时', unit: '兆瓦时', measure: 'energy' },
  { source: '吉瓦时', unit: '吉瓦时', measure: 'energy' },
  { source: '千瓦', unit: '千瓦', measure: 'power' },
  { source: '兆瓦', unit: '兆瓦', measure: 'power' },
  { source: '吉瓦', unit: '吉瓦', measure: 'power' },
  { source: '平方米|平米', unit: '平方米', measure: 'area' },
  { source: '平方公里', unit: '平方公里', measure: 'area' },
  { source: '亩', unit: '亩', measure: 'area' },
  { source: '公顷', unit: '公顷', measure: 'area' },
];

/** Unit symbols written in both languages (10GWh, 5 MW): the letters must end there. */
const SYMBOL_UNITS: readonly QuantityUnit[] = [
  { source: '[ ]?TWh(?![A-Za-z])', unit: '太瓦时', measure: 'energy' },
  { source: '[ ]?GWh(?![A-Za-z])', unit: '吉瓦时', measure: 'energy' },
  { source: '[ ]?MWh(?![A-Za-z])', unit: '兆瓦时', measure: 'energy' },
  { source: '[ ]?kWh(?![A-Za-z])', unit: '千瓦时', measure: 'energy' },
  { source: '[ ]?GW(?![A-Za-z])', unit: '吉瓦', measure: 'power' },
  { source: '[ ]?MW(?![A-Za-z])', unit: '兆瓦', measure: 'power' },
  { source: '[ ]?kW(?![A-Za-z])', unit: '千瓦', measure: 'power' },
];

/** Every unit written right after a numeral run. */
export const NUMERAL_UNITS: readonly QuantityUnit[] = [...CHINESE_UNITS, ...SYMBOL_UNITS];

/** Every character a unit source can begin with: the first of each top-level alternative, and the space a `[ ]?` allows. */
function initialsOf(source: string): Set<string> {
  const initials = new Set<string>();
  let depth = 0;
  let atStart = true;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (atStart) {
      if (source.startsWith('[ ]?', i)) {
        initials.add(' ');
        i += 3;
        continue;
      }
      if (/[\\[(?]/.test(ch)) throw new Error(`unit source ${source} starts with a pattern, not a character`);
      initials.add(ch);
      atStart = false;
    }
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) atStart = true;
  }
  return initials;
}

/** A unit written at a position of a text, and how long it is written. */
export interface UnitAt {
  unit: QuantityUnit;
  length: number;
}

/**
 * Reads the first of `units`, in list order (which puts 千瓦时 before 千瓦 and 人次 before 人),
 * written at a position, as an alternation of their sources would. By the character there, only
 * the units that can begin with it are tried, in one small sticky regex: most numbers are followed
 * by none and try no regex at all, and no match carries a group per unit of the list.
 */
export function unitReader(units: readonly QuantityUnit[]): (text: string, at: number) => UnitAt | undefined {
  const byInitial = new Map<number, QuantityUnit[]>();
  for (const unit of units) {
    for (const initial of initialsOf(unit.source)) {
      const code = initial.charCodeAt(0);
      byInitial.set(code, [...(byInitial.get(code) ?? []), unit]);
    }
  }
  const readers = new Map<number, { pattern: RegExp; units: QuantityUnit[] }>();
  for (const [code, candidates] of byInitial) {
    const pattern = new RegExp(candidates.map((u) => `(${u.source})`).join('|'), 'y');
    // The unit is told by the group that matched: sources must hold no capture group of their own.
    if (new RegExp(`${pattern.source}|`).exec('')!.length !== candidates.length + 1) {
      throw new Error(`a unit source holds a capture group: ${pattern.source}`);
    }
    readers.set(code, { pattern, units: candidates });
  }
  return (text, at) => {
    const reader = readers.get(text.charCodeAt(at));
    if (!reader) return undefined;
    reader.pattern.lastIndex = at;
    const m = reader.pattern.exec(text);
    if (!m) return undefined;
    let group = 1;
    while (m[group] === undefined) group++;
    return { unit: reader.units[group - 1]!, length: m[0].length };
  };
}

/** English unit nouns after a number (1.2 million shares, 3,000 employees), with the unit the record states. */
export const EN_UNITS: ReadonlyArray<readonly [string, string, Measure]> = [
  ['ordinary shares', '股', 'shares'], ['common shares', '股', 'shares'], ['American depositary shares', '股', 'shares'],
  ['ADSs', '股', 'shares'], ['ADS', '股', 'shares'], ['shares', '股', 'shares'],
  ['barrels', '桶', 'volume'], ['metric tons', '吨', 'weight'], ['tonnes', '吨', 'weight'], ['tons', '吨', 'weight'],
  ['employees', '人', 'people'], ['workers', '人', 'people'], ['staff', '人', 'people'], ['people', '人', 'people'],
  ['companies', '家', 'companies'], ['firms', '家', 'companies'],
  ['vehicles', '辆', 'items'], ['cars', '辆', 'items'],
];
