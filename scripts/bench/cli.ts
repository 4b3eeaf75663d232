import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { loadConfig, type Config } from '../../src/config.ts';
import { listInputs } from '../../src/load/index.ts';
import { MIN_INPUTS_FOR_WORKERS, extractingThreadsFor } from '../../src/parallel/pool.ts';
import { streamInputs, type InputResult, type StreamedRun } from '../../src/pipeline.ts';
import { VERSION, getRulesVersion } from '../../src/run/version.ts';
import { OutputWriter } from '../../src/writers/index.ts';
import { outcomeOf } from '../../src/writers/outcome.ts';
import { measureCeiling, type Ceiling } from './ceiling.ts';
import { measureWriteFloor, type WriteFloor } from './write-floor.ts';
import { generateCorpus } from './corpus.ts';
import { measureFloor } from './floor.ts';
import { MB, measurePhase, type PhaseFigures, type ThreadFigures } from './measure.ts';
import { profileRules, type RuleCost } from './rules.ts';

/** Articles the rule profile keeps in memory and runs each rule over. */
const RULE_PROFILE_ARTICLES = 1000;
/** Rules printed by --rules (all of them go into --json). */
const RULES_SHOWN = 15;

const USAGE = `usage: npm run bench -- [--articles N] [--json] [--workers K|auto] [--ceiling] [--v8-flags-with-threads F] [--rules] [--seed S] [--samples DIR]...

Generates N varied articles (default 10000) from the sample articles, then measures in one
process: the floor (read + ten regular expressions), extraction (load → validate), the
whole pipeline (load → every output, results streamed to the writers) and the write floor
(the pipeline's output encoded, deflated as report.xlsx is, and written again).
  --workers K   threads that extract, the main thread included, or auto (one per core): then
                extraction is measured on one thread and on K, and the pipeline runs on K
                (default 1, as the config's; runs under ${MIN_INPUTS_FOR_WORKERS} inputs use one)
  --ceiling     with K threads, also what K threads can give at best: extraction by one fresh
                worker thread, then by K, each sending back only a count (no results cross)
  --v8-flags-with-threads=F
                V8 switches away from their defaults (such as --no-parallel-scavenge, space-
                separated) that hold while K threads extract (the extraction with K and the
                ceiling) and are turned back after: to try whether one pays on this machine
  --rules       also time each rule and refiner alone over the first ${RULE_PROFILE_ARTICLES} articles
  --json        print the figures as JSON`;

type Stage = 'load' | 'extract' | 'normalize' | 'enrich' | 'validate' | 'write';

interface RunFigures extends PhaseFigures, StreamedRun {
  records: number;
  failedInputs: number;
  /** Milliseconds per stage summed over articles (with workers: thread time); see runFigures. */
  stages: Partial<Record<Stage, number>>;
  /** Wall time over the floor's wall time: how many floors the run costs. */
  floorRatio: number;
}

interface StageTotals {
  records: number;
  failedInputs: number;
  loadMs: number;
  stages: Record<Exclude<Stage, 'load' | 'write'>, number>;
}

function tally(): { totals: StageTotals; onInputDone: (result: InputResult) => void } {
  const totals: StageTotals = { records: 0, failedInputs: 0, loadMs: 0, stages: { extract: 0, normalize: 0, enrich: 0, validate: 0 } };
  return {
    totals,
    onInputDone(result) {
      if (result.status === 'failed') totals.failedInputs++;
      totals.loadMs += result.loadMs ?? 0;
      for (const article of result.articles) {
        totals.records += article.records.length;
        for (const stage of Object.keys(totals.stages) as (keyof StageTotals['stages'])[]) {
          totals.stages[stage] += article.timings[stage];
        }
      }
    },
  };
}

/**
 * The run's figures. Without `writeMs` (extraction), `load` is the wall time the other stages
 * leave on one thread, the inputs' own load time with several. With it (the streamed pipeline),
 * `write` is the wall time spent in the writers, during which inputs keep loading: no `load`.
 */
function runFigures(phase: { result: StreamedRun; figures: PhaseFigures }, totals: StageTotals, floorMs: number, writeMs?: number): RunFigures {
  const { figures } = phase;
  const stageSum = Object.values(totals.stages).reduce((a, b) => a + b, 0);
  const load = phase.result.threads > 1 ? totals.loadMs : Math.max(0, figures.ms - stageSum);
  return {
    ...figures,
    ...phase.result,
    records: totals.records,
    failedInputs: totals.failedInputs,
    stages: writeMs === undefined ? { load, ...totals.stages } : { ...totals.stages, write: writeMs },
    floorRatio: figures.ms / floorMs,
  };
}

