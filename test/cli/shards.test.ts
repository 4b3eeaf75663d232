import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardOf } from '../../src/run/run.ts';
import { comparableOutputs, inputWith, readJson, runCli, tempDir } from './helpers.ts';

const ARTICLE_NAMES = [
  'xinhua-deepseek-2025-02-07.txt',
  'en-reuters-sensex-nifty-flat.txt',
  'zh-industrial-securities-impairment.txt',
  'zh-pboc-mlf-rate-cut-brief.txt',
  'zh-stcn-midday-announcements.html',
  'zh-zstack-b-plus-financing.txt',
];


describe('shards and merge', () => {
  it('four shards merged give the same outputs as one run over all inputs', async () => {
    const input = inputWith(...ARTICLE_NAMES);
    writeFileSync(path.join(input, 'empty.txt'), '');
    const inputs = readdirSync(input);
    expect(new Set(inputs.map((name) => shardOf(name, 4))).size, 'the inputs spread over several shards').toBeGreaterThan(1);

    const single = path.join(tempDir(), 'single');
    const singleRun = await runCli(['--input', input, '--output', single]);

    const root = tempDir();
    const shardDirs: string[] = [];
    for (let index = 0; index < 4; index++) {
      const dir = path.join(root, `shard-${index}`);
      shardDirs.push(dir);
      await runCli(['--input', input, '--output', dir, '--shard', `${index}/4`, '--quiet']);
      const expected = inputs.filter((name) => shardOf(name, 4) === index).sort();
      expect(readJson(path.join(dir, 'run.json')).inputs.map((i: { path: string }) => i.path)).toEqual(expected);
    }
    const merged = path.join(root, 'merged');
    const mergeRun = await runCli(['merge', ...shardDirs, '--output', merged]);
    expect(mergeRun.code).toBe(singleRun.code);
    expect(mergeRun.stdout).toContain(`${ARTICLE_NAMES.length} articles from ${inputs.length} inputs`);
    expect(comparableOutputs(merged)).toEqual(comparableOutputs(single));
  });

  it('refuses overlapping shards and folders without a run state (exit 2)', async () => {
    const input = inputWith(ARTICLE_NAMES[0]!);
    const a = path.join(tempDir(), 'a');
    const b = path.join(tempDir(), 'b');
    await runCli(['--input', input, '--output', a, '--quiet']);
    await runCli(['--input', input, '--output', b, '--quiet']);
    const overlap = await runCli(['merge', a, b, '--output', path.join(tempDir(), 'm')]);
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toMatch(/appears in both .* the shards overlap/);
    const notAShard = await runCli(['merge', tempDir(), '--output', path.join(tempDir(), 'm')]);
    expect(notAShard.code).toBe(2);
    expect(notAShard.stderr).toContain('holds no state.json');
  });

  it('rejects a malformed --shard', async () => {
    for (const shard of ['4/4', 'a/b', '1']) {
      const run = await runCli(['--input', inputWith(ARTICLE_NAMES[0]!), '--shard', shard]);
      expect(run.code, shard).toBe(2);
    }
  });
});
