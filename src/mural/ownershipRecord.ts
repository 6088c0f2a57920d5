import { z } from 'zod';
import { FRAME_IDS, type FrameId } from '../core/activity';
import { WorkshopConfigSchema, type WorkshopConfig } from '../core/config';
import type { Ledger } from '../core/ledger';
import type { MuralWidgetRead } from './widgetModel';

/**
 * What the app made, recorded IN THE MURAL (MURAL has no app storage and no widget metadata):
 * one hidden textbox per app area, inside that area, whose text is a small JSON record —
 * the activity, the area's id, the layout origin and configuration, and role key → widget id for
 * every app widget in the area. Any facilitator's page that reads the mural sees it.
 * Ownership is by widget ID: a participant's copy of an app widget (same text, style and outline
 * title, new id) is in no record, so it is never changed, moved or deleted.
 */
export const RECORD_TITLE = 'Accelerate Board record (do not edit)';
/** Where the record sits in its area (hidden, so it is never in anyone's way). */
export const RECORD_BOX = { x: 0, y: 0, width: 40, height: 20 } as const;

const RecordSchema = z.object({
  accelerateBoard: z.literal(1),
  activity: z.enum(FRAME_IDS),
  area: z.string().min(1),
  origin: z.object({ x: z.number(), y: z.number() }),
  config: WorkshopConfigSchema.optional(),
  items: z.record(z.string(), z.string()),
});

export type AreaRecord = z.infer<typeof RecordSchema>;

/** A record as read from the mural: its content and the textbox holding it. */
export type StoredRecord = { widgetId: string; record: AreaRecord; text: string };

export function recordText(record: AreaRecord): string {
  return JSON.stringify(record);
}

/** The build lease (`buildLease.ts`): a hidden textbox at the mural's root while a page builds. */
export const LEASE_TITLE = 'Accelerate Board build lease (do not edit)';

/** A record or a build lease: the adapter's metadata, never a board item (not in the snapshot, not content). */
export function isAppMetadata(widget: MuralWidgetRead): boolean {
  return widget.type === 'text' && (widget.title === RECORD_TITLE || widget.title === LEASE_TITLE);
}

/** Looks like a record (whether or not it is valid). */
export function isRecordWidget(widget: MuralWidgetRead): boolean {
  return widget.type === 'text' && widget.title === RECORD_TITLE;
}

function parseRecord(widget: MuralWidgetRead, byId: ReadonlyMap<string, MuralWidgetRead>): AreaRecord | undefined {
  if (!isRecordWidget(widget) || widget.text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(widget.text);
  } catch {
    return undefined;
  }
  const parsed = RecordSchema.safeParse(json);
  if (!parsed.success) return undefined;
  // Trusted only inside the area it names: a record moved out, or whose area is gone, says nothing.
  const area = byId.get(parsed.data.area);
  if (widget.parentId !== parsed.data.area || area?.type !== 'area') return undefined;
  return parsed.data;
}

/** Every app-made thing the mural's records name, assembled as the core's ledger. */
export type MuralOwnership = {
  records: Map<FrameId, StoredRecord>;
  /** Undefined on a mural the app never built. */
  ledger: Ledger | undefined;
  /** Ids the records name (areas, their items) and the records themselves. */
  owned: Set<string>;
  /** Record widgets that lost to another (two pages built at once) or are invalid: left alone. */
  ignoredRecords: string[];
};

/**
 * Reads the records. Per activity the oldest valid record wins (a second facilitator's page that
 * raced this one made a younger one); ties by id, so every page picks the same.
 */
export function ownershipFrom(widgets: readonly MuralWidgetRead[]): MuralOwnership {
  const byId = new Map(widgets.map((widget) => [widget.id, widget]));
  const candidates = widgets
    .filter(isRecordWidget)
    .sort((a, b) => (a.createdOn ?? 0) - (b.createdOn ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const records = new Map<FrameId, StoredRecord>();
  const ignoredRecords: string[] = [];
  const areasTaken = new Set<string>();
  for (const widget of candidates) {
    const record = parseRecord(widget, byId);
    if (!record || records.has(record.activity) || areasTaken.has(record.area)) {
      ignoredRecords.push(widget.id);
      continue;
    }
    records.set(record.activity, { widgetId: widget.id, record, text: widget.text ?? '' });
    areasTaken.add(record.area);
  }
  const owned = new Set<string>();
  const frames: Partial<Record<FrameId, string>> = {};
  const items: Record<string, string> = {};
  let first: AreaRecord | undefined;
  for (const activity of FRAME_IDS) {
    const stored = records.get(activity);
    if (!stored) continue;
    first ??= stored.record;
    frames[activity] = stored.record.area;
    owned.add(stored.record.area);
    owned.add(stored.widgetId);
    for (const [key, id] of Object.entries(stored.record.items)) {
      items[key] = id;
      owned.add(id);
    }
  }
  const ledger: Ledger | undefined = first
    ? { version: 1, origin: first.origin, ...(first.config ? { config: first.config } : {}), frames, items }
    : undefined;
  return { records, ledger, owned, ignoredRecords };
}

/** A new or updated record for one area. */
export function areaRecordFrom(args: {
  activity: FrameId;
  areaId: string;
  origin: { x: number; y: number };
  config: WorkshopConfig | undefined;
  items: Record<string, string>;
}): AreaRecord {
  const sorted = Object.fromEntries(Object.entries(args.items).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    accelerateBoard: 1,
    activity: args.activity,
    area: args.areaId,
    origin: args.origin,
    ...(args.config ? { config: args.config } : {}),
    items: sorted,
  };
}
