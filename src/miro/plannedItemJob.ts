import type { Miro, Shape, StickyNote, Text } from '@mirohq/websdk-types';
import type { PlannedFrame, PlannedItem } from '../core/plan';
import { isPlannedCopy } from './adoptionIndex';
import { createPlannedFrame, createPlannedItem, type BoardPoint } from './createPlannedItem';
import type { CreateJob } from './createReconciled';
import { isFrame } from './itemGuards';

/** Creating a planned item at a board position; its copy is the same type, text and size exactly there. */
export function plannedItemJob(miro: Miro, planned: PlannedItem, at: BoardPoint): CreateJob<Text | StickyNote | Shape> {
  return {
    create: () => createPlannedItem(miro, planned, at),
    madeIt: (item, centreOf) => isPlannedCopy(item, centreOf(item), planned, at),
  };
}

/** Creating a planned frame; its copy is a frame with its title and size, centred exactly there. */
export function plannedFrameJob(miro: Miro, planned: PlannedFrame, centre: BoardPoint): CreateJob<Awaited<ReturnType<typeof createPlannedFrame>>> {
  return {
    create: () => createPlannedFrame(miro, planned, centre),
    madeIt: (item) =>
      isFrame(item) &&
      item.title === planned.title &&
      item.width === planned.width &&
      item.height === planned.height &&
      Math.abs(item.x - centre.x) < 1 &&
      Math.abs(item.y - centre.y) < 1,
  };
}
