import { z } from 'zod';
import { ACTIVITY_IDS } from './activity';
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
  frames: z.partialRecord(z.enum(ACTIVITY_IDS), z.string()),
  items: z.record(z.string(), z.string()),
});

export type Ledger = z.infer<typeof LedgerSchema>;

/** A stored ledger that does not parse is treated as absent. */
export function parseLedger(value: unknown): Ledger | undefined {
  const parsed = LedgerSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
