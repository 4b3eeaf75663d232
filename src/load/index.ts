import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import type { Article, LoadResult } from '../model/article.ts';
import { Reporter } from '../model/diagnostic.ts';
import { buildArticle, idSafe } from './build.ts';
import { decodeBytes, utf16WithoutBom } from './encoding.ts';
import { jsonArticles, jsonlArticles, xmlFeedArticles, type FeedFile } from './feed.ts';
import { extractHtml } from './html.ts';
import { textArticle } from './text.ts';
import { hexDigest } from '../text/digest.ts';

export interface InputFile {
  /** Absolute path. */
  absolute: string;
  /** Relative to the input folder, forward slashes: the name diagnostics use. */
  relative: string;
  /** The article id, unique among the files of the listing; derived from `relative` when absent. */
  id?: string;
  /** Why a listed entry is not read (a link to a folder already read); reported by `loadInput`. */
  notRead?: string;
}

type Kind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'xml';

const KINDS: Record<string, Kind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'xml',
  '.rss': 'xml',
  '.atom': 'xml',
};

/** File signatures of formats that are never articles, checked before any decoding. */
const MAGIC_NUMBERS: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or XLSX/DOCX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];
const BINARY_PROBE_BYTES = 8192;

interface Folder {
  absolute: string;
  /** The folder's real path, to follow every linked folder once and never round a loop. */
  real: string;
}

/**
 * Every input below the folder, in a stable order; hidden files and SOURCES.md are skipped.
 * Links to folders are followed, each real folder once: a link back to a folder already read
 * (a loop, or a second way in) is listed with the reason, so the run reports it. Links to
 * files are listed too, so a broken one is reported rather than silently missing.
 */
