import type { PlannedShape } from '../../plan';
import type { AreaText } from '../../workshop/areas';
import { spanOf, type Box } from '../geometry';
import { areaAt } from '../items';

/** At most this many group areas side by side; more groups wrap onto further rows. */
export const GROUP_COLUMNS = 4;
export const GROUP_GAP = 40;
/** Width of a row of group areas; frames with groups use it as their content width. */
export const GROUP_ROW_WIDTH = 2600;

export type GroupArea = { group: number; box: Box; area: PlannedShape };

/** How many areas each row holds: as even as possible, fuller rows first (5 → 3 + 2). */
export function groupRowCounts(groups: number): number[] {
  const rows = Math.max(1, Math.ceil(groups / GROUP_COLUMNS));
  const base = Math.floor(groups / rows);
  return Array.from({ length: rows }, (_, row) => base + (row < groups % rows ? 1 : 0));
}

/**
 * One area per breakout group (1..groups) whose top-left is (0, top). Every row spans the whole
 * `GROUP_ROW_WIDTH`, so no row leaves a blank strip beside its areas.
 */
export function groupAreas(
  groups: number,
  top: number,
  keyOf: (group: number) => string,
  textOf: (group: number) => AreaText,
  areaHeight: number,
): { areas: GroupArea[]; height: number } {
  const areas: GroupArea[] = [];
  let group = 1;
  groupRowCounts(groups).forEach((count, row) => {
    const width = Math.floor((GROUP_ROW_WIDTH - (count - 1) * GROUP_GAP) / count / 2) * 2;
    for (let column = 0; column < count; column++, group++) {
      const left = column * (width + GROUP_GAP);
      const last = column === count - 1;
      const box = { left, top: top + row * (areaHeight + GROUP_GAP), width: last ? GROUP_ROW_WIDTH - left : width, height: areaHeight };
      areas.push({ group, box, area: areaAt(keyOf(group), box, textOf(group)) });
    }
  });
  return { areas, height: spanOf(groupRowCounts(groups).length, areaHeight, GROUP_GAP) };
}

/** Group area height: taller when the groups fit one row. */
export function groupAreaHeight(groups: number): number {
  return groups <= GROUP_COLUMNS ? 640 : 480;
}
