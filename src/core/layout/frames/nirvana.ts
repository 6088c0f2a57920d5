import type { PlannedItem } from '../../plan';
import { AREA_TEXT, nirvanaGroupAreaText } from '../../workshop/areas';
import { areaKey, nirvanaGroupAreaKey, nirvanaStarterKey } from '../../workshop/keys';
import { NIRVANA_STARTER } from '../../workshop/templates';
import type { FrameBuilder } from '../frame';
import { areaAt, areaHeaderHeight, stickyAt } from '../items';
import { BLOCK_GAP } from '../style';
import { GROUP_ROW_WIDTH, groupAreaHeight, groupAreas } from './groups';

/** 220 px wide gives a whole, even sticky height (252 px). */
const STARTER_WIDTH = 220;
const SHARED_HEIGHT = 480;

/** An area per breakout group, each with an "Our Nirvana is…" sticky, and the shared statement below. */
export const nirvanaFrame: FrameBuilder = ({ config }) => {
  const { areas, height } = groupAreas(config.groups, 0, nirvanaGroupAreaKey, nirvanaGroupAreaText, groupAreaHeight(config.groups));
  const items: PlannedItem[] = [];
  for (const { group, box, area } of areas) {
    const header = areaHeaderHeight(nirvanaGroupAreaText(group), box.width);
    const left = box.left + Math.round((box.width - STARTER_WIDTH) / 2);
    items.push(area, stickyAt(nirvanaStarterKey(group), [NIRVANA_STARTER], left, box.top + header, STARTER_WIDTH, 'light_yellow'));
  }
  const sharedTop = height + BLOCK_GAP;
  items.push(
    areaAt(
      areaKey('nirvana', 'shared'),
      { left: 0, top: sharedTop, width: GROUP_ROW_WIDTH, height: SHARED_HEIGHT },
      AREA_TEXT.nirvanaShared,
    ),
  );
  return { content: { width: GROUP_ROW_WIDTH, height: sharedTop + SHARED_HEIGHT, items } };
};
