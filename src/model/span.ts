/** Half-open offsets into the article text: `text.slice(start, end) === span.text` always holds. */
export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export function spanText(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Rule ids read `dimension/lang/name`, e.g. `money/zh/amount-with-scale`. */
export type RuleId = `${string}/${string}/${string}`;
