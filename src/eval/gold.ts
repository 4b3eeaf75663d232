import { z } from 'zod';

/**
 * The gold file of `../shared/gold/FORMAT.md`. Parsing is lenient about fields it does not
 * score (an event's `object`, a record's extra notes) so a richer gold file still loads.
 */
const goldRecord = z.looseObject({
  type: z.string().min(1),
  text: z.string().min(1),
  optional: z.boolean().optional(),
});

const goldEntity = z.looseObject({
  type: z.enum(['organization', 'person']),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  optional: z.boolean().optional(),
});

const goldQuote = z.looseObject({
  speaker: z.string().optional(),
  text: z.string().min(1),
  optional: z.boolean().optional(),
});

const goldEvent = z.looseObject({
  eventType: z.string().min(1),
  subject: z.string().min(1),
  date: z.string().optional(),
  optional: z.boolean().optional(),
});

const goldMetadata = z.looseObject({
  title: z.string().optional(),
  source: z.string().optional(),
  publishedAt: z.string().optional(),
  dateline: z.string().optional(),
  authors: z.array(z.string()).optional(),
  editor: z.string().optional(),
});

/** Sections a gold file leaves out are not scored; an empty list is scored (every prediction is then false). */
export const goldFileSchema = z.looseObject({
  article: z.string().min(1),
  metadata: goldMetadata.optional(),
  records: z.array(goldRecord).optional(),
  entities: z.array(goldEntity).optional(),
  quotes: z.array(goldQuote).optional(),
  events: z.array(goldEvent).optional(),
});

export type GoldFile = z.infer<typeof goldFileSchema>;
export type GoldRecord = z.infer<typeof goldRecord>;
export type GoldEntity = z.infer<typeof goldEntity>;
export type GoldQuote = z.infer<typeof goldQuote>;
export type GoldEvent = z.infer<typeof goldEvent>;
export type GoldMetadata = z.infer<typeof goldMetadata>;

/** Parses a gold file's JSON; the message names every bad field. */
export function parseGold(raw: unknown): { gold: GoldFile } | { error: string } {
  const result = goldFileSchema.safeParse(raw);
  if (result.success) return { gold: result.data };
  return { error: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
}
