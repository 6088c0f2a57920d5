import type { BoardStore } from './boardStore';
import { fail } from './contentRules';
import { rectContains, rectHoldsPoint, type BoardRect } from './geometry';
import type { ItemRecord } from './records';

/** What `frame.add` / `frame.remove` act on: one item, or every item of a group. */
export type FrameTarget = { id: string; type: string };

export function requireFrame(method: string, store: BoardStore, id: unknown): ItemRecord {
  const frame = store.requireItem(method, id);
  if (frame.type !== 'frame') fail(method, `item ${frame.id} is a ${frame.type}, not a frame`);
  return frame;
}

/**
 * Which items can be parented, and how: conservative choices where Miro's docs are silent —
 * frames do not nest, connectors and unsupported items cannot be attached through the SDK, and a
 * grouped item goes in with its group (Miro's documented way to attach many items).
 */
function membersOf(method: string, store: BoardStore, target: FrameTarget): ItemRecord[] {
  if (target.type === 'group') {
    const group = store.groups.get(target.id);
    if (!group) fail(method, `no group with id ${target.id} on the board`);
    const members = store.groupItems(group).filter((record) => record.type !== 'connector');
    const blocked = members.find((record) => record.type === 'frame' || record.unsupported);
    if (blocked) fail(method, `group ${group.id} holds a ${blocked.type}, which cannot be attached to a frame`);
    return members;
  }
  const record = store.requireItem(method, target.id);
  if (record.type === 'frame') fail(method, 'frames cannot be nested');
  if (record.type === 'connector') fail(method, 'connectors follow their ends and cannot be attached to a frame');
  if (record.unsupported) fail(method, `the SDK cannot attach unsupported items (${record.type}) to a frame`);
  if (record.groupId) fail(method, `item ${record.id} is in group ${record.groupId}; add the group instead`);
  return [record];
}

/**
 * How far inside a frame an item must be to join it: `entirely` for the SDK (conservative; for a
 * group, its bounding box, as Miro's group docs require), `centre` for a person dropping it in
 * Miro's UI.
 */
export type Containment = 'entirely' | 'centre';

export function lies(store: BoardStore, frame: ItemRecord, rect: BoardRect, containment: Containment): boolean {
  const frameRect = store.boardRect(frame);
  return containment === 'entirely' ? rectContains(frameRect, rect) : rectHoldsPoint(frameRect, rect);
}

/** Parents the target without moving it on the board. */
export function attachToFrame(method: string, store: BoardStore, frame: ItemRecord, target: FrameTarget, containment: Containment = 'entirely'): ItemRecord[] {
  const members = membersOf(method, store, target);
  const outside = members.find((member) => !lies(store, frame, store.boardRect(member), containment));
  if (outside) {
    const where = containment === 'entirely' ? 'lie entirely' : 'have its centre';
    fail(method, `item ${outside.id} does not ${where} inside frame ${frame.id}; move it inside (board coordinates) first`);
  }
  for (const member of members) store.setParent(member, frame.id);
  return members;
}

/** Un-parents the target without moving it on the board; it must be a child of this frame. */
export function detachFromFrame(method: string, store: BoardStore, frame: ItemRecord, target: FrameTarget): ItemRecord[] {
  const members = target.type === 'group' ? membersOf(method, store, target) : [store.requireItem(method, target.id)];
  for (const member of members) {
    if (member.parentId !== frame.id) fail(method, `item ${member.id} is not a child of frame ${frame.id}`);
  }
  for (const member of members) store.setParent(member, null);
  return members;
}

/** The frame a person's drop lands in: the smallest frame holding the item's centre. */
export function frameHolding(store: BoardStore, centre: { x: number; y: number }, excludeId: string): ItemRecord | undefined {
  let holder: ItemRecord | undefined;
  for (const record of store.items.values()) {
    if (record.type !== 'frame' || record.id === excludeId || !rectHoldsPoint(store.boardRect(record), centre)) continue;
    if (!holder || record.width * record.height < holder.width * holder.height) holder = record;
  }
  return holder;
}
