import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Sample articles the corpus is varied from: plain-text articles only (HTML pages weigh 100–400 KB each). */
const SAMPLE_EXTENSIONS = new Set(['.txt', '.md']);
/** Articles average about this size, so that 10,000 articles make about 64 MB as issue 9 states. */
const TARGET_ARTICLE_BYTES = 6400;
/** Articles per sub-folder: keeps directory listings short. */
const ARTICLES_PER_FOLDER = 1000;
/** Leading paragraphs (title, source line, dateline) that stay in place when the body is shuffled. */
const FIXED_LEAD_PARAGRAPHS = 3;

export interface Corpus {
  dir: string;
  articles: number;
  bytes: number;
  samples: string[];
}

/** mulberry32: a small seeded PRNG, so that the same seed gives the same corpus on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: () => number, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

/**
 * Names the genre keeps naming. A name found in a sample is swapped for another of the same
 * list, so entity rules keep firing at the sample's density on new strings.
 */
const NAME_POOLS: readonly (readonly string[])[] = [
  ['英伟达', '微软', '亚马逊', '苹果', '谷歌', '特斯拉', '腾讯', '阿里巴巴', '百度', '京东', '华为', '小米', '比亚迪', '宁德时代', '贵州茅台', '中国平安', '招商银行', '工商银行', '中芯国际', '美团'],
  ['NVIDIA', 'Microsoft', 'Amazon', 'Apple', 'Google', 'Tesla', 'Tencent', 'Alibaba', 'Baidu', 'Intel', 'Samsung', 'Meta'],
  ['上海', '北京', '深圳', '杭州', '广州', '香港', '南京', '成都', '武汉', '苏州'],
  ['张建锋', '王明', '李华', '陈晓', '刘洋', '赵磊', '周婷', '吴军', '孙丹', '郑强'],
];
const NAME_SWAP = new RegExp(NAME_POOLS.flat().sort((a, b) => b.length - a.length).join('|'), 'g');
const POOL_OF = new Map(NAME_POOLS.flatMap((pool) => pool.map((name) => [name, pool] as const)));

// Years, month-day pairs and other figures are varied separately so that dates stay valid dates.
const FIGURE = /(?<year>(?:19|20)\d{2})(?=年|-|\/)|(?<month>\d{1,2})(?=月)|(?<day>\d{1,2})(?=日)|(?<number>\d+(?:\.\d+)?)/g;

/** Re-draws the figures of a text: same shapes, new values; codes (five digits and more) stay. */
function varyFigures(text: string, random: () => number): string {
  const yearShift = between(random, -6, 1);
  return text.replace(FIGURE, (whole, year?: string, month?: string, day?: string, number?: string) => {
    if (year) return String(Number(year) + yearShift);
    if (month) return String(between(random, 1, 12));
    if (day) return String(between(random, 1, 28));
    if (!number || /^\d{5,}$/.test(number) || number.startsWith('0')) return whole;
    const decimals = number.split('.')[1]?.length ?? 0;
    const scaled = Number(number) * (0.5 + random() * 1.5);
    return decimals ? scaled.toFixed(decimals) : String(Math.max(1, Math.round(scaled)));
  });
}

function swapNames(text: string, random: () => number): string {
  return text.replace(NAME_SWAP, (name) => pick(random, POOL_OF.get(name)!));
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const paragraphsOf = (text: string): string[] => text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);

/**
 * One article of a drawn size: a sample's lead paragraphs, then its body paragraphs in shuffled
 * order and, once those run out, paragraphs borrowed from other samples, up to the size;
 * figures, dates and names re-drawn.
 */
export function makeArticle(samples: readonly string[], random: () => number): string {
  const paragraphs = paragraphsOf(pick(random, samples));
  const kept = paragraphs.slice(0, FIXED_LEAD_PARAGRAPHS);
  const body = shuffle(paragraphs.slice(FIXED_LEAD_PARAGRAPHS), random);
  const targetBytes = TARGET_ARTICLE_BYTES * (0.5 + random());
  let bytes = Buffer.byteLength(kept.join('\n\n'));
  for (;;) {
    const paragraph = body.shift() ?? pick(random, paragraphsOf(pick(random, samples)));
    const size = Buffer.byteLength(paragraph) + 2;
    // Stop at the paragraph that would overshoot by more than its half: sizes average out on target.
    if (bytes + size / 2 > targetBytes) break;
    kept.push(paragraph);
    bytes += size;
  }
  return swapNames(varyFigures(kept.join('\n\n') + '\n', random), random);
}

async function findSamples(folders: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (entry.isFile() && SAMPLE_EXTENSIONS.has(path.extname(entry.name)) && entry.name !== 'SOURCES.md' && entry.name !== 'README.md') {
        found.push(path.join(entry.parentPath, entry.name));
      }
    }
  }
  return found.sort();
}

/**
 * Writes N varied articles into a temp folder named after the seed, N and a hash of the generator and samples,
 * and reuses that folder when it is already complete.
 */
export async function generateCorpus(options: { articles: number; seed: number; sampleDirs: readonly string[] }): Promise<Corpus> {
  const found = await findSamples(options.sampleDirs);
  if (found.length === 0) throw new Error(`no sample articles (.txt, .md) in ${options.sampleDirs.join(', ')}`);
  // input/ and test/fixtures/ hold copies of the same articles: each counts once.
  const byText = new Map<string, string>();
  for (const samplePath of found) {
    const text = await readFile(samplePath, 'utf8');
    if (!byText.has(text)) byText.set(text, samplePath);
  }
  const samples = [...byText.keys()];
  const samplePaths = [...byText.values()];
  // The generator's own source is part of the key: a changed generator never reuses an old corpus.
  const hash = createHash('sha256').update(await readFile(new URL(import.meta.url)));
  for (const sample of samples) hash.update(sample);
  const key = `${options.seed}-${options.articles}-${hash.digest('hex').slice(0, 12)}`;
  const dir = path.join(os.tmpdir(), `newsgrid-bench-${key}`);
  const manifest = path.join(dir, '.corpus.json');
  if (existsSync(manifest)) {
    const saved = JSON.parse(await readFile(manifest, 'utf8')) as Corpus;
    return { ...saved, dir };
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const random = seededRandom(options.seed);
  let bytes = 0;
  for (let i = 0; i < options.articles; i++) {
    const folder = path.join(dir, `part-${String(Math.floor(i / ARTICLES_PER_FOLDER)).padStart(3, '0')}`);
    if (i % ARTICLES_PER_FOLDER === 0) await mkdir(folder, { recursive: true });
    const text = makeArticle(samples, random);
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(folder, `article-${String(i).padStart(6, '0')}.txt`), text);
  }
  const corpus: Corpus = { dir, articles: options.articles, bytes, samples: samplePaths };
  // Written last: a folder without it is an interrupted generation and is rebuilt.
  await writeFile(manifest, JSON.stringify(corpus));
  return corpus;
}
