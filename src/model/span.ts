/** Half-open offsets into the article text: a record's `text` is `article.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Rule ids read `dimension/lang/name`, e.g. `money/zh/amount-with-scale`. */
export type RuleId = `${string}/${string}/${string}`;
