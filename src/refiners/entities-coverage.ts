import type { Span } from '../model/span.ts';

/**
 * Which characters of an article the entity mentions cover, and by which mention: checks cost
 * the length of the span asked about, never a scan of all drafts.
 */
export class Coverage<T extends Span> {
  /** Index into `mentions` of the mention covering each character, -1 where none does. */
  private readonly owner: Int32Array;
  private readonly mentions: T[] = [];
  private readonly spans = new Set<number>();

  constructor(private readonly length: number) {
    this.owner = new Int32Array(length).fill(-1);
  }

  mark(mention: T): void {
    this.owner.fill(this.mentions.length, mention.start, mention.end);
    this.mentions.push(mention);
    this.spans.add(mention.start * (this.length + 1) + mention.end);
  }

  any(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.owner[i]! >= 0) return true;
    return false;
  }

  /** A mention with exactly this span exists. */
  isMention(start: number, end: number): boolean {
    return this.spans.has(start * (this.length + 1) + end);
  }

  /** The mentions covering characters of the span. */
  within(start: number, end: number): T[] {
    const found = new Set<number>();
    for (let i = start; i < end; i++) if (this.owner[i]! >= 0) found.add(this.owner[i]!);
    return [...found].map((i) => this.mentions[i]!);
  }
}
