/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runCli, tempDir } from '../cli/helpers.ts';

// Debian's chromium, installed by .ci/run. Locally without it the suite is skipped, never in CI.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (process.env.CI && !haveBrowser) throw new Error(`CI needs ${CHROMIUM} for the report test (apt-get install chromium)`);

const SCREENSHOT_DIR = path.resolve('test/output');

interface TimelinePoint {
  date: string;
  eventType: string;
  subject: string;
}

describe.skipIf(!haveBrowser)('report.html of the sample articles, in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let output: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    output = tempDir();
    const run = await runCli(['--input', 'input', '--output', output, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    // Offline at view time: any request leaving the file is refused, and would show as an error.
    await page.route(/^(?!file:)/, (route) => route.abort());
    await page.goto(`file://${path.join(output, 'report.html')}`);
    await page.waitForSelector('body[data-ready="true"]');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report.png'), fullPage: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the timeline with the reference article’s events on their dates', async () => {
    const points = await page.evaluate(() => {
      const chart = (window as unknown as { echarts: { getInstanceByDom(el: Element): { getOption(): unknown } } }).echarts
        .getInstanceByDom(document.getElementById('timeline')!);
      const option = chart.getOption() as { series: Array<{ data: Array<{ point: TimelinePoint }> }> };
      return option.series[0]!.data.map((d) => d.point);
    });
    expect(points).toContainEqual(expect.objectContaining({ eventType: 'product_release', subject: 'DeepSeek', date: '2025-01-20' }));
    expect(points).toContainEqual(expect.objectContaining({ eventType: 'stock_move', subject: '英伟达', date: '2025-01-27' }));
  });

  it('shows a point’s sentence and article when it is clicked', async () => {
    await page.locator('#timeline').scrollIntoViewIfNeeded();
    const at = await page.evaluate(() => {
      const chart = (window as unknown as {
        echarts: { getInstanceByDom(el: Element): { getOption(): unknown; convertToPixel(finder: unknown, value: unknown): number[] } };
      }).echarts.getInstanceByDom(document.getElementById('timeline')!);
      const option = chart.getOption() as { series: Array<{ data: Array<{ value: [string, string]; point: TimelinePoint }> }> };
      const release = option.series[0]!.data.find((d) => d.point.eventType === 'product_release' && d.point.subject === 'DeepSeek')!;
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [new Date(release.value[0]).getTime(), release.value[1]]);
      const box = document.getElementById('timeline')!.getBoundingClientRect();
      return { x: box.left + x!, y: box.top + y! };
    });
    await page.mouse.click(at.x, at.y);
    const detail = page.locator('#detail');
    await expect.poll(() => detail.textContent()).toContain('DeepSeek-R1');
    expect(await detail.locator('a').getAttribute('href')).toMatch(/^#s-/);
  });

  it('shows the same counts as summary.json', async () => {
    const summary = JSON.parse(readFileSync(path.join(output, 'summary.json'), 'utf8')) as { counts: Record<string, number> };
    for (const key of ['articles', 'records', 'failedInputs', 'failedArticles']) {
      expect(await page.locator(`[data-count="${key}"]`).textContent()).toBe(String(summary.counts[key]));
    }
  });

  it('lists Nvidia’s fall among the stock moves, marked down', async () => {
    const row = page.locator('tr.down', { hasText: '英伟达' }).first();
    expect(await row.textContent()).toContain('16.97%');
  });

  it('loads with no console error and stays a self-contained file of a few MB', () => {
    expect(consoleErrors).toEqual([]);
    expect(statSync(path.join(output, 'report.html')).size).toBeLessThan(4 * 1024 * 1024);
  });
});
