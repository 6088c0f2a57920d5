import type { BoardStore, Removal } from './boardStore';
import type { EventHub } from './events';
import type { ItemRecord } from './records';
import type { ItemFactory } from './sdkItems';

/**
 * Turns board changes into events: `items:create`, `items:delete`, `experimental:items:update`,
 * `selection:update` (each `{items}`), plus the emulator's own `onChange` for the renderer.
 * Payload items are built right after the change and delivered on a microtask.
 */
export class BoardChanges {
  constructor(
    private readonly store: BoardStore,
    private readonly factory: ItemFactory,
    private readonly events: EventHub,
  ) {}

  created(records: readonly ItemRecord[]): void {
    this.emitItems('items:create', records);
    this.events.changed();
  }

  updated(records: readonly ItemRecord[]): void {
    const unique = [...new Map(records.map((record) => [record.id, record])).values()];
    this.emitItems('experimental:items:update', unique.filter((record) => this.store.items.has(record.id)));
    this.events.changed();
  }

  deleted(removal: Removal, selectionBefore: number): void {
    this.emitItems('items:delete', removal.removed);
    const removedIds = new Set(removal.removed.map((record) => record.id));
    const stillThere = removal.updated.filter((record) => !removedIds.has(record.id));
    if (stillThere.length > 0) this.emitItems('experimental:items:update', stillThere);
    if (this.store.selection.size !== selectionBefore) this.selectionChanged();
    this.events.changed();
  }

  selectionChanged(): void {
    this.events.emit('selection:update', () => ({
      items: [...this.store.selection].flatMap((id) => {
        const record = this.store.items.get(id);
        return record ? [this.factory.item(record)] : [];
      }),
    }));
    this.events.changed();
  }

  /** Changes with no item event (tags, groups, metadata): only the renderer hears of them. */
  other(): void {
    this.events.changed();
  }

  private emitItems(event: string, records: readonly ItemRecord[]): void {
    if (records.length === 0) return;
    this.events.emit(event, () => ({ items: records.map((record) => this.factory.item(record)) }));
  }
}
