import { workshopConfigFrom, type WorkshopConfigInput } from '../../src/core/config';
import { plainTextFromHtml } from '../../src/core/html';
import { planBoard } from '../../src/core/layout/planBoard';
import type { BoardPlan, PlannedFrame, PlannedItem } from '../../src/core/plan';

export function planFor(input: WorkshopConfigInput = {}): BoardPlan {
  return planBoard(workshopConfigFrom(input));
}

export function frameOf(plan: BoardPlan, activity: string): PlannedFrame {
  const frame = plan.frames.find((candidate) => candidate.activity === activity);
  if (!frame) throw new Error(`no ${activity} frame`);
  return frame;
}

export function itemByKey(plan: BoardPlan, key: string): PlannedItem {
  for (const frame of plan.frames) {
    const item = frame.items.find((candidate) => candidate.key === key);
    if (item) return item;
  }
  throw new Error(`no item ${key}`);
}

export function keysMatching(plan: BoardPlan, pattern: RegExp): string[] {
  return plan.frames.flatMap((frame) => frame.items.map((item) => item.key)).filter((key) => pattern.test(key));
}

export function plainOf(item: PlannedItem): string {
  return plainTextFromHtml(item.content);
}
