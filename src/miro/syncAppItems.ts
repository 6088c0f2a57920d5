import type { Frame, Item, Miro } from '@mirohq/websdk-types';
import { plainTextFromHtml } from '../core/html';
import type { Ledger } from '../core/ledger';
import type { PlannedItem } from '../core/plan';
import { attachToFrame } from './attachToFrame';
import type { CallQueue } from './callQueue';
import { createPlannedItem } from './createPlannedItem';
import { assertFitsInFrame } from './frameFit';
import { isPositioned } from './itemGuards';
import { allSettledOrThrow } from './settle';

export type SyncCounts = { created: number; updated: number; removed: number };

/**
 * Makes the app-owned items under `keyPrefix` in one frame match `planned` (frame space): creates
 * what is missing, updates only what differs, removes what is no longer planned. Items outside the
 * ledger — everything people made — are never touched. Mutates `ledger`; the caller persists it.
 * A frame made too small for `planned` throws `FrameTooSmallError` before anything is written.
 */
export async function syncAppItems(
  miro: Miro,
  queue: CallQueue,
  args: { frame: Frame; items: ReadonlyMap<string, Item>; ledger: Ledger; keyPrefix: string; planned: readonly PlannedItem[] },
): Promise<SyncCounts> {
  const { frame, items, ledger, keyPrefix, planned } = args;
  assertFitsInFrame(frame, planned);
  const counts: SyncCounts = { created: 0, updated: 0, removed: 0 };
  const topLeft = { x: frame.x - frame.width / 2, y: frame.y - frame.height / 2 };
  const plannedKeys = new Set(planned.map((item) => item.key));
  const created: Item[] = [];

  const stale = Object.entries(ledger.items).filter(([key]) => key.startsWith(keyPrefix) && !plannedKeys.has(key));
  await allSettledOrThrow(
    stale.map(async ([key, id]) => {
      const item = items.get(id);
      if (item) await queue.run(50, () => miro.board.remove(item));
      delete ledger.items[key];
      if (item) counts.removed++;
    }),
  );

  await allSettledOrThrow(
    planned.map(async (plannedItem) => {
      let existing = items.get(ledger.items[plannedItem.key] ?? '');
      if (existing && isPositioned(existing) && existing.parentId !== frame.id) {
        // Dragged out of its frame: its x/y are now in another frame's space, and put back unparented
        // it would not follow the frame. Made afresh instead.
        const stray = existing;
        await queue.run(50, () => miro.board.remove(stray));
        counts.removed++;
        existing = undefined;
      }
      if (existing && isPositioned(existing)) {
        const at = { x: plannedItem.x, y: plannedItem.y };
        if (applyDifferences(existing, plannedItem, at)) {
          await queue.run(50, () => existing.sync());
          counts.updated++;
        }
        return;
      }
      const at = { x: topLeft.x + plannedItem.x, y: topLeft.y + plannedItem.y };
      const item = await queue.run(50, () => createPlannedItem(miro, plannedItem, at));
      ledger.items[plannedItem.key] = item.id;
      created.push(item);
      counts.created++;
    }),
  );
  await attachToFrame(miro, queue, frame, created);
  return counts;
}

/** Copies onto `item` whatever differs from the plan; true when something did. */
function applyDifferences(item: Item, planned: PlannedItem, at: { x: number; y: number }): boolean {
  const target = item as unknown as Record<string, unknown> & { style?: Record<string, unknown> };
  const wanted: Record<string, unknown> = { x: at.x, y: at.y, content: planned.content };
  const wantedStyle: Record<string, unknown> = {};
  if (planned.kind === 'shape') {
    // Shape width/height are read-only in the typings, yet Miro resizes shapes on sync.
    Object.assign(wanted, { width: planned.width, height: planned.height });
    Object.assign(wantedStyle, { fillColor: planned.fillColor, borderColor: planned.borderColor, borderWidth: planned.borderWidth });
  }
  let changed = false;
  for (const [key, value] of Object.entries(wanted)) {
    if (!sameValue(key, target[key], value)) {
      target[key] = value;
      changed = true;
    }
  }
  for (const [key, value] of Object.entries(wantedStyle)) {
    if (target.style?.[key] !== value) {
      target.style = { ...target.style, [key]: value };
      changed = true;
    }
  }
  return changed;
}

/** Positions within half a pixel are the same; content is compared as text, as Miro may rewrite its HTML. */
function sameValue(key: string, current: unknown, wanted: unknown): boolean {
  if (typeof current === 'number' && typeof wanted === 'number') return Math.abs(current - wanted) < 0.5;
  if (key === 'content' && typeof current === 'string' && typeof wanted === 'string') {
    return plainTextFromHtml(current) === plainTextFromHtml(wanted);
  }
  return current === wanted;
}
