import type { BoardChanges } from './boardChanges';
import { connectorEnds, type BoardStore } from './boardStore';
import type { SdkCall } from './callGate';
import { fail, isJson, jsonByteSize } from './contentRules';
import { attachToFrame, detachFromFrame, requireFrame } from './frameRules';
import { APP_USER, copyData, type JsonValue } from './records';
import type { ItemFactory, ItemOperations, SdkObject } from './sdkItems';
import { syncOutcome, tagOutcome } from './syncRules';

/** Item metadata: up to 6 KB of JSON per item, all keys together (websdk-reference-board). */
export const METADATA_MAX_BYTES = 6 * 1024;

const PARENT_FIELDS = ['parentId', 'x', 'y', 'relativeTo'];

export function createItemOperations(store: BoardStore, factory: ItemFactory, call: SdkCall, changes: BoardChanges): ItemOperations {
  const requireGroup = (method: string, id: unknown) => {
    const group = typeof id === 'string' ? store.groups.get(id) : undefined;
    if (!group) fail(method, `no group with id ${JSON.stringify(id)} on the board`);
    return group;
  };

  const syncTag = (path: string, object: SdkObject) => {
    const tag = store.tags.get(object.id);
    if (!tag) fail(path, `no tag with id ${object.id} on the board`);
    Object.assign(tag, tagOutcome(path, object));
    factory.refresh(object, { title: tag.title, color: tag.color });
    changes.other();
  };

  /** The item behind an object passed to an SDK call; groups and tags carry no metadata (websdk-reference-group). */
  const metadataOwner = (path: string, object: unknown) => {
    const id = (object as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && (store.groups.has(id) || store.tags.has(id))) fail(path, `${store.groups.has(id) ? 'groups' : 'tags'} do not support metadata`);
    return store.requireItem(path, id);
  };

  const syncItem = (path: string, object: SdkObject) => {
    const record = store.requireItem(path, object.id);
    store.locks.assertChangeable(record.id);
    const board = factory.itemData(record);
    const outcome = syncOutcome(path, store, record, object, factory.snapshotOf(object) ?? board, board);
    const ends = connectorEnds(record);
    const geometryBefore = geometryOf(record);
    Object.assign(record, outcome.record);
    for (const { child, x, y } of outcome.childPositions) Object.assign(child, { x, y });
    if (record.type === 'connector') store.reconnect(record, ends);
    store.touch(record, APP_USER);
    factory.refresh(object, factory.itemData(record));
    // Miro sends experimental:items:update only for moves, resizes, rotations and scaling.
    if (geometryOf(record) !== geometryBefore || outcome.childPositions.length > 0) changes.updated([record]);
    else changes.other();
  };

  return {
    sync: (path, object) =>
      call(path, () => {
        if (object === null || typeof object !== 'object') fail(path, 'pass an item object');
        if (object.type === 'tag') return syncTag(path, object);
        if (object.type === 'group') {
          requireGroup(path, object.id);
          return;
        }
        syncItem(path, object);
      }),

    getMetadata: (path, object, key) =>
      call(path, () => {
        const owner = metadataOwner(path, object);
        const metadata = store.metadata.get(owner.id) ?? {};
        return copyData(key === undefined ? metadata : metadata[key]);
      }),

    setMetadata: (path, object, key, value) =>
      call(path, () => {
        const owner = metadataOwner(path, object);
        if (typeof key !== 'string' || key === '') fail(path, 'key must be a non-empty string');
        if (!isJson(value)) fail(path, 'value must be JSON (no undefined, functions, NaN or class instances)');
        const next = { ...(store.metadata.get(owner.id) ?? {}), [key]: copyData(value as JsonValue) };
        const size = jsonByteSize(next);
        if (size > METADATA_MAX_BYTES) fail(path, `item metadata is limited to ${METADATA_MAX_BYTES} bytes of JSON (would be ${size})`);
        store.metadata.set(owner.id, next);
        return copyData(next);
      }),

    getConnectors: (object) =>
      call('item.getConnectors', () => {
        store.requireItem('item.getConnectors', object.id);
        return store.connectorIds(object.id).flatMap((id) => {
          const record = store.item(id);
          return record ? [factory.item(record)] : [];
        });
      }),

    frameAdd: (frameObject, item) =>
      call('frame.add', () => {
        const frame = requireFrame('frame.add', store, frameObject.id);
        if (!item || typeof item !== 'object') fail('frame.add', 'pass the item (or group) object to add');
        const group = item.type === 'group' ? store.groups.get(item.id) : undefined;
        store.locks.assertAttachable(frame.id, group ? group.itemIds : [item.id]);
        const members = attachToFrame('frame.add', store, frame, item);
        for (const member of members) store.touch(member, APP_USER);
        if (item.type !== 'group') factory.refresh(item, factory.itemData(members[0] ?? frame), PARENT_FIELDS);
        factory.refresh(frameObject, factory.itemData(frame), ['childrenIds']);
        changes.updated([frame, ...members]);
        return item;
      }),

    frameRemove: (frameObject, item) =>
      call('frame.remove', () => {
        const frame = requireFrame('frame.remove', store, frameObject.id);
        if (!item || typeof item !== 'object') fail('frame.remove', 'pass the item (or group) object to remove');
        const members = detachFromFrame('frame.remove', store, frame, item);
        for (const member of members) store.touch(member, APP_USER);
        if (item.type !== 'group') factory.refresh(item, factory.itemData(members[0] ?? frame), PARENT_FIELDS);
        factory.refresh(frameObject, factory.itemData(frame), ['childrenIds']);
        changes.updated([frame, ...members]);
      }),

    frameChildren: (frameObject) =>
      call('frame.getChildren', () => {
        const frame = requireFrame('frame.getChildren', store, frameObject.id);
        return store.childIds(frame.id).flatMap((id) => {
          const record = store.item(id);
          return record ? [factory.item(record)] : [];
        });
      }),

    groupItems: (groupObject) =>
      call('group.getItems', () => store.groupItems(requireGroup('group.getItems', groupObject.id)).map((record) => factory.item(record))),

    ungroup: (groupObject) =>
      call('group.ungroup', () => {
        const group = requireGroup('group.ungroup', groupObject.id);
        const members = store.groupItems(group);
        store.groups.delete(group.id);
        for (const member of members) member.groupId = null;
        changes.updated(members);
        return members.map((record) => factory.item(record));
      }),
  };
}

/** What a move, resize, rotation or scaling changes. */
function geometryOf(record: { x: number; y: number; width: number; height: number; props: Record<string, unknown> }): string {
  return JSON.stringify([record.x, record.y, record.width, record.height, record.props['rotation'] ?? 0, record.props['start'], record.props['end']]);
}
