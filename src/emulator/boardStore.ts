import { EditLocks } from './editLocks';
import { rectBounding, rectLeft, rectTop, type BoardRect } from './geometry';
import type { Actor, GroupRecord, ItemRecord, JsonValue, TagRecord } from './records';

/** What a removal took off the board, and what it changed on the way. */
export type Removal = { removed: ItemRecord[]; updated: ItemRecord[]; removedGroups: string[] };

/**
 * The board's records plus the indexes that keep every lookup O(1): children per frame,
 * connectors per item. Rules (what may change) live elsewhere; the store keeps its indexes true.
 */
export class BoardStore {
  readonly items = new Map<string, ItemRecord>();
  readonly tags = new Map<string, TagRecord>();
  readonly groups = new Map<string, GroupRecord>();
  readonly metadata = new Map<string, Record<string, JsonValue>>();
  readonly selection = new Set<string>();
  /** Items someone is editing: what they block is in `editLocks.ts`. */
  readonly locks: EditLocks = new EditLocks(this);
  private readonly childrenByFrame = new Map<string, Set<string>>();
  private readonly connectorsByItem = new Map<string, Set<string>>();
  private lastId = 0;

  constructor(private readonly now: () => number) {}

  /** Miro ids are long numeric strings; these count up so runs are reproducible. */
  nextId(): string {
    this.lastId++;
    return `3458764${String(this.lastId).padStart(12, '0')}`;
  }

  timestamp(): string {
    return new Date(this.now()).toISOString();
  }

  item(id: string): ItemRecord | undefined {
    return this.items.get(id);
  }

  requireItem(method: string, id: unknown): ItemRecord {
    const record = typeof id === 'string' ? this.items.get(id) : undefined;
    if (!record) throw new Error(`${method}: no item with id ${JSON.stringify(id)} on the board`);
    return record;
  }

  newRecord(actor: Actor, fields: Pick<ItemRecord, 'type' | 'x' | 'y' | 'width' | 'height' | 'props'> & { unsupported?: boolean }): ItemRecord {
    const at = this.timestamp();
    return {
      id: this.nextId(),
      unsupported: fields.unsupported ?? false,
      parentId: null,
      groupId: null,
      createdAt: at,
      createdBy: actor.id,
      modifiedAt: at,
      modifiedBy: actor.id,
      ...fields,
    };
  }

  insert(record: ItemRecord): void {
    this.items.set(record.id, record);
    if (record.parentId) this.childSet(record.parentId).add(record.id);
    for (const endId of connectorEnds(record)) this.connectorSet(endId).add(record.id);
  }

  touch(record: ItemRecord, actor: Actor): void {
    record.modifiedAt = this.timestamp();
    record.modifiedBy = actor.id;
  }

  childIds(frameId: string): string[] {
    return [...(this.childrenByFrame.get(frameId) ?? [])];
  }

  connectorIds(itemId: string): string[] {
    return [...(this.connectorsByItem.get(itemId) ?? [])];
  }

  /** Centre in board coordinates. Connectors: midway between their ends. */
  boardCentre(record: ItemRecord): { x: number; y: number } {
    if (record.type === 'connector') {
      const rect = this.connectorRect(record);
      return { x: rect.x, y: rect.y };
    }
    const parent = record.parentId ? this.items.get(record.parentId) : undefined;
    if (!parent) return { x: record.x, y: record.y };
    const parentRect = this.boardRect(parent);
    return { x: rectLeft(parentRect) + record.x, y: rectTop(parentRect) + record.y };
  }

  boardRect(record: ItemRecord): BoardRect {
    if (record.type === 'connector') return this.connectorRect(record);
    const centre = this.boardCentre(record);
    return { x: centre.x, y: centre.y, width: record.width, height: record.height };
  }

  /** Converts a board centre to the record's SDK coordinates under `parentId`. */
  sdkPosition(boardX: number, boardY: number, parentId: string | null): { x: number; y: number } {
    const parent = parentId ? this.items.get(parentId) : undefined;
    if (!parent) return { x: boardX, y: boardY };
    const parentRect = this.boardRect(parent);
    return { x: boardX - rectLeft(parentRect), y: boardY - rectTop(parentRect) };
  }

