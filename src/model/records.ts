import { z } from 'zod';

/**
 * The record union. These zod schemas are the single source of truth: the TypeScript types,
 * validation, the CSV columns and the XLSX sheets all derive from them. Field names follow
 * `../shared/gold/FORMAT.md` (flat fields, numbers as JSON numbers).
 */

export const QUALIFIERS = ['approx', 'nearly', 'more_than', 'at_least', 'less_than', 'at_most'] as const;
export const qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof qualifier>;

export const direction = z.enum(['up', 'down']);
export type Direction = z.infer<typeof direction>;

export const GRANULARITIES = ['year', 'fiscal_year', 'half', 'quarter', 'month', 'week', 'day', 'time', 'vague'] as const;
export const granularity = z.enum(GRANULARITIES);
export type Granularity = z.infer<typeof granularity>;

export const anchorSource = z.enum(['published', 'dateline', 'text', 'configured']);

/** An ISO 8601 date or prefix of one; the writers show full dates as spreadsheet dates. */
export const isoDateText = z.string().meta({ format: 'date' });

/** Fields every record carries, in this column order. */
export const baseRecord = z.object({
  /** Stable across runs: article id, type and offsets. */
  id: z.string().min(1),
  articleId: z.string().min(1),
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string().min(1),
  /** The sentence the record comes from, for context columns. */
  sentence: z.string(),
});

const finite = z.number().finite();
/** An exact decimal string beside a number whose binary value may be inexact. */
const exactDecimal = z.string().regex(/^-?\d+(\.\d+)?$/);

export const moneyRecord = baseRecord.extend({
  type: z.literal('money'),
  amount: finite,
  amountExact: exactDecimal,
  /** The upper end of a range (2元—10元): `amount` is the low end. */
  amountHigh: finite.optional(),
  /** Bounds of an approximate amount (三十几万元 → 300000..400000). */
  amountMin: finite.optional(),
  amountMax: finite.optional(),
  /** ISO 4217 code. */
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** True when the currency comes from context (a bare 6.5亿 about 减值准备), not the mention. */
  currencyInferred: z.boolean().optional(),
  qualifier: qualifier.optional(),
  direction: direction.optional(),
  /** What a price is per: `share`, `1M input tokens`, `barrel`. */
  per: z.string().optional(),
  /** The value in the run's reference currency, at the configured FX table. */
  referenceAmount: finite.optional(),
  referenceCurrency: z.string().regex(/^[A-Z]{3}$/).optional(),
  fxRate: finite.optional(),
  fxAsOf: isoDateText.optional(),
  /** The id of the other side of a converted pair (近6000亿美元(约合4.3万亿元人民币)). */
  convertedFrom: z.string().optional(),
});

export const percentRecord = baseRecord.extend({
  type: z.literal('percent'),
  /** In percent: 16.97% → 16.97; 八成 → 80; 10个基点 → 0.1. */
  value: finite,
  valueExact: exactDecimal.optional(),
  valueHigh: finite.optional(),
  unit: z.enum(['%', 'pp', 'bp']),
  qualifier: qualifier.optional(),
  direction: direction.optional(),
});

export const ratioRecord = baseRecord.extend({
  type: z.literal('ratio'),
  /** Decimal: 1/10 → 0.1, 3.39倍 → 3.39. */
  value: finite,
  kind: z.enum(['fraction', 'multiple']).optional(),
  qualifier: qualifier.optional(),
  direction: direction.optional(),
});

export const QUANTITY_MEASURES = ['shares', 'lots', 'companies', 'people', 'items', 'weight', 'volume', 'power', 'energy', 'area'] as const;

export const quantityRecord = baseRecord.extend({
  type: z.literal('quantity'),
  /** In `unit`, scale words folded in: 2042.215万股 → 20422150. */
  value: finite,
  valueExact: exactDecimal,
  /** The upper end of a range (100万至200万股): `value` is the low end. */
  valueHigh: finite.optional(),
  /** Bounds of an approximate count (数千家 → 1000..9000). */
  valueMin: finite.optional(),
  valueMax: finite.optional(),
  /** The unit word, Chinese for Chinese and English mentions alike: 股, 手, 家, 人, 台, 吨, 千瓦时. */
  unit: z.string().min(1),
  /** What is counted or measured, to filter on without knowing every unit word. */
  measure: z.enum(QUANTITY_MEASURES),
  qualifier: qualifier.optional(),
  direction: direction.optional(),
});

