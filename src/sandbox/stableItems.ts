import type { ItemView } from '../index';

/** Remembers the last snapshot so unchanged items keep their object identity between reads. */
export type ItemIdentityCache = Map<string, { signature: string; item: ItemView }>;

/**
 * `emulated.items()` returns fresh copies on every read; reusing the previous object for an
 * unchanged item lets memoised renderers skip it, which keeps ~1,000 items smooth.
 */
export function itemsWithStableIdentity(next: readonly ItemView[], cache: ItemIdentityCache): ItemView[] {
  const seen = new Set<string>();
  const result = next.map((item) => {
    seen.add(item.id);
    const signature = JSON.stringify(item);
    const previous = cache.get(item.id);
    if (previous && previous.signature === signature) return previous.item;
    cache.set(item.id, { signature, item });
    return item;
  });
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return result;
}
