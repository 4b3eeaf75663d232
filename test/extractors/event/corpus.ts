import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInput } from '../../../src/load/index.ts';
import { processArticle } from '../../../src/pipeline.ts';
import { parseConfig } from '../../../src/config.ts';
import type { EventRecord } from '../../../src/model/records.ts';

const ARTICLES = fileURLToPath(new URL('../../fixtures/corpus/articles/', import.meta.url));
const config = parseConfig({}, process.cwd());

/** The events the whole pipeline finds in one fixture article (loaded as a user's input would be). */
export async function eventsOfArticle(name: string): Promise<EventRecord[]> {
  const load = await loadInput({ absolute: path.join(ARTICLES, name), relative: name }, config);
  return load.articles.flatMap((a) => processArticle(a, config).records).filter((r): r is EventRecord => r.type === 'event');
}

/** Subjects match as the scoring contract says: equal, or one contains the other. */
export function sameSubject(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

export function findEvent(events: readonly EventRecord[], eventType: string, subject: string, date?: string): EventRecord | undefined {
  return events.find((e) => e.eventType === eventType && sameSubject(e.subject, subject) && (date === undefined || e.date === date));
}

/** What the failing assertion should show: the events that were found. */
export function listed(events: readonly EventRecord[]): string {
  return events.map((e) => `${e.eventType} ${e.subject} ${e.date ?? ''}`).join('; ');
}
