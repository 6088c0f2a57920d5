import { z } from 'zod';
import { LedgerSchema } from './ledger';

/**
 * One board item as every action sees it: plain data, absolute geometry, plain text.
 * `x`,`y` are the item's centre in BOARD coordinates (frame children already resolved);
 * sizes in board px.
 */
export const SnapshotItemSchema = z.object({
  id: z.string(),
  /** SDK type: `frame`, `sticky_note`, `shape`, `text`, `card`, `image`, `connector`, or an unsupported kind (`stamp`, …). */
  type: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
  parentId: z.string().nullable(),
  /** Plain text: HTML stripped, entities decoded. A card is `title\ndescription`, a frame its title. */
  text: z.string(),
  /** Sticky notes: a named colour; shapes and text: hex; otherwise null. */
  color: z.string().nullable(),
  /** Shape name (`circle`, `rectangle`, …) for shapes, else null. */
  shape: z.string().nullable(),
  /** Connectors only: the item ids at each end. */
  start: z.string().optional(),
  end: z.string().optional(),
});

export type SnapshotItem = z.infer<typeof SnapshotItemSchema>;

export const BoardSnapshotSchema = z.object({
  items: z.array(SnapshotItemSchema),
  /** What the app made here; absent on a board it never built. */
  ledger: LedgerSchema.optional(),
});

export type BoardSnapshot = z.infer<typeof BoardSnapshotSchema>;
