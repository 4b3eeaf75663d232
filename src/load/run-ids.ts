import { Reporter } from '../model/diagnostic.ts';
import type { ArticleResult, InputResult } from '../pipeline.ts';

/**
 * Keeps article ids unique within a run. File ids are unique from the listing; what can still
 * clash is an id a feed states (two feeds both numbering items `1`) or a feed item's numbered id
 * meeting a file's name (`wire.jsonl` line 2 and `wire-2.txt`). Inputs are claimed in input
 * order: the first keeps its id, a later one gets a suffix, as repeated ids within a feed do.
 */
export class RunIds {
  private readonly owners = new Map<string, string>();

  claim(input: InputResult): void {
    const reporter = new Reporter('load', { path: input.load.path });
    for (const result of input.articles) {
      const id = result.article.id;
      const owner = this.owners.get(id);
      if (owner === undefined) {
        this.owners.set(id, input.load.path);
        continue;
      }
      let n = 2;
      while (this.owners.has(`${id}-${n}`)) n++;
      const unique = `${id}-${n}`;
      this.owners.set(unique, input.load.path);
      renameArticle(result, unique);
      reporter.warn('load/duplicate-id', `${input.load.path}: article id "${id}" is already used by ${owner}; this one is "${unique}"`);
    }
    input.load.diagnostics.push(...reporter.diagnostics);
  }
}

/** Gives a processed article a new id, in its records (and their links to each other) and diagnostics. */
function renameArticle(result: ArticleResult, id: string): void {
  const prefix = `${result.article.id}#`;
  const renamed = (recordId: string) => (recordId.startsWith(prefix) ? `${id}#${recordId.slice(prefix.length)}` : recordId);
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.articleId === result.article.id) diagnostic.articleId = id;
  }
  for (const record of result.records) {
    record.id = renamed(record.id);
    record.articleId = id;
    if (record.type === 'event') record.figures = record.figures.map(renamed);
  }
  result.article.id = id;
}
