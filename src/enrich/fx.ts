import type { AnyDraft, Draft, ExtractContext } from '../engine/extractor.ts';
import type { Config } from '../config.ts';
import type { Reporter } from '../model/diagnostic.ts';
import { recordId } from '../validate/index.ts';

/**
 * What may stand between an amount and its conversion: 近6000亿美元(约合4.3万亿元人民币),
 * 100亿港元，折合约91亿元, $1.2 billion (about RMB 8.7 billion). The conversion's own span
 * may or may not include 约合; either way the gap is only brackets, commas and such words.
 */
const CONVERSION_GAP =
  /^[\s,，]*[(（]?\s*(?:约合|折合|相当于|合|约|即|about|approximately|roughly|around|or|equivalent to)?\s*(?:约|about)?\s*$/iu;
/** The longest gap worth testing; a real conversion sits right after its amount. */
const MAX_GAP = 12;

type MoneyDraft = Draft<'money'>;

/**
 * The value of an amount in the reference currency. The configured table gives units of the
 * reference currency per unit of each currency; dividing by the reference currency's own rate
 * keeps the result right when a table of another base is used with a different reference.
 */
function fxRate(currency: string, config: Config): number | undefined {
  const reference = config.referenceCurrency;
  if (currency === reference) return 1;
  const rates = config.fx.rates;
  const rate = rates[currency];
  if (rate === undefined) return undefined;
  return rate / (rates[reference] ?? 1);
}

/**
 * Gives every money draft its value in the reference currency (referenceAmount, fxRate, fxAsOf),
 * warning once per article about each currency the table lacks; then links a conversion to the
 * amount it converts (`convertedFrom`, the id validation will stamp on that amount).
 */
export function enrichFx(drafts: AnyDraft[], ctx: ExtractContext, config: Config, reporter: Reporter): void {
  const money = drafts.filter((d): d is MoneyDraft => d.type === 'money').sort((a, b) => a.start - b.start);
  const warned = new Set<string>();
  for (const draft of money) {
    const { fields } = draft;
    const rate = fxRate(fields.currency, config);
    if (rate === undefined) {
      if (!warned.has(fields.currency)) {
        warned.add(fields.currency);
        reporter.warn(
          'enrich/fx-rate-missing',
          `no ${fields.currency}→${config.referenceCurrency} rate in the fx table of the configuration: ${fields.currency} amounts have no reference value`,
          { span: { start: draft.start, end: draft.end }, rule: draft.rule },
        );
      }
      continue;
    }
    fields.referenceAmount = fields.amount * rate;
    fields.referenceCurrency = config.referenceCurrency;
    fields.fxRate = rate;
    fields.fxAsOf = config.fx.asOf;
  }
  linkConversions(money, ctx);
}

function linkConversions(money: readonly MoneyDraft[], ctx: ExtractContext): void {
  for (let i = 1; i < money.length; i++) {
    const original = money[i - 1]!;
    const conversion = money[i]!;
    if (conversion.fields.currency === original.fields.currency) continue;
    if (conversion.start < original.end || conversion.start - original.end > MAX_GAP) continue;
    if (!CONVERSION_GAP.test(ctx.scan.slice(original.end, conversion.start))) continue;
    conversion.fields.convertedFrom = recordId(ctx.article.id, 'money', original.start, original.end);
  }
}
