import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { loadInput } from '../load/index.ts';
import { processArticle } from '../pipeline.ts';
import { parseGold } from './gold.ts';
import { scoreArticle, type ArticleScore } from './score.ts';

export interface GoldEvaluation {
  /** The gold file, as given or found. */
  gold: string;
  /** The article it points at, resolved. */
  article?: string;
  score?: ArticleScore;
  /** Why the file could not be scored (bad gold file, article that does not load). */
  error?: string;
  /** Load and pipeline diagnostics of warning or error severity, one line each. */
  problems: string[];
}

/** The `*.gold.json` files of a folder (not recursive), in a stable order. */
export async function listGoldFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((n) => n.endsWith('.gold.json'))
    .sort()
    .map((n) => path.join(dir, n));
}

/**
 * Loads one gold file, runs its article through the real loader and pipeline, and scores
 * the result. Never throws: a gold file that cannot be read or an article that does not load
 * comes back as `error`.
 */
export async function evaluateGold(goldPath: string, config: Config): Promise<GoldEvaluation> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(goldPath, 'utf8'));
  } catch (error) {
    return { gold: goldPath, error: `cannot read gold file: ${(error as Error).message}`, problems: [] };
  }
  const parsed = parseGold(raw);
  if ('error' in parsed) return { gold: goldPath, error: `invalid gold file: ${parsed.error}`, problems: [] };
  const { gold } = parsed;

  const absolute = path.resolve(path.dirname(goldPath), gold.article);
  let loaded;
  try {
    loaded = await loadInput({ absolute, relative: path.basename(absolute) }, config);
  } catch (error) {
    return { gold: goldPath, article: absolute, error: `the loader failed: ${(error as Error).message}`, problems: [] };
  }
  const problems = loaded.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity} ${d.code}: ${d.message}`);
  const article = loaded.articles[0];
  if (!article) {
    return { gold: goldPath, article: absolute, error: `the article gave no text to score${problems.length ? `: ${problems.join('; ')}` : ''}`, problems };
  }
  if (loaded.articles.length > 1) problems.push(`warning eval/many-articles: the input holds ${loaded.articles.length} articles; the first is scored`);

  const result = processArticle(article, config);
  for (const d of result.diagnostics) if (d.severity !== 'info') problems.push(`${d.severity} ${d.code}: ${d.message}`);
  const score = scoreArticle(gold, result.records, { ...article.meta });
  return { gold: goldPath, article: absolute, score, problems };
}
