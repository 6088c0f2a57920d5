import type { BoardStore } from './boardStore';
import { copyData, type GroupRecord, type ItemRecord, type TagRecord } from './records';

/** An item object as the SDK hands it out: own data properties, methods on the prototype. */
export type SdkObject = Record<string, unknown> & { id: string; type: string };

/** What item methods do; implemented by `itemOperations` on top of the store and the call gate. */
export type ItemOperations = {
  sync(path: string, object: SdkObject): Promise<void>;
  getMetadata(path: string, object: SdkObject, key?: string): Promise<unknown>;
  setMetadata(path: string, object: SdkObject, key: string, value: unknown): Promise<unknown>;
  getConnectors(object: SdkObject): Promise<SdkObject[]>;
  frameAdd(frame: SdkObject, item: SdkObject): Promise<SdkObject>;
  frameRemove(frame: SdkObject, item: SdkObject): Promise<void>;
  frameChildren(frame: SdkObject): Promise<SdkObject[]>;
  groupItems(group: SdkObject): Promise<SdkObject[]>;
  ungroup(group: SdkObject): Promise<SdkObject[]>;
};

const UNSUPPORTED_ITEM_METHODS = ['goToLink', 'bringToFront', 'sendToBack', 'bringInFrontOf', 'sendBehindOf', 'getLayerIndex', 'getAiContext'];

function notSupported(path: string): () => never {
  return () => {
    throw new Error(`${path} is not supported by the emulator`);
  };
}

/**
 * Builds fresh SDK objects from records and remembers, per object, the data it was handed out
 * with. `sync()` compares against that snapshot to tell what the app changed from what went stale.
 */
export class ItemFactory {
  private readonly snapshots = new WeakMap<object, Record<string, unknown>>();
  private readonly itemPrototype: object;
  private readonly framePrototype: object;
  private readonly tagPrototype: object;
  private readonly groupPrototype: object;

  constructor(
    private readonly store: BoardStore,
    operations: () => ItemOperations,
    /** Read back as Miro may: hex colours upper-cased, half pixels rounded (`normaliseReadBack`). */
    private readonly normalise = false,
  ) {
    const itemMethods: Record<string, unknown> = {
      sync(this: SdkObject) {
        return operations().sync('item.sync', this);
      },
      getMetadata(this: SdkObject, key?: string) {
        return operations().getMetadata('item.getMetadata', this, key);
      },
      setMetadata(this: SdkObject, key: string, value: unknown) {
        return operations().setMetadata('item.setMetadata', this, key, value);
      },
      getConnectors(this: SdkObject) {
        return operations().getConnectors(this);
      },
    };
    for (const name of UNSUPPORTED_ITEM_METHODS) itemMethods[name] = notSupported(`item.${name}`);
    this.itemPrototype = itemMethods;
    this.framePrototype = Object.assign(Object.create(this.itemPrototype) as object, {
      add(this: SdkObject, item: SdkObject) {
        return operations().frameAdd(this, item);
      },
      remove(this: SdkObject, item: SdkObject) {
        return operations().frameRemove(this, item);
      },
      getChildren(this: SdkObject) {
        return operations().frameChildren(this);
      },
    });
    this.tagPrototype = {
      sync(this: SdkObject) {
        return operations().sync('tag.sync', this);
      },
    };
    this.groupPrototype = {
      sync(this: SdkObject) {
        return operations().sync('group.sync', this);
      },
      getItems(this: SdkObject) {
        return operations().groupItems(this);
      },
      ungroup(this: SdkObject) {
        return operations().ungroup(this);
      },
    };
  }

  /** The item's SDK-visible data, as the board holds it now. */
  itemData(record: ItemRecord): Record<string, unknown> {
    const store = this.store;
    const data: Record<string, unknown> = { id: record.id, type: record.type };
    if (record.type === 'connector') {
      const rect = store.boardRect(record);
      Object.assign(data, { width: rect.width, height: rect.height });
    } else {
      Object.assign(data, { x: record.x, y: record.y, width: record.width, height: record.height });
    }
    Object.assign(data, {
      origin: 'center',
      relativeTo: record.parentId ? 'parent_top_left' : 'canvas_center',
      parentId: record.parentId,
      connectorIds: store.connectorIds(record.id),
      createdAt: record.createdAt,
      createdBy: record.createdBy,
      modifiedAt: record.modifiedAt,
      modifiedBy: record.modifiedBy,
    });
    if (record.groupId) data['groupId'] = record.groupId;
    Object.assign(data, copyData(record.props));
    if (record.type === 'frame') data['childrenIds'] = store.childIds(record.id);
    return this.normalise ? normalisedReadBack(data) : data;
  }

  item(record: ItemRecord): SdkObject {
    const prototype = record.type === 'frame' ? this.framePrototype : this.itemPrototype;
    return this.handOut(prototype, this.itemData(record));
  }

  tag(record: TagRecord): SdkObject {
    return this.handOut(this.tagPrototype, { id: record.id, type: 'tag', title: record.title, color: record.color });
  }

  group(record: GroupRecord): SdkObject {
    return this.handOut(this.groupPrototype, { id: record.id, type: 'group', itemsIds: [...record.itemIds] });
  }

  /** Any board entity by id: items, tags and groups. */
  byId(id: string): SdkObject | undefined {
    const item = this.store.items.get(id);
    if (item) return this.item(item);
    const tag = this.store.tags.get(id);
    if (tag) return this.tag(tag);
    const group = this.store.groups.get(id);
    return group ? this.group(group) : undefined;
  }

  snapshotOf(object: object): Record<string, unknown> | undefined {
    return this.snapshots.get(object);
  }

  /** After a successful call: copies the board's values of `fields` (all when omitted) into the object. */
  refresh(object: SdkObject, data: Record<string, unknown>, fields?: readonly string[]): void {
    const snapshot = this.snapshots.get(object) ?? {};
    for (const key of fields ?? Object.keys(data)) {
      object[key] = copyData(data[key]);
      snapshot[key] = copyData(data[key]);
    }
    this.snapshots.set(object, snapshot);
  }

  private handOut(prototype: object, data: Record<string, unknown>): SdkObject {
    const object = Object.assign(Object.create(prototype) as object, data) as SdkObject;
    this.snapshots.set(object, copyData(data));
    return object;
  }
}

/** Miro may upper-case hex colours and round half pixels in what it reads back. */
function normalisedReadBack(data: Record<string, unknown>): Record<string, unknown> {
  for (const key of ['x', 'y', 'width', 'height']) {
    const value = data[key];
    if (typeof value === 'number' && Number.isFinite(value)) data[key] = Math.round(value);
  }
  const style = data['style'];
  if (style && typeof style === 'object') {
    for (const [key, value] of Object.entries(style)) {
      if (typeof value === 'string' && /^#[0-9a-f]{3,8}$/i.test(value)) (style as Record<string, unknown>)[key] = value.toUpperCase();
    }
  }
  return data;
}
