import type { Item } from '@mirohq/websdk-types';
import { plainTextFromHtml } from '../core/html';
import type { BoardPoint } from './createPlannedItem';

/**
 * Finds items the app made but did not get to record (the panel closed, or Miro lost a call's
 * answer): same type, same text, exactly where the plan puts them. Only items missing from the
 * ledger are candidates, so nothing a participant moved or wrote is ever taken over.
 */
export type AdoptionIndex = {
  take(type: string, content: string, at: BoardPoint): Item | undefined;
};

const slot = (type: string, at: BoardPoint) => `${type}|${Math.round(at.x)}|${Math.round(at.y)}`;

export function createAdoptionIndex(candidates: ReadonlyArray<{ item: Item; centre: BoardPoint }>): AdoptionIndex {
  const bySlot = new Map<string, Item[]>();
  for (const { item, centre } of candidates) {
    const key = slot(item.type, centre);
    bySlot.set(key, [...(bySlot.get(key) ?? []), item]);
  }
  return {
    take(type, content, at) {
      const items = bySlot.get(slot(type, at));
      const text = plainTextFromHtml(content);
      const index = items?.findIndex((item) => 'content' in item && plainTextFromHtml(String(item.content)) === text) ?? -1;
      if (!items || index < 0) return undefined;
      return items.splice(index, 1)[0];
    },
  };
}
