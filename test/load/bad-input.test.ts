import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, ftruncateSync, copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import type { LoadResult } from '../../src/model/article.ts';
import { listInputs, loadInput } from '../../src/load/index.ts';
import { runPipeline } from '../../src/pipeline.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const work = mkdtempSync(path.join(tmpdir(), 'newsgrid-bad-input-'));
const input = path.join(work, 'input');
const config = parseConfig({}, work);
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];

function noise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let seed = 11;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    bytes[i] = 0x80 + (seed % 0x7f);
  }
  return bytes;
}

beforeAll(() => {
  mkdirSync(input);
  writeFileSync(path.join(input, 'empty.txt'), '');
  writeFileSync(path.join(input, 'blank.txt'), ' \n\t\n');
  writeFileSync(path.join(input, 'picture.txt'), Buffer.from([...PNG_HEADER, ...noise(200)]));
  // An executable's header: NUL bytes at odd and even offsets alike, so not UTF-16 either.
  writeFileSync(path.join(input, 'nul.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3e, 0x00]));
  writeFileSync(path.join(input, 'garbled.txt'), noise(3000));
  writeFileSync(path.join(input, 'truncated.json'), '{"id": "a1", "title": "半截", "text": "正文');
  writeFileSync(
    path.join(input, 'feed.jsonl'),
    [
      JSON.stringify({ id: 'wire-1', title: '第一条', text: '某公司净利润增长20%。' }),
      '{"id": "wire-2", "title": "坏行", "text": "没有结尾',
      JSON.stringify({ id: 'wire-3', title: '第三条', body: '某公司营收1.2亿元。' }),
    ].join('\n'),
  );
  writeFileSync(path.join(input, 'notes.docx'), 'not an article format');
  symlinkSync(path.join(work, 'gone.txt'), path.join(input, 'dangling.txt'));
  copyFileSync(path.join(FIXTURES, 'corpus/articles/zh-pboc-mlf-rate-cut-brief.txt'), path.join(input, 'good.txt'));
  // A 100 MB file made sparse: it takes no disk space, and must never be read.
  const huge = openSync(path.join(input, 'huge.txt'), 'w');
  ftruncateSync(huge, 100 * 1024 * 1024);
  closeSync(huge);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function loadNamed(name: string, options = config): Promise<LoadResult> {
  return loadInput({ absolute: path.join(input, name), relative: name }, options);
}

function codes(result: LoadResult): string[] {
  return result.diagnostics.map((d) => d.code);
}

describe('bad input becomes a diagnostic, never a crash', () => {
  it.each([
    ['empty.txt', 'load/empty'],
    ['blank.txt', 'load/empty'],
    ['picture.txt', 'load/binary'],
    ['nul.txt', 'load/binary'],
    ['garbled.txt', 'load/encoding'],
    ['truncated.json', 'load/bad-json'],
    ['dangling.txt', 'load/unreadable'],
    ['huge.txt', 'load/too-large'],
  ])('%s → %s, no article, the file named', async (name, code) => {
    const result = await loadNamed(name);
    expect(result.articles).toEqual([]);
    expect(codes(result)).toEqual([code]);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', stage: 'load', path: name });
    expect(result.diagnostics[0]!.message).toContain(name);
  });

  it('says what a binary file is', async () => {
    expect((await loadNamed('picture.txt')).diagnostics[0]!.message).toContain('PNG image');
  });

  it('checks the size before reading: the 100 MB file is never loaded into memory', async () => {
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const result = await loadNamed('huge.txt');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(10 * 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.bytes).toBe(100 * 1024 * 1024);
    expect(result.diagnostics[0]!.message).toMatch(/over the limit of 52428800 bytes/);
  });

  it('honours a smaller configured size limit', async () => {
    const strict = parseConfig({ maxFileBytes: 100 }, work);
    expect(codes(await loadNamed('good.txt', strict))).toEqual(['load/too-large']);
  });

  it('reports a path that is a directory as unreadable', async () => {
    mkdirSync(path.join(work, 'folder.txt'), { recursive: true });
    const result = await loadInput({ absolute: path.join(work, 'folder.txt'), relative: 'folder.txt' }, config);
    expect(codes(result)).toEqual(['load/unreadable']);
    expect(result.diagnostics[0]!.message).toContain('directory');
  });

  it.skipIf(process.platform === 'win32')('reports a named pipe as unreadable instead of waiting for a writer', async () => {
    const fifo = path.join(work, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const result = await loadInput({ absolute: fifo, relative: 'pipe.txt' }, config);
    expect(codes(result)).toEqual(['load/unreadable']);
    expect(result.diagnostics[0]!.message).toContain('not a regular file');
  });

  it('skips an unknown format with a warning', async () => {
    const result = await loadNamed('notes.docx');
    expect(result.articles).toEqual([]);
    expect(result.diagnostics).toMatchObject([{ severity: 'warning', code: 'load/unsupported' }]);
  });

  it('loads the good lines of a JSONL feed and names the bad line', async () => {
    const result = await loadNamed('feed.jsonl');
    expect(result.articles.map((a) => a.id)).toEqual(['wire-1', 'wire-3']);
    expect(result.articles[1]!.text).toBe('某公司营收1.2亿元。');
    expect(result.diagnostics).toMatchObject([{ severity: 'error', code: 'load/bad-json-line' }]);
    expect(result.diagnostics[0]!.message).toContain('line 2');
  });

  it('lists a dangling link so it is reported, not silently missing', async () => {
    expect((await listInputs(input)).map((f) => f.relative)).toContain('dangling.txt');
  });

  it('runs the whole folder: every bad input fails with its diagnostic and the good article still lands', async () => {
    const run = await runPipeline(input, config);
    const byPath = new Map(run.inputs.map((i) => [i.load.path, i]));
    const good = byPath.get('good.txt')!;
    expect(good.status).toBe('ok');
    expect(good.articles[0]!.records.length).toBeGreaterThan(0);
    for (const name of ['empty.txt', 'picture.txt', 'garbled.txt', 'truncated.json', 'dangling.txt', 'huge.txt', 'notes.docx']) {
      expect(byPath.get(name)?.status, name).toBe('failed');
      expect(byPath.get(name)!.load.diagnostics.length, name).toBeGreaterThan(0);
    }
    expect(byPath.get('feed.jsonl')!.articles).toHaveLength(2);
  });

  it('never mistakes UTF-16 text with a byte-order mark for binary', async () => {
    writeFileSync(path.join(input, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('港股午评：恒指涨1.97%\n正文。', 'utf-16le')]));
    const result = await loadNamed('utf16.txt');
    expect(result.encoding).toBe('utf-16le');
    expect(result.articles[0]!.meta.title).toBe('港股午评：恒指涨1.97%');
  });
});
