import type { Frame, Item } from '@mirohq/websdk-types';
import type { FrameId } from '../core/activity';
import type { BoardPlan } from '../core/plan';
import { isPlannedCopy } from './adoptionIndex';
import { boardCentresIn } from './boardGeometry';
import type { BoardPoint } from './createPlannedItem';
import { isFrame, isPositioned } from './itemGuards';

/**
 * Two panels that build at once converge on one board without relying on timing (storage has no
 * compare-and-set, and a slow panel's writes land late): the layout whose first frame Miro created
 * first wins, and within a layout the first copy of each planned item wins. Every panel that sees
 * both comes to the same answer, and the panel that made the later copy always sees both.
 */

/** Miro's creation order: `createdAt`, then id for items created in the same millisecond. */
export function createdBefore(a: Item, b: Item): boolean {
  const at = (item: Item) => String((item as { createdAt?: unknown }).createdAt ?? '');
  if (at(a) !== at(b)) return at(a) < at(b);
  return a.id.length !== b.id.length ? a.id.length < b.id.length : a.id < b.id;
}

export type Layout = { origin: BoardPoint; frames: Map<FrameId, Frame>; first: Frame };

/** Board frames grouped into layouts of this plan: title and size of a planned frame, grouped by where the plan's origin lies. */
export function layoutsOnBoard(items: readonly Item[], plan: BoardPlan): Layout[] {
  const layouts = new Map<string, Layout>();
  for (const frame of items.filter(isFrame)) {
    const planned = plan.frames.find((candidate) => candidate.title === frame.title && candidate.width === frame.width && candidate.height === frame.height);
    if (!planned) continue;
    const origin = { x: Math.round(frame.x - planned.x), y: Math.round(frame.y - planned.y) };
    const key = `${origin.x}|${origin.y}`;
    const layout = layouts.get(key) ?? { origin, frames: new Map(), first: frame };
    const taken = layout.frames.get(planned.activity);
    if (!taken || createdBefore(frame, taken)) layout.frames.set(planned.activity, frame);
    if (createdBefore(frame, layout.first)) layout.first = frame;
    layouts.set(key, layout);
  }
  return [...layouts.values()];
}

/** The layout a build should use: the one whose first frame was created first among `contenders`. */
export function winningLayout(layouts: readonly Layout[]): Layout | undefined {
  return layouts.reduce<Layout | undefined>((best, layout) => (!best || createdBefore(layout.first, best.first) ? layout : best), undefined);
}

/**
 * Where two builds drew the same planned item in the same frame: the first copy (to record, by
 * role key) and the later ones (to remove). Only copies this build may decide about count — those
 * it recorded (`recorded`) or that are new since it read the board (not in `before`).
 */
export function firstCopies(
  items: readonly Item[],
  plan: BoardPlan,
  frames: ReadonlyMap<FrameId, Frame>,
  recorded: ReadonlySet<string>,
  before: ReadonlySet<string>,
): { first: Map<string, string>; later: Item[] } {
  const byId = new Map(items.map((item) => [item.id, item]));
  const centreOf = boardCentresIn(byId);
  const candidates = items
    .filter(isPositioned)
    .filter((item) => recorded.has(item.id) || !before.has(item.id))
    .map((item) => ({ item, centre: centreOf(item) }));
  const first = new Map<string, string>();
  const later: Item[] = [];
  for (const planned of plan.frames) {
    const frame = byId.get(frames.get(planned.activity)?.id ?? '');
    if (!isFrame(frame)) continue;
    const topLeft = { x: frame.x - frame.width / 2, y: frame.y - frame.height / 2 };
    for (const item of planned.items) {
      const at = { x: topLeft.x + item.x, y: topLeft.y + item.y };
      const [kept, ...rest] = candidates
        .filter(({ item: candidate, centre }) => isPlannedCopy(candidate, centre, item, at))
        .map(({ item: candidate }) => candidate)
        .sort((a, b) => (createdBefore(a, b) ? -1 : 1));
      if (!kept) continue;
      first.set(item.key, kept.id);
      later.push(...rest);
    }
  }
  return { first, later };
}
