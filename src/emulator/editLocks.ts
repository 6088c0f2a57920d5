import type { BoardStore } from './boardStore';

/**
 * Items someone is typing in. Miro's error handling lists what then fails (wording kept):
 * a sync or removal of the item, attaching it to a parent, and changing a parent one of whose
 * children is locked. Strictest reading: `frame.add` to a frame holding a locked item fails too.
 */
export class EditLocks {
  private readonly counts = new Map<string, number>();

  constructor(private readonly store: BoardStore) {}

  /** Returns the function that ends this edit. */
  start(id: string): () => void {
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const left = (this.counts.get(id) ?? 1) - 1;
      if (left > 0) this.counts.set(id, left);
      else this.counts.delete(id);
    };
  }

  isLocked(id: string): boolean {
    return this.counts.has(id);
  }

  /** `sync` or `board.remove` of the item. */
  assertChangeable(id: string): void {
    if (this.isLocked(id)) throw new Error(`item ${id} is locked by another client`);
    if (this.store.childIds(id).some((child) => this.isLocked(child))) {
      throw new Error(`Cannot change item ${id}: another client is locking at least one of the item's children`);
    }
  }

  /** `frame.add` of `memberIds` to `frameId`. */
  assertAttachable(frameId: string, memberIds: readonly string[]): void {
    const locked = memberIds.find((id) => this.isLocked(id));
    if (locked) throw new Error(`Cannot attach a locked item to a parent (item ${locked})`);
    if (this.store.childIds(frameId).some((child) => this.isLocked(child))) {
      throw new Error(`Cannot change parent, because another client is locking at least one of the item's children (frame ${frameId})`);
    }
  }
}
