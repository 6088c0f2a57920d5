import type { PlannedItem } from '../../plan';
import { AREA_TEXT } from '../../workshop/areas';
import { areaKey, principleAreaKey, principleExplanationKey } from '../../workshop/keys';
import { PRINCIPLES } from '../../workshop/principles';
import type { FrameBuilder } from '../frame';
import { spanOf } from '../geometry';
import { areaAt, itemsBottom, textAt } from '../items';
import { BLOCK_GAP, FONT } from '../style';

const COLUMN = 670;
const COLUMN_GAP = 40;
const WIDTH = spanOf(PRINCIPLES.length, COLUMN, COLUMN_GAP);
const CHALLENGES_HEIGHT = 640;
const REFLECTION_GAP = 50;
const REFLECTION_WIDTH = (WIDTH - 2 * REFLECTION_GAP) / 3;
const REFLECTION_HEIGHT = 440;

/** Per principle an explanation over a challenges area; below, same / different / surprised. */
export const principlesFrame: FrameBuilder = () => {
  const explanations = PRINCIPLES.map((principle, index) =>
    textAt(
      principleExplanationKey(principle.id),
      [{ strong: principle.title }, principle.explanation],
      index * (COLUMN + COLUMN_GAP),
      0,
      COLUMN,
      { fontSize: FONT.body },
    ),
  );
  const challengesTop = itemsBottom(explanations) + 24;
  const challenges = PRINCIPLES.map((principle, index) =>
    areaAt(
      principleAreaKey(principle.id),
      { left: index * (COLUMN + COLUMN_GAP), top: challengesTop, width: COLUMN, height: CHALLENGES_HEIGHT },
      AREA_TEXT.principleChallenges,
    ),
  );
  const reflectionTop = challengesTop + CHALLENGES_HEIGHT + BLOCK_GAP;
  const reflections = (['same', 'different', 'surprised'] as const).map((area, index) =>
    areaAt(
      areaKey('principles', area),
      {
        left: index * (REFLECTION_WIDTH + REFLECTION_GAP),
        top: reflectionTop,
        width: REFLECTION_WIDTH,
        height: REFLECTION_HEIGHT,
      },
      AREA_TEXT[area],
    ),
  );
  const items: PlannedItem[] = [...explanations, ...challenges, ...reflections];
  return { content: { width: WIDTH, height: reflectionTop + REFLECTION_HEIGHT, items } };
};
