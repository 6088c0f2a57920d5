import type { Frame, Item } from '@mirohq/websdk-types';
import type { ActivityId } from '../core/activity';
import type { BoardPlan, PlannedItem } from '../core/plan';
import { isPlannedCopy } from './adoptionIndex';
import type { BoardPoint } from './createPlannedItem';
import { isFrame } from './itemGuards';

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

export type Layout = { origin: BoardPoint; frames: Map<ActivityId, Frame>; first: Frame };

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
 * For one planned item at board point `at`: its copies on the board that this build may decide
 * about (recorded by it, or new since it read the board), first-created first.
 */
export function copiesOf(planned: PlannedItem, at: BoardPoint, candidates: ReadonlyArray<{ item: Item; centre: BoardPoint }>): Item[] {
  return candidates
    .filter(({ item, centre }) => isPlannedCopy(item, centre, planned, at))
    .map(({ item }) => item)
    .sort((a, b) => (createdBefore(a, b) ? -1 : 1));
}
