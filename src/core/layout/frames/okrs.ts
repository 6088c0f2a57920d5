import type { PlannedItem } from '../../plan';
import { objectiveAreaText } from '../../workshop/areas';
import { OKR_HINT_KEY, objectiveAreaKey } from '../../workshop/keys';
import { OBJECTIVE_COUNT, OKR_HINTS } from '../../workshop/templates';
import type { FrameBuilder } from '../frame';
import { bottomOf, spanOf } from '../geometry';
import { areaAt, textAt } from '../items';
import { BLOCK_GAP, FONT } from '../style';

const OBJECTIVE_WIDTH = 760;
const OBJECTIVE_HEIGHT = 1000;
const OBJECTIVE_GAP = 40;
const WIDTH = spanOf(OBJECTIVE_COUNT, OBJECTIVE_WIDTH, OBJECTIVE_GAP);

/** The OKR pitfalls hint over one tall area per objective, with room for its key results. */
export const okrsFrame: FrameBuilder = () => {
  const hint = textAt(OKR_HINT_KEY, [{ strong: 'Writing good OKRs' }, ...OKR_HINTS.map((line) => `• ${line}`)], 0, 0, WIDTH, {
    fontSize: FONT.body,
  });
  const top = bottomOf(hint) + BLOCK_GAP;
  const objectives = Array.from({ length: OBJECTIVE_COUNT }, (_, index) =>
    areaAt(
      objectiveAreaKey(index + 1),
      { left: index * (OBJECTIVE_WIDTH + OBJECTIVE_GAP), top, width: OBJECTIVE_WIDTH, height: OBJECTIVE_HEIGHT },
      objectiveAreaText(index + 1),
    ),
  );
  const items: PlannedItem[] = [hint, ...objectives];
  return { content: { width: WIDTH, height: top + OBJECTIVE_HEIGHT, items } };
};
