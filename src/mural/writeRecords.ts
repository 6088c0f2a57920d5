import type { FrameId } from '../core/activity';
import type { WorkshopConfig } from '../core/config';
import { createWidgets, type CreateContext, type KeyedDraft } from './createWidgets';
import { areaRecordFrom, RECORD_BOX, RECORD_TITLE, recordText, type StoredRecord } from './ownershipRecord';

export type RecordUpdate = {
  activity: FrameId;
  areaId: string;
  origin: { x: number; y: number };
  config: WorkshopConfig | undefined;
  items: Record<string, string>;
  /** The record as read at the start of the run, when the area has one. */
  stored: StoredRecord | undefined;
};

/**
 * Brings each area's record up to date: a changed record is updated in place (PATCH, safe to
 * repeat), missing ones are created together in one textbox array (hidden, inside their area).
 * Unchanged records cost nothing. Returns the number of requests' worth of records written.
 */
export async function writeRecords(context: CreateContext, updates: readonly RecordUpdate[]): Promise<number> {
  const creates: KeyedDraft[] = [];
  let written = 0;
  for (const update of updates) {
    const text = recordText(areaRecordFrom({ activity: update.activity, areaId: update.areaId, origin: update.origin, config: update.config, items: update.items }));
    if (update.stored) {
      if (update.stored.text === text) continue;
      await context.client.request({
        method: 'PATCH',
        path: `/widgets/textbox/${encodeURIComponent(update.stored.widgetId)}`,
        route: 'PATCH /murals/{muralId}/widgets/textbox/{widgetId}',
        body: { text },
      });
      written++;
      continue;
    }
    creates.push({
      key: update.activity,
      draft: { route: 'textbox', body: { parentId: update.areaId, ...RECORD_BOX, text, title: RECORD_TITLE, hidden: true, style: { fontSize: 8 } } },
    });
  }
  if (creates.length > 0) {
    await createWidgets({ ...context, onCreated: undefined }, creates);
    written += creates.length;
  }
  return written;
}
