import type { AnyDraft } from '../engine/extractor.ts';
import type { Span } from '../model/span.ts';

/**
 * Which mention covers each character, shared by every coverage: a character is covered by a
 * coverage only where `stampAt` holds that coverage's number. An article makes several coverages
 * one after another; a new zeroed array each time cost more than the marks.
 */
let ownerAt = new Int32Array(0);
let stampAt = new Int32Array(0);
/** The number of the latest coverage: the only one that may be read or marked. */
let latest = 0;

/**
 * Which characters of an article the entity mentions cover, and by which mention: checks cost
 * the length of the span asked about, never a scan of all drafts. Only the latest coverage made
 * may be used (they share their arrays): an older one throws.
 */
export class Coverage<T extends Span> {
  private readonly stamp: number;
  private readonly mentions: T[] = [];
  /** The exact spans of the mentions, made at the first question about one: most coverages get none. */
  private spans: Set<number> | undefined;

  constructor(private readonly length: number) {
    if (ownerAt.length < length) {
      ownerAt = new Int32Array(Math.max(length, ownerAt.length * 2));
      stampAt = new Int32Array(ownerAt.length);
    }
    if (latest === 0x7fffffff) {
      stampAt.fill(0);
      latest = 0;
    }
    this.stamp = ++latest;
  }

  private checkLatest(): void {
    if (this.stamp !== latest) throw new Error('a coverage is used after a newer one was made');
  }

  mark(mention: T): void {
    this.checkLatest();
    // One more than the mention's index: never 0.
    const mark = this.mentions.push(mention);
    const { stamp } = this;
    // Mentions are a few characters long: a loop costs less than a call to fill.
    for (let i = mention.start; i < mention.end; i++) {
      ownerAt[i] = mark;
      stampAt[i] = stamp;
    }
    this.spans?.add(this.spanKey(mention.start, mention.end));
  }

  any(start: number, end: number): boolean {
    this.checkLatest();
    const { stamp } = this;
    for (let i = start; i < end; i++) if (stampAt[i] === stamp) return true;
    return false;
  }

  /** A mention with exactly this span exists. */
  isMention(start: number, end: number): boolean {
    this.checkLatest();
    if (!this.spans) {
      this.spans = new Set<number>();
      for (const m of this.mentions) this.spans.add(this.spanKey(m.start, m.end));
    }
    return this.spans.has(this.spanKey(start, end));
  }

  /** The mentions covering characters of the span. */
  within(start: number, end: number): T[] {
    this.checkLatest();
    const { stamp } = this;
    const found = new Set<number>();
    for (let i = start; i < end; i++) if (stampAt[i] === stamp) found.add(ownerAt[i]! - 1);
    return [...found].map((i) => this.mentions[i]!);
  }

  private spanKey(start: number, end: number): number {
    return start * (this.length + 1) + end;
  }
}

/** The coverage of the organizations and people among the drafts. */
export function entityCoverage(drafts: readonly AnyDraft[], length: number): Coverage<AnyDraft> {
  const covered = new Coverage<AnyDraft>(length);
  for (const d of drafts) if (d.type === 'organization' || d.type === 'person') covered.mark(d);
  return covered;
}
