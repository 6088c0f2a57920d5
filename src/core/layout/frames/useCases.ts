import type { PlannedItem } from '../../plan';
import { AREA_TEXT, useCaseBrainstormAreaText } from '../../workshop/areas';
import { areaKey, USE_CASE_TEMPLATE_KEY, useCaseBrainstormAreaKey } from '../../workshop/keys';
import { USE_CASE_TEMPLATE } from '../../workshop/templates';
import type { FrameBuilder } from '../frame';
import { bottomOf, gridCell } from '../geometry';
import { areaAt, textAt } from '../items';
import { BLOCK_GAP, FONT } from '../style';
import { GROUP_GAP, GROUP_ROW_WIDTH, groupAreas } from './groups';

const CLUSTERS = ['efficiency', 'experience', 'discarded', 'selected'] as const;
const CLUSTER_WIDTH = (GROUP_ROW_WIDTH - (CLUSTERS.length - 1) * GROUP_GAP) / CLUSTERS.length;

/** The use case template, a brainstorm area per group, then the clusters and the selection. */
export const useCasesFrame: FrameBuilder = ({ config }) => {
  const template = textAt(
    USE_CASE_TEMPLATE_KEY,
    [{ strong: 'Use case template' }, USE_CASE_TEMPLATE],
    0,
    0,
    GROUP_ROW_WIDTH,
    { fontSize: FONT.prompt },
  );
  const brainstormTop = bottomOf(template) + BLOCK_GAP;
  const oneRow = config.groups <= 4;
  const { areas, height } = groupAreas(config.groups, brainstormTop, useCaseBrainstormAreaKey, useCaseBrainstormAreaText, oneRow ? 560 : 400);
  const clustersTop = brainstormTop + height + BLOCK_GAP;
  const clusterHeight = oneRow ? 640 : 480;
  const clusters = CLUSTERS.map((cluster, index) => {
    const cell = gridCell(index, CLUSTERS.length, CLUSTER_WIDTH, clusterHeight, GROUP_GAP);
    return areaAt(areaKey('useCases', cluster), { ...cell, top: clustersTop }, AREA_TEXT[cluster]);
  });
  const items: PlannedItem[] = [template, ...areas.map(({ area }) => area), ...clusters];
  return { content: { width: GROUP_ROW_WIDTH, height: clustersTop + clusterHeight, items } };
};
