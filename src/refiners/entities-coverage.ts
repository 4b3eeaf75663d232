import type { AnyDraft } from '../engine/extractor.ts';
import type { Span } from '../model/span.ts';

/**
 * Which characters of an article the entity mentions cover, and by which mention: checks cost
 * the length of the span asked about, never a scan of all drafts.
 */
export class Coverage<T extends Span> {
  /**
   * One more than the index into `mentions` of the mention covering each character, 0 where
   * none does: a new array is all 0, so nothing needs filling first.
   */
  private readonly owner: Int32Array;
  private readonly mentions: T[] = [];
  private readonly spans = new Set<number>();

  constructor(private readonly length: number) {
    this.owner = new Int32Array(length);
  }

  mark(mention: T): void {
    const mark = this.mentions.push(mention);
    // Mentions are a few characters long: a loop costs less than a call to fill.
    for (let i = mention.start; i < mention.end; i++) this.owner[i] = mark;
    this.spans.add(mention.start * (this.length + 1) + mention.end);
  }

  any(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.owner[i]! !== 0) return true;
    return false;
  }

  /** A mention with exactly this span exists. */
  isMention(start: number, end: number): boolean {
    return this.spans.has(start * (this.length + 1) + end);
  }

  /** The mentions covering characters of the span. */
  within(start: number, end: number): T[] {
    const found = new Set<number>();
    for (let i = start; i < end; i++) if (this.owner[i]! !== 0) found.add(this.owner[i]! - 1);
    return [...found].map((i) => this.mentions[i]!);
  }
}

/** The coverage of the organizations and people among the drafts. */
export function entityCoverage(drafts: readonly AnyDraft[], length: number): Coverage<AnyDraft> {
  const covered = new Coverage<AnyDraft>(length);
  for (const d of drafts) if (d.type === 'organization' || d.type === 'person') covered.mark(d);
  return covered;
}
