import type { WorkshopConfig } from '../config';
import type { BoardPlan, PlannedFrame } from '../plan';
import { ACTIVITIES } from '../workshop/activities';
import { agendaFor } from '../workshop/agenda';
import { scheduleFor } from '../workshop/schedule';
import { activityHeading, composeFrame, sidebarBlock, sidebarBottomOf } from './frame';
import { coverBody, coverHeading } from './frames/cover';
import { PREP_HEADING, prepBody } from './frames/prep';
import { FRAME_BUILDERS } from './frames';
import { REVIEW_CONTENT_REGION } from './frames/review';
import type { CentredRect } from './geometry';
import { COLOR, COVER_THEME, FRAME_GAP, partTheme } from './style';

/**
 * Lays out the board for a workshop configuration: a first row with the cover and the facilitator's
 * prep checklist, then one frame per planned activity in agenda order, one row per agenda part
 * (afternoon or day), rows and frames `FRAME_GAP` apart.
 * Frame centres are in layout space (origin = the layout's top-left), item centres in frame space.
 * Pure and deterministic: the same config always gives a deep-equal plan.
 */
export function planBoard(config: WorkshopConfig): BoardPlan {
  const agenda = agendaFor(config);
  const schedule = scheduleFor(config);
  const rows: Array<Array<Omit<PlannedFrame, 'x' | 'y'>>> = [
    [
      { activity: 'cover', title: 'Cover', fillColor: COLOR.frame, ...composeFrame(coverHeading({ config }), COVER_THEME, coverBody({ config, schedule })) },
      { activity: 'prep', title: 'Before the workshop (facilitator)', fillColor: COLOR.frame, ...composeFrame(PREP_HEADING, COVER_THEME, prepBody()) },
    ],
  ];
  for (const [partIndex, part] of agenda.entries()) {
    const context = { config, agenda, schedule, part, theme: partTheme(partIndex) };
    rows.push(
      part.entries.map((entry) => {
        const body = FRAME_BUILDERS[entry.activity]({ ...context, sidebarBottom: sidebarBottomOf(entry.activity) });
        return {
          activity: entry.activity,
          title: `${part.label} · ${ACTIVITIES[entry.activity].title}`,
          fillColor: COLOR.frame,
          ...composeFrame(activityHeading(entry.activity, context), context.theme, body, sidebarBlock(entry.activity)),
        };
      }),
    );
  }
  const frames: PlannedFrame[] = [];
  let width = 0;
  let top = 0;
  for (const row of rows) {
    let left = 0;
    for (const frame of row) {
      frames.push({ ...frame, x: left + frame.width / 2, y: top + frame.height / 2 });
      width = Math.max(width, left + frame.width);
      left += frame.width + FRAME_GAP;
    }
    top += Math.max(...row.map((frame) => frame.height)) + FRAME_GAP;
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
