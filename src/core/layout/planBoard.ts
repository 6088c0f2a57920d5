import type { WorkshopConfig } from '../config';
import type { BoardPlan, PlannedFrame } from '../plan';
import { ACTIVITIES } from '../workshop/activities';
import { agendaFor } from '../workshop/agenda';
import { scheduleFor } from '../workshop/schedule';
import { composeFrame, sidebarBottomOf } from './frame';
import { FRAME_BUILDERS } from './frames';
import { REVIEW_CONTENT_REGION } from './frames/review';
import type { CentredRect } from './geometry';
import { COLOR, FRAME_GAP, partTheme } from './style';

/**
 * Lays out the board for a workshop configuration: one frame per planned activity, in agenda
 * order, one row per agenda part (afternoon or day), rows and frames `FRAME_GAP` apart.
 * Frame centres are in layout space (origin = the layout's top-left), item centres in frame space.
 * Pure and deterministic: the same config always gives a deep-equal plan.
 */
export function planBoard(config: WorkshopConfig): BoardPlan {
  const agenda = agendaFor(config);
  const schedule = scheduleFor(config);
  const frames: PlannedFrame[] = [];
  let width = 0;
  let top = 0;
  for (const [partIndex, part] of agenda.entries()) {
    const context = { config, agenda, schedule, part, theme: partTheme(partIndex) };
    let left = 0;
    let rowHeight = 0;
    for (const entry of part.entries) {
      const body = FRAME_BUILDERS[entry.activity]({ ...context, sidebarBottom: sidebarBottomOf(entry.activity) });
      const layout = composeFrame(entry.activity, context, body);
      frames.push({
        activity: entry.activity,
        title: `${part.label} · ${ACTIVITIES[entry.activity].title}`,
        x: left + layout.width / 2,
        y: top + layout.height / 2,
        width: layout.width,
        height: layout.height,
        fillColor: COLOR.frame,
        items: layout.items,
      });
      width = Math.max(width, left + layout.width);
      left += layout.width + FRAME_GAP;
      rowHeight = Math.max(rowHeight, layout.height);
    }
    top += rowHeight + FRAME_GAP;
  }
  return { width, height: Math.max(0, top - FRAME_GAP), frames };
}

/**
 * The rectangle of the review frame that the build leaves empty for *Generate review*:
 * centre and size in frame space (relative to the review frame's top-left), board pixels.
 * Throws when the plan has no review frame.
 */
export function reviewContentRegion(plan: BoardPlan): CentredRect {
  const review = plan.frames.find((frame) => frame.activity === 'review');
  if (!review) throw new Error('The plan has no review frame');
  return { ...REVIEW_CONTENT_REGION };
}
