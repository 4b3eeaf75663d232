import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Coverage } from '../../src/refiners/entities-coverage.ts';
import type { Span } from '../../src/model/span.ts';

const overlaps = (a: Span, start: number, end: number) => a.start < end && start < a.end;

describe('the coverage of entity mentions', () => {
  it('answers as a plain look at every mention does, one coverage after another over shared arrays', () => {
    const span = (length: number) =>
      fc.tuple(fc.nat(length - 1), fc.integer({ min: 1, max: 6 })).map(([start, size]) => ({ start, end: Math.min(length, start + size) }));
    const round = fc.integer({ min: 1, max: 60 }).chain((length) => fc.tuple(fc.constant(length), fc.array(span(length), { maxLength: 8 }), fc.array(span(length), { maxLength: 8 })));
    fc.assert(
      fc.property(fc.array(round, { minLength: 1, maxLength: 4 }), (rounds) => {
        for (const [length, marked, asked] of rounds) {
          const covered = new Coverage<Span>(length);
          for (const m of marked) covered.mark(m);
          for (const { start, end } of asked) {
            const inside = marked.filter((m) => overlaps(m, start, end));
            expect(covered.any(start, end)).toBe(inside.length > 0);
            expect(covered.isMention(start, end)).toBe(marked.some((m) => m.start === start && m.end === end));
            // Each character answers for the last mention marked over it.
            const last = new Set<Span>();
            for (let i = start; i < end; i++) {
              const owner = marked.findLast((m) => m.start <= i && i < m.end);
              if (owner) last.add(owner);
            }
            expect(new Set(covered.within(start, end))).toEqual(last);
          }
        }
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('refuses to be read once a newer coverage shares its arrays', () => {
    const older = new Coverage<Span>(10);
    older.mark({ start: 1, end: 3 });
    new Coverage<Span>(10);
    expect(() => older.any(0, 5)).toThrow(/newer/);
  });
});