  /** Re-parents without moving the item on the board. */
  setParent(record: ItemRecord, parentId: string | null): void {
    const centre = this.boardCentre(record);
    if (record.parentId) this.childrenByFrame.get(record.parentId)?.delete(record.id);
    record.parentId = parentId;
    if (parentId) this.childSet(parentId).add(record.id);
    Object.assign(record, this.sdkPosition(centre.x, centre.y, parentId));
  }

  /** Updates the connector index after a connector's ends changed. */
  reconnect(connector: ItemRecord, previousEnds: readonly string[]): void {
    for (const endId of previousEnds) this.connectorsByItem.get(endId)?.delete(connector.id);
    for (const endId of connectorEnds(connector)) this.connectorSet(endId).add(connector.id);
  }

  /**
   * Removes an item with everything that cannot outlive it: a frame's children (conservative: Miro
   * docs do not say; losing them surfaces an app that deletes a frame it should keep) and the
   * connectors attached to any removed item. Groups left with fewer than two items dissolve.
   */
  removeItem(id: string): Removal {
    const removal: Removal = { removed: [], updated: [], removedGroups: [] };
    const pending = [id];
    while (pending.length > 0) {
      const record = this.items.get(pending.pop() ?? '');
      if (!record) continue;
      pending.push(...this.childIds(record.id), ...this.connectorIds(record.id));
      this.detach(record, removal);
    }
    return removal;
  }

  private detach(record: ItemRecord, removal: Removal): void {
    this.items.delete(record.id);
    this.metadata.delete(record.id);
    this.selection.delete(record.id);
    this.childrenByFrame.delete(record.id);
    this.connectorsByItem.delete(record.id);
    if (record.parentId) this.childrenByFrame.get(record.parentId)?.delete(record.id);
    for (const endId of connectorEnds(record)) this.connectorsByItem.get(endId)?.delete(record.id);
    if (record.groupId) this.leaveGroup(record, removal);
    removal.removed.push(record);
  }

  private leaveGroup(record: ItemRecord, removal: Removal): void {
    const group = record.groupId ? this.groups.get(record.groupId) : undefined;
    record.groupId = null;
    if (!group) return;
    group.itemIds = group.itemIds.filter((itemId) => itemId !== record.id);
    if (group.itemIds.length >= 2) return;
    this.groups.delete(group.id);
    removal.removedGroups.push(group.id);
    for (const itemId of group.itemIds) {
      const member = this.items.get(itemId);
      if (!member) continue;
      member.groupId = null;
      removal.updated.push(member);
    }
  }

  groupItems(group: GroupRecord): ItemRecord[] {
    return group.itemIds.flatMap((itemId) => this.items.get(itemId) ?? []);
  }

  groupRect(group: GroupRecord): BoardRect | undefined {
    return rectBounding(this.groupItems(group).map((record) => this.boardRect(record)));
  }

  private connectorRect(record: ItemRecord): BoardRect {
    const [startId, endId] = connectorEnds(record);
    const start = startId ? this.items.get(startId) : undefined;
    const end = endId ? this.items.get(endId) : undefined;
    if (!start || !end) return { x: 0, y: 0, width: 0, height: 0 };
    const a = this.boardCentre(start);
    const b = this.boardCentre(end);
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
  }

  private childSet(frameId: string): Set<string> {
    let set = this.childrenByFrame.get(frameId);
    if (!set) {
      set = new Set();
      this.childrenByFrame.set(frameId, set);
    }
    return set;
  }

  private connectorSet(itemId: string): Set<string> {
    let set = this.connectorsByItem.get(itemId);
    if (!set) {
      set = new Set();
      this.connectorsByItem.set(itemId, set);
    }
    return set;
  }
}

/** Ids of the items a connector record links (empty for other records). */
export function connectorEnds(record: ItemRecord): string[] {
  if (record.type !== 'connector') return [];
  const ends: string[] = [];
  for (const end of [record.props['start'], record.props['end']]) {
    const itemId = (end as { item?: unknown } | undefined)?.item;
    if (typeof itemId === 'string') ends.push(itemId);
  }
  return ends;
}
