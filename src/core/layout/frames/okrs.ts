import type { PlannedItem, PlannedShape } from '../../plan';
import { objectiveAreaText } from '../../workshop/areas';
import { OKR_HINT_KEY, objectiveAreaKey } from '../../workshop/keys';
import { OKR_HINTS } from '../../workshop/templates';
import type { FrameBuilder } from '../frame';
import { bottomOf, centredFromBox, even, type Box } from '../geometry';
import { areaAt, areaHeaderHeight, textAt } from '../items';
import { AREA_INSET, BLOCK_GAP, COLOR, FONT } from '../style';

const WIDTH = 2600;
const OBJECTIVE_HEIGHT = 1400;
const OBJECTIVE_GAP = 40;
/** Key results per objective the rows suggest (the article: two to four). */
const KEY_RESULT_ROWS = 4;
const LABEL_WIDTH = 160;

/** A thin rule across an objective area: where one row ends and the next begins. */
function ruleAt(key: string, box: Box): PlannedShape {
  return {
    kind: 'shape',
    key,
    ...centredFromBox(box),
    shape: 'rectangle',
    content: '',
    fillColor: COLOR.areaBorder,
    borderColor: COLOR.areaBorder,
    borderWidth: 1,
    fontSize: FONT.label,
    color: COLOR.text,
    textAlign: 'left',
    textAlignVertical: 'middle',
  };
}

/**
 * Inside an objective area, under its label: an "Objective" slot, then numbered key-result rows
 * (KR n.1 … n.4), each a sticky's height, separated by thin rules.
 */
function objectiveSlots(n: number, area: Box): PlannedItem[] {
  const header = areaHeaderHeight(objectiveAreaText(n), area.width);
  const rowHeight = even((area.height - header - AREA_INSET) / (KEY_RESULT_ROWS + 1)) - 2;
  const label = (suffix: string, text: string, top: number, strong: boolean) =>
    textAt(`okrs/objective-${n}/${suffix}`, [strong ? { strong: text } : text], area.left + AREA_INSET, top + 8, LABEL_WIDTH, { fontSize: FONT.label, color: COLOR.muted });
  const items: PlannedItem[] = [label('slot/objective', 'Objective', area.top + header, true)];
  for (let row = 1; row <= KEY_RESULT_ROWS; row++) {
    const top = area.top + header + row * rowHeight;
    items.push(ruleAt(`okrs/objective-${n}/rule/${row}`, { left: area.left + AREA_INSET, top: top - 2, width: area.width - 2 * AREA_INSET, height: 2 }));
    items.push(label(`slot/kr-${row}`, `KR ${n}.${row}`, top, false));
  }
  return items;
}

/** The OKR pitfalls hint over one tall area per objective: an objective slot and numbered key-result rows. */
export const okrsFrame: FrameBuilder = ({ config }) => {
  const count = config.objectives;
  const objectiveWidth = Math.floor((WIDTH - (count - 1) * OBJECTIVE_GAP) / count / 2) * 2;
  const hint = textAt(OKR_HINT_KEY, [{ strong: 'Writing good OKRs' }, ...OKR_HINTS.map((line) => `• ${line}`)], 0, 0, WIDTH, {
    fontSize: FONT.body,
  });
  const top = bottomOf(hint) + BLOCK_GAP;
  const items: PlannedItem[] = [hint];
  for (let index = 0; index < count; index++) {
    const left = index * (objectiveWidth + OBJECTIVE_GAP);
    const box = { left, top, width: index === count - 1 ? WIDTH - left : objectiveWidth, height: OBJECTIVE_HEIGHT };
    items.push(areaAt(objectiveAreaKey(index + 1), box, objectiveAreaText(index + 1)), ...objectiveSlots(index + 1, box));
  }
  return { content: { width: WIDTH, height: top + OBJECTIVE_HEIGHT, items } };
};
