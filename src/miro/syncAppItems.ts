import type { Frame, Item, Miro } from '@mirohq/websdk-types';
import { plainTextFromHtml } from '../core/html';
import type { Ledger } from '../core/ledger';
import type { PlannedItem } from '../core/plan';
import { attachToFrame } from './attachToFrame';
import type { CallQueue } from './callQueue';
import { createAdoptionIndex, type AdoptionIndex } from './adoptionIndex';
import { boardCentresIn } from './boardGeometry';
import { createReconciled } from './createReconciled';
import { plannedItemJob } from './plannedItemJob';
import { assertFitsInFrame } from './frameFit';
import { isPositioned } from './itemGuards';
import { allSettledOrThrow } from './settle';
import { removeItem } from './removeItem';

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
  const adoption = unrecordedItemsIn(frame, items, ledger);
  const toCreate: Array<{ planned: PlannedItem; at: { x: number; y: number } }> = [];

  const stale = Object.entries(ledger.items).filter(([key]) => key.startsWith(keyPrefix) && !plannedKeys.has(key));
  await allSettledOrThrow(
    stale.map(async ([key, id]) => {
      const item = items.get(id);
      if (item) await removeItem(miro, queue, item);
      delete ledger.items[key];
      if (item) counts.removed++;
    }),
  );

  await allSettledOrThrow(
    planned.map(async (plannedItem) => {
      const at = { x: topLeft.x + plannedItem.x, y: topLeft.y + plannedItem.y };
      let existing = items.get(ledger.items[plannedItem.key] ?? '');
      if (existing && isPositioned(existing) && existing.parentId !== frame.id) {
        // Dragged out of its frame: its x/y are now in another frame's space, and put back unparented
        // it would not follow the frame. Made afresh instead.
        const stray = existing;
        await removeItem(miro, queue, stray);
        counts.removed++;
        existing = undefined;
      } else if (!existing) {
        // Made by a run that stopped before recording it: taken back, not drawn twice.
        const adopted = adoption.take(plannedItem, at);
        if (adopted) ledger.items[plannedItem.key] = adopted.id;
        if (adopted && isPositioned(adopted) && adopted.parentId !== frame.id) {
          created.push(adopted);
          return;
        }
        existing = adopted;
      }
      if (existing && isPositioned(existing)) {
        const current = existing;
        if (applyDifferences(current, plannedItem, { x: plannedItem.x, y: plannedItem.y })) {
          await queue.run(50, () => current.sync());
          counts.updated++;
        }
        return;
      }
      toCreate.push({ planned: plannedItem, at });
    }),
  );
  const known = new Set([...items.keys(), ...Object.values(ledger.items), ...Object.values(ledger.frames)]);
  await createReconciled(
    miro,
    queue,
    toCreate.map(({ planned: item, at }) => plannedItemJob(miro, item, at)),
    known,
    (index, item) => {
      ledger.items[toCreate[index]!.planned.key] = item.id;
      created.push(item);
      counts.created++;
    },
  );
  await attachToFrame(miro, queue, frame, created);
  return counts;
}

/**
 * Items in the frame (attached or lying inside it) that no ledger entry names: candidates for
 * adoption only where a planned item's type, text and exact position match.
 */
function unrecordedItemsIn(frame: Frame, items: ReadonlyMap<string, Item>, ledger: Ledger): AdoptionIndex {
  const recorded = new Set([...Object.values(ledger.items), ...Object.values(ledger.frames)]);
  const centreOf = boardCentresIn(items);
  const candidates = [...items.values()]
    .filter(isPositioned)
    .filter((item) => !recorded.has(item.id) && item.type !== 'frame')
    .map((item) => ({ item, centre: centreOf(item) }))
    .filter(({ item, centre }) => item.parentId === frame.id || (!item.parentId && insideFrame(centre, frame)));
  return createAdoptionIndex(candidates);
}

const insideFrame = (point: { x: number; y: number }, frame: Frame) =>
  Math.abs(point.x - frame.x) <= frame.width / 2 && Math.abs(point.y - frame.y) <= frame.height / 2;

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
    if (!sameValue(key, target.style?.[key], value)) {
      target.style = { ...target.style, [key]: value };
      changed = true;
    }
  }
  return changed;
}

/**
 * What Miro reads back may differ from what was written without being a change: positions rounded
 * to the pixel (within half a pixel is the same), hex colours in either case, content as HTML Miro
 * may rewrite (compared as text).
 */
function sameValue(key: string, current: unknown, wanted: unknown): boolean {
  if (typeof current === 'number' && typeof wanted === 'number') return Math.abs(current - wanted) <= 0.5;
  if (typeof current === 'string' && typeof wanted === 'string' && current.startsWith('#')) return current.toLowerCase() === wanted.toLowerCase();
  if (key === 'content' && typeof current === 'string' && typeof wanted === 'string') {
    return plainTextFromHtml(current) === plainTextFromHtml(wanted);
  }
  return current === wanted;
}