/**
 * Runs work with the given V8 switches set, then turns each back (`--no-x` ↔ `--x`, so a switch
 * must be one away from V8's default): V8 flags hold for the whole process, and the one-thread
 * runs must keep the defaults.
 */
function flagsWhile(flags: readonly string[]): <T>(work: () => Promise<T>) => Promise<T> {
  const switches = flags.filter((flag) => /^--[a-z][a-z0-9-]*$/.test(flag));
  if (switches.length !== flags.length) throw new Error(`--v8-flags-with-threads takes on/off switches only (--x or --no-x), not ${flags.join(' ')}`);
  const back = (flag: string) => (flag.startsWith('--no-') ? `--${flag.slice(5)}` : `--no-${flag.slice(2)}`);
  return async (work) => {
    for (const flag of switches) v8.setFlagsFromString(flag);
    try {
      return await work();
    } finally {
      for (const flag of switches) v8.setFlagsFromString(back(flag));
    }
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      json: { type: 'boolean', default: false },
      workers: { type: 'string', default: '1' },
      seed: { type: 'string', default: '20250207' },
      samples: { type: 'string', multiple: true },
      rules: { type: 'boolean', default: false },
      ceiling: { type: 'boolean', default: false },
      'v8-flags-with-threads': { type: 'string', default: '' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const articles = Number(values.articles);
  const workers: Config['workers'] = values.workers === 'auto' ? 'auto' : Number(values.workers);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1 || (workers !== 'auto' && !(Number.isInteger(workers) && workers >= 1)) || !Number.isInteger(seed)) {
    console.error(USAGE);
    return 2;
  }
  const log = values.json ? () => {} : (line: string) => console.error(line);

  const baseConfig = await loadConfig();
  const sampleDirs = values.samples ?? ['input', 'test/fixtures'].map((dir) => path.resolve(baseConfig.baseDir, dir));
  log(`generating ${articles} articles…`);
  const corpus = await generateCorpus({ articles, seed, sampleDirs });
  log(`corpus: ${corpus.dir} (${(corpus.bytes / MB).toFixed(1)} MB from ${corpus.samples.length} samples)`);
  const outputDir = await mkdtemp(path.join(os.tmpdir(), 'newsgrid-bench-out-'));
  const config: Config = { ...baseConfig, input: corpus.dir, output: outputDir, workers };

  try {
    log('floor: read + ten expressions…');
    const floor = await measurePhase(articles, corpus.bytes, () => measureFloor(corpus.dir, config.concurrency));

    const inputCount = (await listInputs(corpus.dir)).length;
    // Results are counted and dropped, as a streaming writer would: extraction's own memory.
    const measureExtraction = async (threads: number) => {
      log(`extraction: load → validate, ${threads === 1 ? 'one thread' : `${threads} threads`}…`);
      const extractionTally = tally();
      // No forced collection first: one leaves V8's old-generation limit just above what is live,
      // and the extraction after it ran 26 mark-compacts on the main thread instead of 5 (with
      // two threads: 1.13–1.19× the one-thread rate instead of 1.25–1.45×). A real run never forces one.
      const extraction = await measurePhase(
        articles,
        corpus.bytes,
        async () => streamInputs(await listInputs(corpus.dir), { ...config, workers: threads }, extractionTally.onInputDone),
        { collectFirst: false },
      );
      return runFigures(extraction, extractionTally.totals, floor.figures.ms);
    };
    const extraction = await measureExtraction(1);
    const threads = extractingThreadsFor(inputCount, config);
    const withThreadFlags = flagsWhile(values['v8-flags-with-threads'].split(/\s+/).filter(Boolean));
    const parallel = threads > 1 ? await withThreadFlags(() => measureExtraction(threads)) : undefined;
    // The issue's measure of the pool: its wall-clock rate over the one-thread rate, and what that costs in CPU.
    const parallelExtraction: ParallelFigures | undefined = parallel && {
      ...parallel,
      speedup: extraction.ms / parallel.ms,
      cpuRatio: parallel.cpuMs / extraction.cpuMs,
    };

    let ceiling: Ceiling | undefined;
    if (values.ceiling && threads > 1) {
      log(`ceiling: extraction by one fresh worker thread, then by ${threads}, no results crossing…`);
      ceiling = await withThreadFlags(() => measureCeiling(corpus.dir, corpus.bytes, threads, config));
    }

    log('pipeline: load → every output…');
    // Streamed as a scheduled run should: each input's outcome goes to the writers as it is done.
    const pipelineTally = tally();
    let writeMs = 0;
    let outputs: string[] = [];
    let rssBeforeFinishMb = 0;
    const timedWrite = async <T>(work: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      try {
        return await work();
      } finally {
        writeMs += performance.now() - started;
      }
    };
    const pipeline = await measurePhase(articles, corpus.bytes, async () => {
      const startedAt = new Date().toISOString();
      const writer = await OutputWriter.open(outputDir);
      const streamed = await streamInputs(await listInputs(corpus.dir), config, (result) => {
        pipelineTally.onInputDone(result);
        return timedWrite(async () => {
          await writer.add(outcomeOf(result));
        });
      });
      const run = { version: VERSION, configHash: config.hash, rulesVersion: getRulesVersion(), startedAt, finishedAt: new Date().toISOString() };
      // Where memory goes: what streaming the inputs holds, then what finishing the files adds.
      rssBeforeFinishMb = process.memoryUsage.rss() / MB;
      outputs = (await timedWrite(() => writer.finish(run))).files.map((file) => file.name);
      return streamed;
    });

    let rules: RuleCost[] | undefined;
    if (values.rules) {
      log('rules: each rule on its own…');
      rules = await profileRules(corpus.dir, config, Math.min(articles, RULE_PROFILE_ARTICLES));
    }

    // Last: reading the output back churns the heap, and the rule profile after it would count that churn's collections.
    log('write floor: the same output encoded, deflated and written again…');
    const writeFloor = await measureWriteFloor(outputDir);

    const report = {
      machine: { cores: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version },
      corpus: { articles, mb: corpus.bytes / MB, samples: corpus.samples.length, seed, dir: corpus.dir },
      workers,
      threads,
      v8FlagsWithThreads: values['v8-flags-with-threads'] || undefined,
      floor: { ...floor.figures, hits: floor.result.hits },
      extraction,
      parallelExtraction,
      ceiling,
      pipeline: { ...runFigures(pipeline, pipelineTally.totals, floor.figures.ms, writeMs), rssBeforeFinishMb, outputs },
      writeFloor: { ...writeFloor, writeStageRatio: writeMs / writeFloor.ms },
      processPeakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
      rules,
    };
    if (values.json) console.log(JSON.stringify(report, null, 2));
    else console.log(formatReport(report));
    return 0;
  } finally {
    await rm(outputDir, { recursive: true, force: true });
  }
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

function formatRun(name: string, run: RunFigures): string[] {
  const stages = Object.entries(run.stages)
    .map(([stage, ms]) => `${stage} ${fixed(ms / 1000, 2)}s`)
    .join(', ');
  return [
    `${name.padEnd(11)} ${fixed(run.articlesPerSecond, 0).padStart(7)} articles/s ${fixed(run.mbPerSecond, 2).padStart(7)} MB/s  ` +
      `${fixed(run.ms / 1000, 2)}s  cpu ${fixed(run.cpuMs / 1000, 2)}s (${fixed(run.mbPerCpuSecond, 2)} MB/cpu-s)  ${fixed(run.floorRatio, 2)}× floor  peak RSS ${fixed(run.peakRssMb, 0)} MB  ${run.records} records` +
      (run.failedInputs ? `  ${run.failedInputs} failed inputs` : '') +
      `  other processes busy ${fixed(run.otherProcessesCores, 2)} cores`,
    `            stages${run.threads > 1 ? ` (thread time; ${run.inWorkerThreads} inputs extracted in worker threads)` : ''}: ${stages}`,
    ...(run.cpuByThread ? [formatCpuByThread(run.cpuByThread, run.threads)] : []),
  ];
}

/** Where a run spent its CPU, by thread, and how long the main thread waited (for worker threads' results). */
function formatCpuByThread(cpu: ThreadFigures, threads: number): string {
  return (
    `            cpu by thread: main ${fixed(cpu.mainMs / 1000, 2)}s (event loop idle ${fixed(cpu.mainIdleMs / 1000, 2)}s), ` +
    (threads > 1 ? `worker threads ${fixed(cpu.startedMs / 1000, 2)}s, ` : '') +
    `V8 and libuv background threads ${fixed(cpu.backgroundMs / 1000, 2)}s`
  );
}

/** How much the threads gave over one: the issue asks for 1.4× on both cores. */
function formatSpeedup(parallel: ParallelFigures, v8Flags: string | undefined): string {
  return (
    `            ${parallel.threads} threads: ${fixed(parallel.speedup, 2)}× the one-thread rate for ${fixed(parallel.cpuRatio, 2)}× its CPU` +
    (v8Flags ? ` (V8 flags while threads ran: ${v8Flags})` : '')
  );
}

/** The pool's speed-up at best (see measureCeiling), with what each run cost. */
function formatCeiling(ceiling: Ceiling): string {
  const run = (figures: Ceiling['one']) => `${fixed(figures.ms / 1000, 2)}s cpu ${fixed(figures.cpuMs / 1000, 2)}s`;
  return (
    `ceiling     ${ceiling.threads} threads with nothing crossing: ${fixed(ceiling.speedup, 2)}× the one-thread rate for ${fixed(ceiling.cpuRatio, 2)}× its CPU ` +
    `(one thread ${run(ceiling.one)}, ${ceiling.threads} threads ${run(ceiling.many)}; other processes busy ${fixed(ceiling.many.otherProcessesCores, 2)} cores)`
  );
}

interface ParallelFigures extends RunFigures {
  speedup: number;
  cpuRatio: number;
}

function formatReport(report: {
  machine: { cores: number; cpu: string; node: string };
  corpus: { articles: number; mb: number; samples: number; seed: number };
  workers: Config['workers'];
  v8FlagsWithThreads?: string;
  floor: PhaseFigures & { hits: number };
  extraction: RunFigures;
  parallelExtraction?: ParallelFigures;
  ceiling?: Ceiling;
  pipeline: RunFigures & { rssBeforeFinishMb: number; outputs: string[] };
  writeFloor: WriteFloor & { writeStageRatio: number };
  processPeakRssMb: number;
  rules?: RuleCost[];
}): string {
  const { floor, parallelExtraction: parallel, ceiling, writeFloor } = report;
  return [
    `newsgrid bench: ${report.corpus.articles} articles, ${fixed(report.corpus.mb)} MB (seed ${report.corpus.seed}, ${report.corpus.samples} samples); ` +
      `${report.machine.cores} cores (${report.machine.cpu}), node ${report.machine.node}, workers ${report.workers}`,
    `floor       ${fixed(floor.articlesPerSecond, 0).padStart(7)} articles/s ${fixed(floor.mbPerSecond, 2).padStart(7)} MB/s  ` +
      `${fixed(floor.ms / 1000, 2)}s  cpu ${fixed(floor.cpuMs / 1000, 2)}s (${fixed(floor.mbPerCpuSecond, 2)} MB/cpu-s)  ${floor.hits} hits  peak RSS ${fixed(floor.peakRssMb, 0)} MB`,
    ...formatRun('extraction', report.extraction),
    ...(parallel ? [...formatRun(`extraction×${parallel.threads}`, parallel), formatSpeedup(parallel, report.v8FlagsWithThreads)] : []),
    ...(ceiling ? [formatCeiling(ceiling)] : []),
    ...formatRun('pipeline', report.pipeline),
    `write floor ${fixed(writeFloor.textBytes / MB, 0)} MB of text and ${fixed(writeFloor.workbookXmlBytes / MB, 0)} MB of workbook XML (deflated) encoded and written again: ` +
      `${fixed(writeFloor.ms / 1000, 2)}s; the write stage took ${fixed(writeFloor.writeStageRatio, 2)}× that`,
    `outputs: ${report.pipeline.outputs.join(', ')}`,
    `RSS when every input was written, before the files were finished: ${fixed(report.pipeline.rssBeforeFinishMb, 0)} MB; process peak RSS ${fixed(report.processPeakRssMb, 0)} MB`,
    ...(report.rules ? formatRules(report.rules, Math.min(report.corpus.articles, RULE_PROFILE_ARTICLES)) : []),
  ].join('\n');
}

function formatRules(rules: RuleCost[], articles: number): string[] {
  const total = rules.reduce((sum, rule) => sum + rule.ms, 0);
  return [
    `rules and refiners, costliest first (each alone over the first ${articles} articles; all: ${fixed(total / 1000, 2)}s):`,
    ...rules
      .slice(0, RULES_SHOWN)
      .map(
        (rule) =>
          `  ${rule.id.padEnd(44)} ${fixed(rule.ms, 0).padStart(6)} cpu-ms ${fixed((100 * rule.ms) / total, 1).padStart(5)}%  ` +
          `${fixed(rule.mbPerSecond, 1).padStart(8)} MB/cpu-s alone  ${rule.drafts} drafts`,
      ),
  ];
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
