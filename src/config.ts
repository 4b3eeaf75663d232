import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { canonicalEncoding } from './load/encoding.ts';
import { gazetteerOption, resolveGazetteer } from './lexicon/user-gazetteer.ts';
import type { GazetteerEntry } from './lexicon/companies.ts';

const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

export const configSchema = z
  .object({
    /** Folder of articles to read. Relative paths are relative to the config file. */
    input: z.string().default('input'),
    /** Folder the outputs are written to. */
    output: z.string().default('output'),
    /** Input files read and hashed at once when a run starts. */
    concurrency: z.number().int().min(1).max(64).default(4),
    /**
     * Threads that extract, the main thread included (runs of 200 inputs or more): 'auto' is one
     * per core; 1, the default, keeps all work on the main thread.
     */
    workers: z.union([z.literal('auto'), z.number().int().min(1).max(64)]).optional(),
    /** Inputs larger than this are reported and skipped, not read. */
    maxFileBytes: z.number().int().positive().default(50 * 1024 * 1024),
    /** Anchor for relative dates when an article states no date of its own. */
    referenceDate: isoDate.optional(),
    /** Zone of dates that name none (Chinese sites publish in Beijing time). */
    timezone: z.string().default('Asia/Shanghai'),
    /** Money records also carry their value in this currency. */
    referenceCurrency: currencyCode.default('CNY'),
    /** Write output/report.html beside the tables (`--no-html` turns it off for one run). */
    html: z.boolean().default(true),
    fx: z
      .object({
        /** The date the rates are valid for: written beside every converted value. */
        asOf: isoDate,
        /** Units of the reference currency per one unit of each currency. */
        rates: z.record(currencyCode, z.number().positive()),
      })
      .default({ asOf: '2025-02-07', rates: {} }),
    /**
     * Encodings of inputs whose bytes mislead detection: a glob or path (relative to the input
     * folder; a pattern without `/` matches file names anywhere) → an encoding such as gb18030 or big5.
     */
    encodings: z
      .record(z.string(), z.string().refine((name) => canonicalEncoding(name) !== undefined, 'an encoding such as utf-8, gb18030 or big5'))
      .optional(),
    /**
     * Your own organizations, added to the built-in gazetteer: a JSON file of entries (relative
     * to the config file) or the entries inline, each `{ name, aliases?, kind?, security? }`.
     */
    gazetteer: gazetteerOption.optional(),
  })
  .strict();

export type ConfigInput = z.input<typeof configSchema>;
export type Config = Readonly<Omit<z.output<typeof configSchema>, 'gazetteer'>> & {
  readonly baseDir: string;
  readonly hash: string;
  /** The user's gazetteer entries, read and validated. */
  readonly gazetteer: readonly GazetteerEntry[];
};

/** Typed helper for `pipeline.config.ts`. */
export function defineConfig(config: ConfigInput): ConfigInput {
  return config;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates a raw configuration object; one clear message names every bad field. */
export function parseConfig(raw: unknown, baseDir: string): Config {
  const result = configSchema.safeParse(raw ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  let gazetteer: GazetteerEntry[];
  try {
    gazetteer = resolveGazetteer(result.data.gazetteer, baseDir);
  } catch (error) {
    throw new ConfigError(`invalid configuration: ${(error as Error).message}`);
  }
  const data = { ...result.data, gazetteer };
  const hash = createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
  return Object.freeze({ ...data, baseDir, hash });
}

/** Loads `pipeline.config.ts` (or the given file); without one, the defaults apply. */
export async function loadConfig(file?: string): Promise<Config> {
  const configPath = path.resolve(file ?? 'pipeline.config.ts');
  if (!existsSync(configPath)) {
    if (file) throw new ConfigError(`config file not found: ${configPath}`);
    return parseConfig({}, process.cwd());
  }
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(configPath).href)) as { default?: unknown };
  } catch (error) {
    throw new ConfigError(`cannot load config ${configPath}: ${(error as Error).message}`);
  }
  return parseConfig(module.default, path.dirname(configPath));
}

/** A configured path, resolved against the config file's folder. */
export function resolveConfigPath(config: Config, value: string): string {
  return path.resolve(config.baseDir, value);
}
