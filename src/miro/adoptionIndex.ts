import type { Item } from '@mirohq/websdk-types';
import { plainTextFromHtml } from '../core/html';
import type { PlannedItem } from '../core/plan';
import { SDK_TYPE, type BoardPoint } from './createPlannedItem';

/**
 * Finds items the app made but did not get to record (the panel closed, or Miro lost a call's
 * answer): same type, shape, width and text, exactly where the plan puts them. Only items missing
 * from the ledger are candidates, so nothing a participant moved or wrote is ever taken over.
 */
export type AdoptionIndex = {
  take(planned: PlannedItem, at: BoardPoint): Item | undefined;
};

const slot = (type: string, at: BoardPoint) => `${type}|${Math.round(at.x)}|${Math.round(at.y)}`;

export function createAdoptionIndex(candidates: ReadonlyArray<{ item: Item; centre: BoardPoint }>): AdoptionIndex {
  const bySlot = new Map<string, Item[]>();
  for (const { item, centre } of candidates) {
    const key = slot(item.type, centre);
    bySlot.set(key, [...(bySlot.get(key) ?? []), item]);
  }
  return {
    take(planned, at) {
      const items = bySlot.get(slot(SDK_TYPE[planned.kind], at));
      const text = plainTextFromHtml(planned.content);
      const index = items?.findIndex((item) => matches(item as unknown as Record<string, unknown>, planned, text)) ?? -1;
      if (!items || index < 0) return undefined;
      return items.splice(index, 1)[0];
    },
  };
}

/** Whether `item`, centred at `centre` on the board, is a copy of `planned` drawn at `at`. */
export function isPlannedCopy(item: Item, centre: BoardPoint, planned: PlannedItem, at: BoardPoint): boolean {
  return (
    slot(item.type, centre) === slot(SDK_TYPE[planned.kind], at) &&
    matches(item as unknown as Record<string, unknown>, planned, plainTextFromHtml(planned.content))
  );
}

function matches(item: Record<string, unknown>, planned: PlannedItem, text: string): boolean {
  if (typeof item.content !== 'string' || plainTextFromHtml(item.content) !== text) return false;
  if (typeof item.width !== 'number' || Math.abs(item.width - planned.width) >= 1) return false;
  return planned.kind !== 'shape' || item.shape === planned.shape;
}
