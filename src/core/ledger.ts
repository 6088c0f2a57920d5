import { z } from 'zod';
import { FRAME_IDS } from './activity';
import { WorkshopConfigSchema } from './config';

/**
 * What the app made on a board: role key → item id (see workshop/keys), the frame per activity,
 * where the layout starts and the configuration it was built with. Participants' items are never
 * in it, which is how every action tells the app's items from people's work.
 */
export const LedgerSchema = z.object({
  version: z.literal(1),
  /** Top-left of the layout in board coordinates. */
  origin: z.object({ x: z.number(), y: z.number() }),
  config: WorkshopConfigSchema.optional(),
  frames: z.partialRecord(z.enum(FRAME_IDS), z.string()),
  items: z.record(z.string(), z.string()),
});

export type Ledger = z.infer<typeof LedgerSchema>;

/** A stored ledger that does not parse is treated as absent. */
export function parseLedger(value: unknown): Ledger | undefined {
  const parsed = LedgerSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * One run's changes to the ledger's items (from `before` to `ours`) applied over `stored`, the
 * items as they are stored now: another panel may have recorded items since this run read them.
 * Keys this run did not change keep the stored value. A key another panel changed meanwhile keeps
 * theirs too, and the item this run recorded under it is a `duplicate` (both drew the same thing).
 */
export function mergeLedgerItems(
  stored: Readonly<Record<string, string>>,
  before: Readonly<Record<string, string>>,
  ours: Readonly<Record<string, string>>,
): { items: Record<string, string>; duplicates: string[] } {
  const items = { ...stored };
  const duplicates: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(ours)])) {
    const was = before[key];
    const now = ours[key];
    if (now === was) continue;
    if (items[key] !== was) {
      if (now !== undefined && now !== items[key]) duplicates.push(now);
      continue;
    }
    if (now === undefined) delete items[key];
    else items[key] = now;
  }
  return { items, duplicates };
}
