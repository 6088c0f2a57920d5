import type { PlannedItem } from '../../plan';
import { objectiveAreaText } from '../../workshop/areas';
import { OKR_HINT_KEY, objectiveAreaKey } from '../../workshop/keys';
import { OKR_HINTS } from '../../workshop/templates';
import type { FrameBuilder } from '../frame';
import { bottomOf } from '../geometry';
import { areaAt, textAt } from '../items';
import { BLOCK_GAP, FONT } from '../style';

const WIDTH = 2600;
const OBJECTIVE_HEIGHT = 1000;
const OBJECTIVE_GAP = 40;

/** The OKR pitfalls hint over one tall area per objective, with room for its key results. */
export const okrsFrame: FrameBuilder = ({ config }) => {
  const count = config.objectives;
  const objectiveWidth = Math.floor((WIDTH - (count - 1) * OBJECTIVE_GAP) / count / 2) * 2;
  const hint = textAt(OKR_HINT_KEY, [{ strong: 'Writing good OKRs' }, ...OKR_HINTS.map((line) => `• ${line}`)], 0, 0, WIDTH, {
    fontSize: FONT.body,
  });
  const top = bottomOf(hint) + BLOCK_GAP;
  const objectives = Array.from({ length: count }, (_, index) =>
    areaAt(
      objectiveAreaKey(index + 1),
      { left: index * (objectiveWidth + OBJECTIVE_GAP), top, width: index === count - 1 ? WIDTH - index * (objectiveWidth + OBJECTIVE_GAP) : objectiveWidth, height: OBJECTIVE_HEIGHT },
      objectiveAreaText(index + 1),
    ),
  );
  const items: PlannedItem[] = [hint, ...objectives];
  return { content: { width: WIDTH, height: top + OBJECTIVE_HEIGHT, items } };
};
