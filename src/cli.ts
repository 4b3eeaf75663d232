import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, parseConfig, resolveConfigPath, type Config } from './config.ts';
import { LockHeldError } from './run/lock.ts';
import { createLogger, type LogMode, type LogStream } from './run/logging.ts';
import { EXIT_CODES, MergeError, executeMerge, executeRun, type RunOptions } from './run/run.ts';
import { VERSION } from './run/version.ts';

const USAGE = `usage: npm run pipeline -- [options]
       npm run pipeline -- merge SHARD_OUTPUT_DIR... [--output DIR]

  --input DIR              folder of articles (default: the config's input)
  --output DIR             folder of outputs (default: the config's output)
  --config FILE            configuration file (default: pipeline.config.ts)
  --full                   re-extract every input, ignoring the state of earlier runs
  --dry-run                do everything but write: no outputs, no lock, no manifest
  --quiet                  no progress or log lines; the closing summary still prints
  --no-html                skip output/report.html for this run
  --log json|text          log format on stderr (default: a progress bar on a terminal, else json)
  --fail-on error|warning  exit 1 on error diagnostics (default) or on warnings too
  --reference-date DATE    anchor for relative dates when an article states none (YYYY-MM-DD)
  --lock-stale SECONDS     a lock not refreshed for this long is taken over (default 60)
  --shard I/N              process only the inputs of shard I (0-based) of N; merge the shards'
                           output folders afterwards with \`merge\`
  --help, --version

exit codes: 0 ok · 1 finished with failed inputs, failing diagnostics or no input · 2 usage or
configuration error · 3 another run holds the output folder's lock · 4 unexpected error`;

const OPTIONS = {
  input: { type: 'string' },
  output: { type: 'string' },
  config: { type: 'string' },
  full: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  'no-html': { type: 'boolean', default: false },
  log: { type: 'string' },
  'fail-on': { type: 'string', default: 'error' },
  'reference-date': { type: 'string' },
  'lock-stale': { type: 'string', default: '60' },
  shard: { type: 'string' },
  help: { type: 'boolean', default: false },
  version: { type: 'boolean', default: false },
} as const;

export interface CliIO {
  stdout: LogStream;
  stderr: LogStream & NodeJS.WritableStream;
  /** Whether stderr is a terminal: a progress bar there, JSON lines elsewhere. */
  isTTY: boolean;
}

class UsageError extends Error {
  override name = 'UsageError';
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
}

function parseShard(value: string | undefined): RunOptions['shard'] {
  if (value === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) throw new UsageError(`--shard must read I/N with 0 <= I < N, not "${value}"`);
  return { index, count };
}

function withReferenceDate(config: Config, referenceDate: string | undefined): Config {
  if (referenceDate === undefined) return config;
  const { baseDir, hash: _hash, ...settings } = config;
  return parseConfig({ ...settings, referenceDate }, baseDir);
}

function existingFolder(dir: string, what: string): string {
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    throw new UsageError(`${what} folder not found: ${dir}`);
  }
  if (!isFolder) throw new UsageError(`${what} is not a folder: ${dir}`);
  return dir;
}

/** The whole command: parses `argv` (without node and script), runs, returns the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const fail = (code: number, message: string) => {
    io.stderr.write(`newsgrid: ${message}\n`);
    return code;
  };
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
    const [command, ...shardDirs] = positionals;
    if (command !== undefined && command !== 'merge') throw new UsageError(`unknown command "${command}"`);
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT_CODES.ok;
    }
    if (values.version) {
      io.stdout.write(`${VERSION}\n`);
      return EXIT_CODES.ok;
    }
    const failOn = oneOf('fail-on', values['fail-on'], ['error', 'warning'] as const);
    const logFormat = values.log === undefined ? undefined : oneOf('log', values.log, ['json', 'text'] as const);
    const lockStaleSeconds = Number(values['lock-stale']);
    if (!(lockStaleSeconds >= 2)) throw new UsageError('--lock-stale must be a number of seconds, at least 2');
    const mode: LogMode = values.quiet ? 'quiet' : (logFormat ?? (io.isTTY ? 'progress' : 'json'));

    const config = withReferenceDate(await loadConfig(values.config), values['reference-date']);
    const outputDir = values.output ? path.resolve(values.output) : resolveConfigPath(config, config.output);
    const html = config.html && !values['no-html'];
    const common = { outputDir, dryRun: values['dry-run'], failOn, html, args: argv, lockStaleMs: lockStaleSeconds * 1000 };
    const logger = createLogger(mode, io.stderr);

    let report;
    if (command === 'merge') {
      if (shardDirs.length === 0) throw new UsageError('merge needs the output folders of the shard runs');
      report = await executeMerge({ ...common, shardDirs: shardDirs.map((dir) => existingFolder(path.resolve(dir), 'shard output')) }, logger);
    } else {
      const inputDir = existingFolder(values.input ? path.resolve(values.input) : resolveConfigPath(config, config.input), 'input');
      report = await executeRun({ ...common, inputDir, config, full: values.full, shard: parseShard(values.shard) }, logger);
    }
    io.stdout.write(`${report.summary}\n`);
    return report.exitCode;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof MergeError) return fail(EXIT_CODES.usage, `${error.message}\n\n${USAGE}`);
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) return fail(EXIT_CODES.usage, `${(error as Error).message}\n\n${USAGE}`);
    if (error instanceof LockHeldError) return fail(EXIT_CODES.locked, error.message);
    return fail(EXIT_CODES.internal, `unexpected error, the previous outputs are intact: ${(error as Error).stack ?? String(error)}`);
  }
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stderr.isTTY) }).then(
    (code) => (process.exitCode = code),
  );
}
