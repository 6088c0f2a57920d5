import { AREA_TEXT } from '../../workshop/areas';
import { areaKey, KICKOFF_GROUND_RULES_KEY, KICKOFF_PURPOSE_KEY } from '../../workshop/keys';
import { GROUND_RULES, KICKOFF_PURPOSE } from '../../workshop/kickoff';
import type { FrameBuilder } from '../frame';
import { even } from '../geometry';
import { areaAt, textAt } from '../items';
import { BLOCK_GAP, FONT } from '../style';

const WIDTH = 1800;
const GUTTER = 60;
const INTRODUCTIONS_HEIGHT = 480;

/** Why we are here and the ground rules side by side, then the introductions area (the agenda is on the cover). */
export const kickoffFrame: FrameBuilder = () => {
  const column = (WIDTH - GUTTER) / 2;
  const purpose = textAt(KICKOFF_PURPOSE_KEY, [{ strong: 'Why we are here' }, ...KICKOFF_PURPOSE], 0, 0, column, { fontSize: FONT.body });
  const groundRules = textAt(KICKOFF_GROUND_RULES_KEY, [{ strong: 'Ground rules' }, ...GROUND_RULES.map((rule) => `• ${rule}`)], column + GUTTER, 0, column, { fontSize: FONT.body });
  const introductionsTop = even(Math.max(purpose.height, groundRules.height)) + BLOCK_GAP;
  const introductions = areaAt(areaKey('kickoff', 'introductions'), { left: 0, top: introductionsTop, width: WIDTH, height: INTRODUCTIONS_HEIGHT }, AREA_TEXT.introductions);
  return { content: { width: WIDTH, height: introductionsTop + INTRODUCTIONS_HEIGHT, items: [purpose, groundRules, introductions] } };
};
