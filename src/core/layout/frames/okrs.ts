import type { PlannedItem, PlannedShape } from '../../plan';
import { objectiveAreaText } from '../../workshop/areas';
import { OKR_HINT_KEY, objectiveAreaKey } from '../../workshop/keys';
import { OKR_HINTS } from '../../workshop/templates';
import type { FrameBuilder } from '../frame';
import { bottomOf, centredFromBox, even, type Box } from '../geometry';
import { areaAt, areaHeaderHeight, richHtml, textAt } from '../items';
import { AREA_INSET, BLOCK_GAP, COLOR, FONT } from '../style';

const WIDTH = 2600;
const OBJECTIVE_HEIGHT = 1400;
const OBJECTIVE_GAP = 40;
/** Key results per objective the rows suggest (the article: two to four). */
const KEY_RESULT_ROWS = 4;
const ROW_GAP = 8;

/** A row of an objective area: a white band with its label at the top left, for one sticky. */
function rowAt(key: string, label: string, strong: boolean, box: Box): PlannedShape {
  return {
    kind: 'shape',
    key,
    ...centredFromBox(box),
    shape: 'rectangle',
    content: richHtml([strong ? { strong: label } : label]),
    fillColor: COLOR.bucketFill,
    borderColor: COLOR.areaBorder,
    borderWidth: 1,
    fontSize: FONT.label,
    color: COLOR.muted,
    textAlign: 'left',
    textAlignVertical: 'top',
  };
}

/**
 * Inside an objective area, under its label: an "Objective" row, then numbered key-result rows
 * (KR n.1 … n.4), each a sticky's height.
 */
function objectiveSlots(n: number, area: Box): PlannedItem[] {
  const header = areaHeaderHeight(objectiveAreaText(n), area.width);
  const rowHeight = even((area.height - header - AREA_INSET) / (KEY_RESULT_ROWS + 1));
  const row = (index: number, suffix: string, label: string) =>
    rowAt(`okrs/objective-${n}/slot/${suffix}`, label, index === 0, {
      left: area.left + AREA_INSET,
      top: area.top + header + index * rowHeight,
      width: area.width - 2 * AREA_INSET,
      height: rowHeight - ROW_GAP,
    });
  return [row(0, 'objective', 'Objective'), ...Array.from({ length: KEY_RESULT_ROWS }, (_, k) => row(k + 1, `kr-${k + 1}`, `KR ${n}.${k + 1}`))];
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
