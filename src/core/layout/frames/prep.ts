import { PREP_CHECKLIST_KEY } from '../../workshop/keys';
import { FACILITATOR_PREP } from '../../workshop/kickoff';
import type { FrameBody, FrameHeading } from '../frame';
import { even } from '../geometry';
import { textAt } from '../items';
import { FONT } from '../style';

const WIDTH = 1400;

export const PREP_HEADING: FrameHeading = {
  keyBase: 'prep',
  title: 'Before the workshop',
  subline: 'For the facilitator: a checklist, not part of the agenda',
};

/** The facilitator's checklist, in a frame of its own beside the cover. */
export function prepBody(): FrameBody {
  const checklist = textAt(PREP_CHECKLIST_KEY, FACILITATOR_PREP.map((line) => `☐ ${line}`), 0, 0, WIDTH, { fontSize: FONT.body });
  return { fullWidth: true, content: { width: WIDTH, height: even(checklist.height), items: [checklist] } };
}
