import type { ExtractContext } from '../engine/extractor.ts';
import type { Reporter } from '../model/diagnostic.ts';
import type { RuleId } from '../model/span.ts';
import type { AnyRecord, DateRecord, MoneyRecord, PercentRecord, SecurityRecord } from '../model/records.ts';
import { symbolProblem } from '../lexicon/exchanges.ts';
import { isAsciiDigit } from '../text/code-units.ts';

/** A check across an article's valid records; flags what an analyst would want flagged. */
export type ConsistencyCheck = (records: readonly AnyRecord[], reporter: Reporter, ctx: ExtractContext) => void;

/** Sides of a converted pair may differ this much (rates move, texts round) before it is flagged. */
export const CONVERSION_TOLERANCE = 0.2;
/** A rise or fall beyond this many percent is more often a misread figure than news. */
export const PERCENT_CHANGE_LIMIT = 1000;
/** Years between a date and the article's anchor beyond which the date is flagged. */
export const ANCHOR_DISTANCE_YEARS = 30;

/** Where a diagnostic about a record points: its span and the rule that made it. */
const at = (record: AnyRecord, start = record.start) => ({ span: { start, end: record.end }, rule: record.rule as RuleId });

/** 近6000亿美元(约合4.3万亿元人民币): both sides at the configured rates must agree within the tolerance. */
export const convertedPairAgrees: ConsistencyCheck = (records, reporter) => {
  // Most articles convert nothing: their money is not even gathered.
  if (!records.some((r) => r.type === 'money' && r.convertedFrom)) return;
  const money = records.filter((r): r is MoneyRecord => r.type === 'money');
  const byId = new Map(money.map((r) => [r.id, r]));
  for (const conversion of money) {
    if (!conversion.convertedFrom) continue;
    const original = byId.get(conversion.convertedFrom);
    const a = original?.referenceAmount;
    const b = conversion.referenceAmount;
    if (!original || a === undefined || b === undefined) continue;
    const gap = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    if (!(gap > CONVERSION_TOLERANCE)) continue;
    reporter.warn(
      'validate/conversion-mismatch',
      `"${original.text}" and its conversion "${conversion.text}" differ by ${(gap * 100).toFixed(0)}% at the configured rates ` +
        `(${a.toPrecision(4)} vs ${b.toPrecision(4)} ${conversion.referenceCurrency ?? ''})`.trimEnd(),
      at(conversion, original.start),
    );
  }
};

/** 涨1200%: a change beyond the limit is flagged for a second look. */
export const percentChangePlausible: ConsistencyCheck = (records, reporter) => {
  for (const record of records) {
    if (record.type !== 'percent') continue;
    const percent = record as PercentRecord;
    if (!percent.direction || percent.unit !== '%' || Math.abs(percent.value) <= PERCENT_CHANGE_LIMIT) continue;
    reporter.warn(
      'validate/percent-change-implausible',
      `"${percent.text}" is a change of ${percent.value}%, over ${PERCENT_CHANGE_LIMIT}%: check the figure`,
      at(percent),
    );
  }
};

/** The year a date value starts with (2025 of 2025-01-27), without a regex match per date. */
function yearOf(value: string): number | undefined {
  for (let i = 0; i < 4; i++) if (!isAsciiDigit(value.charCodeAt(i))) return undefined;
  return Number(value.slice(0, 4));
}

/**
 * A date more than 30 years from the anchor: when it was resolved against the anchor (a
 * year-less or relative date) that is a resolution error; an explicit date that far in the
 * future is a misread figure. Explicit dates in the past are history (1978年改革开放) and pass.
 */
export const dateNearAnchor: ConsistencyCheck = (records, reporter, ctx) => {
  const anchorYear = ctx.anchor ? yearOf(ctx.anchor.date) : undefined;
  if (anchorYear === undefined) return;
  for (const record of records) {
    if (record.type !== 'date') continue;
    const date = record as DateRecord;
    const year = date.value === undefined ? undefined : yearOf(date.value);
    if (year === undefined) continue;
    const distance = year - anchorYear;
    const resolved = date.anchor !== undefined;
    if (resolved ? Math.abs(distance) <= ANCHOR_DISTANCE_YEARS : distance <= ANCHOR_DISTANCE_YEARS) continue;
    reporter.warn(
      'validate/date-far-from-anchor',
      `"${date.text}" is read as ${date.value}, ${Math.abs(distance)} years from the article's date ${ctx.anchor!.date}`,
      at(date),
    );
  }
};

/** Every symbol has the shape of its market (600519.SH, 0700.HK, NVDA.US). */
export const securitySymbolWellFormed: ConsistencyCheck = (records, reporter) => {
  for (const record of records) {
    if (record.type !== 'security') continue;
    const security = record as SecurityRecord;
    const problem = symbolProblem(security.symbol);
    if (problem) {
      reporter.warn('validate/malformed-symbol', `security "${security.text}" has a malformed symbol: ${problem}`, at(security));
    }
  }
};

export const consistencyChecks: readonly ConsistencyCheck[] = [
  convertedPairAgrees,
  percentChangePlausible,
  dateNearAnchor,
  securitySymbolWellFormed,
];