export const dateRecord = baseRecord.extend({
  type: z.literal('date'),
  /** ISO 8601 prefix (`2025`, `2025-01`, `2025-01-27`, `2025-Q1`, `2025-H1`, `2025-01-27T09:30`); absent when vague. */
  value: isoDateText.optional(),
  /** End of a range (1月20日-2月5日), same form as `value`. */
  valueEnd: isoDateText.optional(),
  granularity,
  /** IANA zone named by the text (美东时间 → America/New_York). */
  timezone: z.string().optional(),
  /** What a relative or year-less date was resolved against. */
  anchor: anchorSource.optional(),
  /** Part of day or session kept as an attribute: 凌晨, 盘前, 盘后. */
  partOfDay: z.string().optional(),
});

export const securityRecord = baseRecord.extend({
  type: z.literal('security'),
  /** Normalized symbol: `300017.SZ`, `600519.SH`, `0700.HK`, `NVDA.US`, `LART.NS`. */
  symbol: z.string().min(1),
  /** The bare code as written (`300017`, `NVDA`). */
  code: z.string().min(1),
  exchange: z.string().optional(),
  /** The name the text gives the security (网宿科技 in `网宿科技(300017.SZ)`). */
  name: z.string().optional(),
  /** An inline live quote beside the name: `申通快递(18.910,0.34,1.83%)`. */
  quoteSnapshot: z.string().optional(),
});

export const ORGANIZATION_KINDS = ['company', 'bank', 'broker', 'fund', 'regulator', 'exchange', 'government', 'media', 'other'] as const;

export const organizationRecord = baseRecord.extend({
  type: z.literal('organization'),
  /** Canonical name: one name per organization across the article. */
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  /** Symbol of the organization's security where known. */
  security: z.string().optional(),
});

export const personRecord = baseRecord.extend({
  type: z.literal('person'),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  role: z.string().optional(),
  organization: z.string().optional(),
});

export const quoteRecord = baseRecord.extend({
  type: z.literal('quote'),
  /** The quoted words without the quotation marks (also the record's span). */
  speaker: z.string().optional(),
  verb: z.string().optional(),
});

export const EVENT_TYPES = [
  'product_release', 'stock_move', 'index_move', 'limit_up', 'limit_down', 'adoption', 'partnership', 'pricing',
  'capex', 'investment', 'financing', 'ipo_listing', 'earnings', 'acquisition', 'buyback', 'share_pledge',
  'pledge_release', 'share_reduction', 'share_increase', 'executive_change', 'rating', 'rate_decision',
  'contract_win', 'impairment', 'default', 'overdue_debt', 'ranking',
] as const;
export const eventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof eventType>;

export const eventRecord = baseRecord.extend({
  type: z.literal('event'),
  eventType,
  subject: z.string().min(1),
  object: z.string().optional(),
  /** From the linked date record, else the publication date (then `dateInferred`). */
  date: isoDateText.optional(),
  dateInferred: z.boolean().optional(),
  /** Ids of the linked money, percent and ratio records. */
  figures: z.array(z.string()),
  polarity: z.enum(['positive', 'negative']).optional(),
  direction: direction.optional(),
  /** The same for the same event told by any article (type, subject, date, figure values), to collapse duplicates. */
  eventKey: z.string().optional(),
});

export const recordSchemas = {
  money: moneyRecord,
  percent: percentRecord,
  ratio: ratioRecord,
  quantity: quantityRecord,
  date: dateRecord,
  security: securityRecord,
  organization: organizationRecord,
  person: personRecord,
  quote: quoteRecord,
  event: eventRecord,
} as const;

export const anyRecord = z.discriminatedUnion('type', [
  moneyRecord, percentRecord, ratioRecord, quantityRecord, dateRecord, securityRecord,
  organizationRecord, personRecord, quoteRecord, eventRecord,
]);

export type RecordType = keyof typeof recordSchemas;
export const RECORD_TYPES = Object.keys(recordSchemas) as RecordType[];
export type AnyRecord = z.infer<typeof anyRecord>;
export type RecordOf<T extends RecordType> = z.infer<(typeof recordSchemas)[T]>;

type BaseKeys = keyof z.infer<typeof baseRecord> | 'type';
/** What a rule states about a mention; the engine adds the base fields. */
export type FieldsOf<T extends RecordType> = Omit<RecordOf<T>, BaseKeys>;

export type MoneyRecord = RecordOf<'money'>;
export type PercentRecord = RecordOf<'percent'>;
export type RatioRecord = RecordOf<'ratio'>;
export type QuantityRecord = RecordOf<'quantity'>;
export type DateRecord = RecordOf<'date'>;
export type SecurityRecord = RecordOf<'security'>;
export type OrganizationRecord = RecordOf<'organization'>;
export type PersonRecord = RecordOf<'person'>;
export type QuoteRecord = RecordOf<'quote'>;
export type EventRecord = RecordOf<'event'>;
