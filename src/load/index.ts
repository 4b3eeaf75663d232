import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import type { Article, LoadResult } from '../model/article.ts';
import { Reporter } from '../model/diagnostic.ts';
import { splitSentences } from '../text/sentences.ts';

export interface InputFile {
  /** Absolute path. */
  absolute: string;
  /** Relative to the input folder, forward slashes: the name diagnostics use. */
  relative: string;
}

/** Every file below the folder, in a stable order; hidden files and SOURCES.md are skipped. */
export async function listInputs(inputDir: string): Promise<InputFile[]> {
  const entries = await readdir(inputDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && e.name !== 'SOURCES.md')
    .map((e) => {
      const absolute = path.join(e.parentPath, e.name);
      return { absolute, relative: path.relative(inputDir, absolute).split(path.sep).join('/') };
    })
    .sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/** An article id from the file name: stable, readable, safe in a CSV cell. */
export function articleIdFor(relative: string): string {
  return relative.replace(/\.[^./]+$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-');
}

export async function loadInput(file: InputFile, config: Config): Promise<LoadResult> {
  const reporter = new Reporter('load', { path: file.relative });
  let bytes: Buffer;
  try {
    bytes = await readFile(file.absolute);
  } catch (error) {
    reporter.error('load/unreadable', `cannot read ${file.relative}: ${(error as Error).message}`);
    return { path: file.relative, articles: [], diagnostics: reporter.diagnostics };
  }
  void config;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = bytes.toString('utf8');
  const article: Article = {
    id: articleIdFor(file.relative),
    path: file.relative,
    format: 'text',
    encoding: 'utf-8',
    text,
    meta: { authors: [] },
    boilerplate: [],
    structure: [],
    sentences: splitSentences(text),
    sha256,
    bytes: bytes.length,
  };
  return { path: file.relative, sha256, bytes: bytes.length, encoding: 'utf-8', articles: [article], diagnostics: reporter.diagnostics };
}