export async function listInputs(inputDir: string): Promise<InputFile[]> {
  const listed: InputFile[] = [];
  const relativeOf = (absolute: string) => path.relative(inputDir, absolute).split(path.sep).join('/');
  const read = new Set<string>();
  const linkedFolders: Folder[] = [];
  // Real folders first, so a link into the input itself never claims files before their own path does.
  const walk = async (folder: Folder): Promise<void> => {
    read.add(folder.real);
    // Sorted, so which of two links to one folder is read does not depend on the file system.
    const entries = (await readdir(folder.absolute, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(folder.absolute, entry.name);
      if (entry.isDirectory()) {
        await walk({ absolute, real: path.join(folder.real, entry.name) });
      } else if (entry.isSymbolicLink() && (await isFolder(absolute))) {
        linkedFolders.push({ absolute, real: await realpath(absolute) });
      } else if ((entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.') && entry.name !== 'SOURCES.md') {
        listed.push({ absolute, relative: relativeOf(absolute) });
      }
    }
  };
  await walk({ absolute: inputDir, real: await realpath(inputDir) });
  for (let i = 0; i < linkedFolders.length; i++) {
    const link = linkedFolders[i]!;
    if (read.has(link.real)) {
      listed.push({ absolute: link.absolute, relative: relativeOf(link.absolute), notRead: `a link to the folder ${link.real}, which is already read` });
      continue;
    }
    try {
      await walk(link);
    } catch (error) {
      listed.push({ absolute: link.absolute, relative: relativeOf(link.absolute), notRead: `a link to a folder that cannot be listed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
    }
  }
  listed.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return withUniqueIds(listed);
}

async function isFolder(absolute: string): Promise<boolean> {
  try {
    return (await stat(absolute)).isDirectory();
  } catch {
    return false;
  }
}

/** An article id from the file name: stable, readable, safe in a CSV cell. */
export function articleIdFor(relative: string): string {
  return idSafe(relative.replace(/\.[^./]+$/, ''));
}

/**
 * Ids unique among the files: the name without its extension, as ever, unless another file
 * shares it (`a.txt` and `a.html` become `a.txt` and `a.html`); names that differ only in
 * characters an id cannot hold also get a short hash of their path.
 */
function withUniqueIds(files: InputFile[]): InputFile[] {
  const countOf = (ids: readonly string[]) => ids.reduce((counts, id) => counts.set(id, (counts.get(id) ?? 0) + 1), new Map<string, number>());
  const bare = files.map((file) => articleIdFor(file.relative));
  const bareCounts = countOf(bare);
  const ids = files.map((file, i) => (bareCounts.get(bare[i]!)! > 1 ? idSafe(file.relative) : bare[i]!));
  const counts = countOf(ids);
  return files.map((file, i) => {
    const id = ids[i]!;
    return { ...file, id: counts.get(id)! > 1 ? `${id}-${hexDigest('sha1', file.relative).slice(0, 6)}` : id };
  });
}

/** A glob (`*`, `**`, `?`) as a regular expression over forward-slash paths. */
function globPattern(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The configured encoding for this input: the first `encodings` entry whose glob or path matches. */
export function encodingOverride(relative: string, encodings: Readonly<Record<string, string>> | undefined): string | undefined {
  if (!encodings) return undefined;
  const base = relative.slice(relative.lastIndexOf('/') + 1);
  for (const [pattern, encoding] of Object.entries(encodings)) {
    const normalised = pattern.replace(/^\.\//, '');
    // A pattern without a folder part applies to the file name wherever the file sits.
    const subject = normalised.includes('/') ? relative : base;
    if (normalised === relative || globPattern(normalised).test(subject)) return encoding;
  }
  return undefined;
}

function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, signature] of MAGIC_NUMBERS) {
    if (signature.every((b, i) => bytes[i] === b)) return name;
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || utf16WithoutBom(bytes) !== undefined;
  if (!utf16 && bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return 'binary data (NUL bytes)';
  return undefined;
}

type WholeFile =
  | { kind: 'read'; bytes: Buffer }
  | { kind: 'unopened'; code: string }
  | { kind: 'not-a-file'; directory: boolean }
  | { kind: 'unread'; code: string }
  | { kind: 'too-large'; size: number };

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** Files up to this size are read into one buffer kept for the next read, not a fresh one each. */
const REUSED_READ_BYTES = 1 << 20;
let reusedRead: Buffer | undefined;

/**
 * A buffer for a file of `size` bytes. A small file's bytes go into the buffer the previous read
 * used: `loadInput` uses the bytes only synchronously, turning them into strings before it returns.
 */
function readBuffer(size: number): Buffer {
  if (size > REUSED_READ_BYTES) return Buffer.allocUnsafe(size);
  if (!reusedRead || reusedRead.length < size) reusedRead = Buffer.allocUnsafeSlow(Math.min(REUSED_READ_BYTES, Math.max(size, 64 * 1024)));
  return reusedRead.subarray(0, size);
}

/**
 * The whole file in one read of its size, through one descriptor: synchronous, since for a
 * small file the promise round trips cost several times the read itself. Opened without
 * blocking, so a FIFO is reported rather than waited on; the size is checked before reading,
 * so a huge file is never loaded into memory.
 */
function readWhole(absolute: string, maxBytes: number): WholeFile {
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (openError) {
    // The path itself may be fine and only reading refused (no permission): say which.
    try {
      const stats = statSync(absolute);
      return stats.isFile() ? { kind: 'unread', code: errorCode(openError) } : { kind: 'not-a-file', directory: stats.isDirectory() };
    } catch (statError) {
      return { kind: 'unopened', code: errorCode(statError) };
    }
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'not-a-file', directory: stats.isDirectory() };
    if (stats.size > maxBytes) return { kind: 'too-large', size: stats.size };
    const bytes = readBuffer(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const got = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (got === 0) break; // the file shrank since fstat
      filled += got;
    }
    return { kind: 'read', bytes: filled < bytes.length ? bytes.subarray(0, filled) : bytes };
  } catch (error) {
    return { kind: 'unread', code: errorCode(error) };
  } finally {
    closeSync(fd);
  }
}

/** What `loadInput` returns: the input's articles (none unless given) and the diagnostics reported so far. */
function loadResult(file: InputFile, reporter: Reporter, extra: Partial<LoadResult> = {}): LoadResult {
  return { path: file.relative, articles: [], ...extra, diagnostics: reporter.diagnostics };
}

/**
 * Reads one input into zero or more articles. Never throws: every problem (unreadable, too
 * large, empty, binary, mis-encoded, malformed JSON, unknown format) is a diagnostic.
 */
export async function loadInput(file: InputFile, config: Config): Promise<LoadResult> {
  const reporter = new Reporter('load', { path: file.relative });
  if (file.notRead) {
    reporter.warn('load/folder-link', `${file.relative}: ${file.notRead}; not read again`);
    return loadResult(file, reporter);
  }
  const kind = KINDS[path.extname(file.relative).toLowerCase()];
  if (!kind) {
    reporter.warn('load/unsupported', `${file.relative}: not an article format this tool reads (.txt, .md, .html, .json, .jsonl, .xml); skipped`);
    return loadResult(file, reporter);
  }

  const read = readWhole(file.absolute, config.maxFileBytes);
  if (read.kind === 'unopened') {
    reporter.error('load/unreadable', `${file.relative}: cannot open (${read.code}); a broken link or missing permission?`);
    return loadResult(file, reporter);
  }
  if (read.kind === 'not-a-file') {
    reporter.error('load/unreadable', `${file.relative}: not a regular file (${read.directory ? 'a directory' : 'a device or socket'})`);
    return loadResult(file, reporter);
  }
  if (read.kind === 'unread') {
    reporter.error('load/unreadable', `${file.relative}: cannot read (${read.code})`);
    return loadResult(file, reporter);
  }
  if (read.kind === 'too-large') {
    reporter.error('load/too-large', `${file.relative}: ${read.size} bytes is over the limit of ${config.maxFileBytes} bytes (maxFileBytes in the config); skipped`);
    return loadResult(file, reporter, { bytes: read.size });
  }
  const { bytes } = read;
  if (bytes.length === 0) {
    reporter.error('load/empty', `${file.relative}: the file is empty`);
    return loadResult(file, reporter, { bytes: 0 });
  }
  const sha256 = hexDigest('sha256', bytes);
  const known = { sha256, bytes: bytes.length };

  const binary = binaryKind(bytes);
  if (binary) {
    reporter.error('load/binary', `${file.relative}: this is ${binary}, not text; skipped`);
    return loadResult(file, reporter, known);
  }

  const decoded = decodeBytes(bytes, { override: encodingOverride(file.relative, config.encodings), sniffDeclared: kind === 'html' || kind === 'xml' });
  const withEncoding = { ...known, encoding: decoded.encoding };
  if (decoded.problem) {
    reporter.error('load/encoding', `${file.relative}: decoded as ${decoded.encoding} (${decoded.reason}) but ${decoded.problem}; set its encoding under "encodings" in the config`);
    return loadResult(file, reporter, withEncoding);
  }
  if (!decoded.text.trim()) {
    reporter.error('load/empty', `${file.relative}: the file holds only white space`);
    return loadResult(file, reporter, withEncoding);
  }

  const id = file.id ?? articleIdFor(file.relative);
  const feed: FeedFile = { path: file.relative, fileId: id, encoding: decoded.encoding, sha256, bytes: bytes.length, timeZone: config.timezone };
  const common = { id, path: file.relative, encoding: decoded.encoding, sha256, bytes: bytes.length };
  let articles: Article[];
  try {
    switch (kind) {
      case 'text':
      case 'markdown':
        articles = [textArticle({ ...common, text: decoded.text }, kind === 'markdown')];
        break;
      case 'html': {
        const page = extractHtml(decoded.text, config.timezone);
        if (!page.text.trim()) {
          reporter.error('load/empty', `${file.relative}: no article text found in the page`);
          return loadResult(file, reporter, withEncoding);
        }
        articles = [buildArticle({ ...common, format: 'html', text: page.text, stated: page.meta, fallback: page.fallback })];
        break;
      }
      case 'json':
        articles = jsonArticles(decoded.text, feed, reporter);
        break;
      case 'jsonl':
        articles = jsonlArticles(decoded.text, feed, reporter);
        break;
      case 'xml':
        articles = xmlFeedArticles(decoded.text, feed, reporter);
        break;
    }
  } catch (error) {
    reporter.error('load/failed', `${file.relative}: could not be read as ${kind}: ${(error as Error).message}`);
    return loadResult(file, reporter, withEncoding);
  }
  if (decoded.reason === 'guessed' || decoded.reason === 'declared') {
    reporter.info('load/encoding-detected', `${file.relative}: read as ${decoded.encoding} (${decoded.reason === 'declared' ? 'declared by the page' : 'not UTF-8; guessed from the bytes'})`);
  }
  return loadResult(file, reporter, { ...withEncoding, articles });
}
