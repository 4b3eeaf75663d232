import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { formatReport, reportJson } from './report.ts';
import { evaluateGold, listGoldFiles } from './run.ts';
import { sumScores, type ArticleScore } from './score.ts';

const USAGE = `usage: npm run eval -- --gold DIR [--article FILE] [--json] [--verbose] [--config FILE]

  --gold DIR       folder of *.gold.json files (see ../shared/gold/FORMAT.md)
  --article FILE   score only the gold file of this article (or this *.gold.json file)
  --json           print the figures as JSON
  --verbose        list false negatives, false positives, wrong attributes and diagnostics
  --config FILE    pipeline configuration (default pipeline.config.ts)

Exit 0 after measuring (whatever the figures), 2 on a usage or configuration error.`;

class UsageError extends Error {}

/** `report.html` and `report.gold.json` both name `report`. */
function stem(file: string): string {
  const base = path.basename(file);
  return base.endsWith('.gold.json') ? base.slice(0, -'.gold.json'.length) : base.replace(/\.[^.]+$/, '');
}

async function goldFiles(goldDir: string | undefined, article: string | undefined): Promise<string[]> {
  if (article?.endsWith('.gold.json')) return [article];
  if (!goldDir) throw new UsageError('--gold DIR is required');
  let files: string[];
  try {
    files = await listGoldFiles(goldDir);
  } catch (error) {
    throw new UsageError(`cannot read gold folder ${goldDir}: ${(error as Error).message}`);
  }
  if (article) files = files.filter((f) => stem(f) === stem(article));
  if (files.length === 0) throw new UsageError(`no *.gold.json file${article ? ` for ${article}` : ''} in ${goldDir}`);
  return files;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        gold: { type: 'string' },
        article: { type: 'string' },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        config: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const files = await goldFiles(values.gold, values.article);
  const config = await loadConfig(values.config);
  const evaluations = [];
  for (const file of files) evaluations.push(await evaluateGold(file, config));
  const total = sumScores(evaluations.flatMap((e) => (e.score ? [e.score] : [])) as ArticleScore[]);
  if (values.json) console.log(JSON.stringify(reportJson(evaluations, total, values.verbose), null, 2));
  else console.log(formatReport(evaluations, total, values.verbose));
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(`eval: ${error.message}`);
      if (error instanceof UsageError) console.error(USAGE);
      process.exitCode = 2;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  },
);
