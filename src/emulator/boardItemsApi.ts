import type { BoardChanges } from './boardChanges';
import { queryBoard } from './boardQuery';
import type { BoardStore, Removal } from './boardStore';
import type { SdkCall } from './callGate';
import { assertPlainObject, fail } from './contentRules';
import { newCard, newConnector, newFrame, newShape, newStickyNote, newTag, newText, type NewItem } from './createRules';
import { APP_USER, type ItemRecord } from './records';
import type { ItemFactory, ItemOperations, SdkObject } from './sdkItems';

export type BoardParts = { store: BoardStore; factory: ItemFactory; call: SdkCall; changes: BoardChanges; operations: ItemOperations };

function objectId(method: string, item: unknown): { id: string; type: string } {
  const given = assertPlainObjectLike(method, item);
  if (typeof given['id'] !== 'string') fail(method, 'pass an item object with an id');
  return { id: given['id'], type: String(given['type']) };
}

function assertPlainObjectLike(method: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object') fail(method, 'pass an item object');
  return value as Record<string, unknown>;
}

/** `miro.board` methods that create, read, remove and group items. */
export function createBoardItemsApi({ store, factory, call, changes, operations }: BoardParts) {
  const create = (path: string, build: () => NewItem) =>
    call(path, () => {
      const record = store.newRecord(APP_USER, build());
      store.insert(record);
      changes.created([record]);
      return factory.item(record);
    });

  const removeTag = (id: string) => {
    store.tags.delete(id);
    const updated: ItemRecord[] = [];
    for (const record of store.items.values()) {
      const tagIds = record.props['tagIds'];
      if (Array.isArray(tagIds) && tagIds.includes(id)) {
        record.props['tagIds'] = tagIds.filter((tagId) => tagId !== id);
        updated.push(record);
      }
    }
    changes.updated(updated);
  };

  /** Conservative: removing a group removes its items (changelog 2024-01-25 "Remove grouped items"). */
  const removeItems = (ids: readonly string[]) => {
    const selectionBefore = store.selection.size;
    const total: Removal = { removed: [], updated: [], removedGroups: [] };
    for (const id of ids) {
      const removal = store.removeItem(id);
      total.removed.push(...removal.removed);
      total.updated.push(...removal.updated);
      total.removedGroups.push(...removal.removedGroups);
    }
    changes.deleted(total, selectionBefore);
  };

  const selectionCall = (path: string, filter: unknown, select: boolean) =>
    call(path, () => {
      const matched = queryBoard(path, store, factory, filter).filter((entity) => store.items.has(entity.id));
      for (const entity of matched) {
        if (select) store.selection.add(entity.id);
        else store.selection.delete(entity.id);
      }
      changes.selectionChanged();
      return matched;
    });

  return {
    createFrame: (props?: unknown) => create('board.createFrame', () => newFrame('board.createFrame', props)),
    createStickyNote: (props?: unknown) => create('board.createStickyNote', () => newStickyNote('board.createStickyNote', props, store)),
    createShape: (props?: unknown) => create('board.createShape', () => newShape('board.createShape', props)),
    createText: (props?: unknown) => create('board.createText', () => newText('board.createText', props)),
    createCard: (props?: unknown) => create('board.createCard', () => newCard('board.createCard', props, store)),
    createConnector: (props?: unknown) => create('board.createConnector', () => newConnector('board.createConnector', props, store)),
    createTag: (props?: unknown) =>
      call('board.createTag', () => {
        if (store.tags.size >= 100) fail('board.createTag', 'a board holds at most 100 tags');
        const tag = newTag('board.createTag', props, store.nextId());
        store.tags.set(tag.id, tag);
        changes.other();
        return factory.tag(tag);
      }),

    get: (filter?: unknown) => call('board.get', () => queryBoard('board.get', store, factory, filter)),
    getById: (id: unknown) =>
      call('board.getById', () => {
        const entity = typeof id === 'string' ? factory.byId(id) : undefined;
        if (!entity) fail('board.getById', `no item with id ${JSON.stringify(id)} on the board`);
        return entity;
      }),

    sync: (item: unknown) => operations.sync('board.sync', item as SdkObject),

    remove: (item: unknown) =>
      call('board.remove', () => {
        const { id, type } = objectId('board.remove', item);
        if (type === 'tag' || store.tags.has(id)) {
          if (!store.tags.has(id)) fail('board.remove', `no tag with id ${id} on the board`);
          return removeTag(id);
        }
        const group = store.groups.get(id);
        for (const memberId of group ? group.itemIds : [id]) if (store.items.has(memberId)) store.locks.assertChangeable(memberId);
        if (group) {
          store.groups.delete(id);
          return removeItems([...group.itemIds]);
        }
        store.requireItem('board.remove', id);
        removeItems([id]);
      }),

    group: (props: unknown) =>
      call('board.group', () => {
        const given = assertPlainObject('board.group', 'props', props);
        const items = given['items'];
        if (!Array.isArray(items) || items.length < 2) fail('board.group', 'groups need at least two items');
        const records = items.map((item: unknown) => store.requireItem('board.group', objectId('board.group', item).id));
        if (new Set(records.map((record) => record.id)).size !== records.length) fail('board.group', 'an item is listed twice');
        const grouped = records.find((record) => record.groupId);
        if (grouped) fail('board.group', `item ${grouped.id} is already in a group`);
        // Undocumented; conservative: all items share one parent (all top-level or all in one frame).
        if (new Set(records.map((record) => record.parentId)).size > 1) fail('board.group', 'grouped items must share the same parent frame');
        const group = { id: store.nextId(), itemIds: records.map((record) => record.id) };
        store.groups.set(group.id, group);
        for (const record of records) record.groupId = group.id;
        changes.updated(records);
        return factory.group(group);
      }),

    getSelection: () =>
      call('board.getSelection', () =>
        [...store.selection].flatMap((id) => {
          const record = store.item(id);
          return record ? [factory.item(record)] : [];
        }),
      ),
    select: (filter?: unknown) => selectionCall('board.select', filter, true),
    deselect: (filter?: unknown) => selectionCall('board.deselect', filter, false),
  };
}
