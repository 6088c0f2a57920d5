import type { ItemView, Participant } from '../index';
import { frameAt } from './geometry';
import type { Point } from './viewport';

/** What dropping a dragged item does, in board coordinates. */
export type DropPlan = {
  itemId: string;
  /** The item's new centre. */
  moveTo: Point;
  /** The frame to parent the item to: dropping into a frame in Miro makes the item its child. */
  parentFrameId: string | null;
};

export function dropPlanFor(items: readonly ItemView[], item: ItemView, delta: Point, dropPoint: Point): DropPlan {
  const frame = frameAt(items, dropPoint, item.id);
  return {
    itemId: item.id,
    moveTo: { x: item.boardX + delta.x, y: item.boardY + delta.y },
    parentFrameId: frame && frame.id !== item.parentId ? frame.id : null,
  };
}

/** Moves first, then parents: `addToFrame` keeps the item where it is on the board. */
export function applyDropPlan(participant: Participant, plan: DropPlan): void {
  participant.move(plan.itemId, plan.moveTo.x, plan.moveTo.y);
  if (plan.parentFrameId) participant.addToFrame(plan.parentFrameId, plan.itemId);
}
