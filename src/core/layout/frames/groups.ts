import type { PlannedShape } from '../../plan';
import type { AreaText } from '../../workshop/areas';
import { gridCell, spanOf, type Box } from '../geometry';
import { areaAt } from '../items';

/** Group areas per row; more groups wrap onto further rows. */
export const GROUP_COLUMNS = 4;
export const GROUP_AREA_WIDTH = 560;
export const GROUP_AREA_HEIGHT = 560;
export const GROUP_GAP = 40;
/** Width of a full row of group areas; frames with groups use it as their content width. */
export const GROUP_ROW_WIDTH = spanOf(GROUP_COLUMNS, GROUP_AREA_WIDTH, GROUP_GAP);

export type GroupArea = { group: number; box: Box; area: PlannedShape };

/** One area per breakout group (1..groups), in a grid whose top-left is (0, top). */
export function groupAreas(
  groups: number,
  top: number,
  keyOf: (group: number) => string,
  textOf: (group: number) => AreaText,
): { areas: GroupArea[]; height: number } {
  const areas = Array.from({ length: groups }, (_, index) => {
    const group = index + 1;
    const cell = gridCell(index, GROUP_COLUMNS, GROUP_AREA_WIDTH, GROUP_AREA_HEIGHT, GROUP_GAP);
    const box = { ...cell, top: cell.top + top };
    return { group, box, area: areaAt(keyOf(group), box, textOf(group)) };
  });
  return { areas, height: spanOf(Math.ceil(groups / GROUP_COLUMNS), GROUP_AREA_HEIGHT, GROUP_GAP) };
}
