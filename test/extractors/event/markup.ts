import type { AnyDraft, ExtractContext } from '../../../src/engine/extractor.ts';
import { articleFromText } from '../../../src/engine/snippet.ts';
import { scanText } from '../../../src/text/fold.ts';
import { Reporter } from '../../../src/model/diagnostic.ts';
import { eventRefiners } from '../../../src/extractors/event/index.ts';
import type { FieldsOf } from '../../../src/model/records.ts';

// [英伟达|org] [杭州深度求索人工智能公司|org=DeepSeek] [李泉|person] [300017.SZ|security=网宿科技]
// [1月31日|date=2025-01-31] [16.97%|percent] (value from the text, or […|percent=12]; below zero: down) [近6000亿美元|money] [1/30|ratio]
const MARK = /\[([^\]|]+)\|(org|person|security|date|money|percent|ratio)(?:=([^\]]+))?\]/g;

function draftOf(kind: string, text: string, value: string | undefined, start: number): AnyDraft {
  const end = start + text.length;
  const base = { start, end, rule: `test/markup/${kind}` as const, priority: 0 };
  switch (kind) {
    case 'org':
      return { ...base, type: 'organization', fields: { name: value ?? text, aliases: [] } };
    case 'person':
      return { ...base, type: 'person', fields: { name: value ?? text, aliases: [] } };
    case 'security':
      return { ...base, type: 'security', fields: { symbol: text, code: text.split('.')[0]!, name: value } };
    case 'date':
      return { ...base, type: 'date', fields: { value: value!, granularity: 'day' } };
    case 'money':
      return { ...base, type: 'money', fields: { amount: 1, amountExact: '1', currency: 'CNY' } };
    case 'percent': {
      const percent = Number(value ?? text.replace(/[^\d.-]/g, ''));
      return { ...base, type: 'percent', fields: { value: percent, unit: '%', ...(percent < 0 ? { direction: 'down' as const } : {}) } };
    }
    default:
      return { ...base, type: 'ratio', fields: { value: 0.1 } };
  }
}

/** The text without its marks, and the drafts the marks stand for, as other rules would give them. */
export function parseMarkup(markup: string): { text: string; drafts: AnyDraft[] } {
  const drafts: AnyDraft[] = [];
  let text = '';
  let cursor = 0;
  for (const m of markup.matchAll(MARK)) {
    text += markup.slice(cursor, m.index);
    drafts.push(draftOf(m[2]!, m[1]!, m[3], text.length));
    text += m[1]!;
    cursor = m.index + m[0].length;
  }
  return { text: text + markup.slice(cursor), drafts };
}

/** Runs the event pass alone over a marked-up text; returns each event's fields, text and rule. */
export function eventsOf(markup: string, publishedAt?: string) {
  const { text, drafts } = parseMarkup(markup);
  const article = articleFromText(text, publishedAt ? { publishedAt } : {}, 'marked');
  const ctx: ExtractContext = { article, scan: scanText(text, []), anchor: publishedAt ? { date: publishedAt, source: 'published' } : undefined };
  const reporter = new Reporter('normalize');
  const out = eventRefiners.reduce((acc, r) => r.refine(acc, ctx, reporter), drafts);
  return out
    .filter((d) => d.type === 'event')
    .map((d) => ({ ...(d.fields as FieldsOf<'event'>), text: text.slice(d.start, d.end), rule: d.rule }));
}
