import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { listInputs } from '../../src/load/index.ts';
import { runPipeline } from '../../src/pipeline.ts';

const STORY = '贵州茅台股价上涨3.5%。';

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgrid-inputs-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

async function idsOf(dir: string): Promise<Record<string, string | undefined>> {
  return Object.fromEntries((await listInputs(dir)).map((file) => [file.relative, file.id]));
}

describe('article ids within a run', () => {
  it('keeps the name without extension, and the extension only where two files would share an id', async () => {
    const dir = folderWith({ 'a.txt': STORY, 'a.html': `<p>${STORY}</p>`, 'b.txt': STORY, 'sub/a.txt': STORY });
    expect(await idsOf(dir)).toEqual({ 'a.html': 'a.html', 'a.txt': 'a.txt', 'b.txt': 'b', 'sub/a.txt': 'sub-a' });
  });

  it('tells apart names that differ only in characters an id cannot hold', async () => {
    const ids = Object.values(await idsOf(folderWith({ 'x y.txt': STORY, 'x-y.txt': STORY })));
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^x-y\.txt-[0-9a-f]{6}$/);
  });

  it('gives every article of the run its own id, its records and their links following, and says so', async () => {
    const dir = folderWith({
      'first.jsonl': JSON.stringify({ id: '7', text: STORY }),
      'second.jsonl': `${JSON.stringify({ id: '7', text: STORY })}\n${JSON.stringify({ text: STORY })}`,
      'second-2.txt': STORY,
    });
    const run = await runPipeline(dir, parseConfig({}, dir));
    const articles = run.inputs.flatMap((input) => input.articles);
    expect(articles.map((a) => `${a.article.path} ${a.article.id}`)).toEqual([
      'first.jsonl 7',
      'second-2.txt second-2',
      'second.jsonl 7-2',
      'second.jsonl second-2-2',
    ]);
    const renamed = articles[2]!;
    expect(renamed.records.length).toBeGreaterThan(0);
    for (const record of renamed.records) {
      expect(record.articleId).toBe('7-2');
      expect(record.id.startsWith('7-2#')).toBe(true);
      if (record.type === 'event') for (const figure of record.figures) expect(figure.startsWith('7-2#')).toBe(true);
    }
    expect(renamed.records.some((r) => r.type === 'event' && r.figures.length > 0)).toBe(true);
    const second = run.inputs.find((input) => input.load.path === 'second.jsonl')!;
    expect(second.load.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['load/duplicate-id', 'warning'],
      ['load/duplicate-id', 'warning'],
    ]);
    expect(second.load.diagnostics[0]!.message).toContain('first.jsonl');
  });
});

describe('linked folders', () => {
  it('follows a link to a folder once, and reports a loop or a second link instead of reading it again', async () => {
    const outside = folderWith({ 'b.txt': STORY });
    const dir = folderWith({ 'real/a.txt': STORY });
    symlinkSync(outside, path.join(dir, 'again'));
    symlinkSync(outside, path.join(dir, 'linked'));
    symlinkSync(dir, path.join(dir, 'real', 'back'));
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'shortcut'));
    const listed = await listInputs(dir);
    expect(listed.map((file) => [file.relative, file.notRead !== undefined])).toEqual([
      ['again/b.txt', false],
      ['linked', true],
      ['real/a.txt', false],
      ['real/back', true],
      ['shortcut', true],
    ]);

    const run = await runPipeline(dir, parseConfig({}, dir));
    const byPath = new Map(run.inputs.map((input) => [input.load.path, input]));
    expect(byPath.get('again/b.txt')!.articles[0]!.article.id).toBe('again-b');
    for (const name of ['linked', 'real/back', 'shortcut']) {
      expect(byPath.get(name)!.load.diagnostics.map((d) => [d.code, d.severity]), name).toEqual([['load/folder-link', 'warning']]);
      expect(byPath.get(name)!.load.diagnostics[0]!.message, name).toContain('already read');
    }
  });
});
