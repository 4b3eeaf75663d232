import { loadConfig, resolveConfigPath, ConfigError } from './config.ts';
import { runPipeline } from './pipeline.ts';
import { writeOutputs } from './writers/index.ts';

async function main(): Promise<number> {
  const config = await loadConfig();
  const run = await runPipeline(resolveConfigPath(config, config.input), config);
  const files = await writeOutputs(run, resolveConfigPath(config, config.output), config);
  const records = run.inputs.reduce((n, i) => n + i.articles.reduce((m, a) => m + a.records.length, 0), 0);
  console.log(`newsgrid: ${run.inputs.length} inputs, ${records} records → ${files.join(', ')}`);
  return run.inputs.some((i) => i.status === 'failed') ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  },
);
