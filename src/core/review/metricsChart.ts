import { centredFromBox, even, type Box } from '../layout/geometry';
import { textAt } from '../layout/items';
import { COLOR, FONT } from '../layout/style';
import type { PlannedItem, PlannedShape } from '../plan';
import type { KeyMetricsTally } from '../tally/tallyBoard';
import { HORIZONS } from '../workshop/metrics';

const LABEL_WIDTH = 320;
const LABEL_GAP = 20;
const BAR_HEIGHT = 20;
const BAR_GAP = 6;
const MIN_BAR_WIDTH = 6;
const MAX_SCORE = 10;

/**
 * A small chart of the key metrics in `box` (frame space): one row per metric, its title and a bar
 * per horizon whose length is the median's 0–10 score (a stub when that horizon has no dots).
 */
export function metricsChartItems(keyBase: string, tally: KeyMetricsTally, box: Box): PlannedItem[] {
  const rowHeight = Math.floor(box.height / Math.max(1, tally.metrics.length));
  const barsLeft = box.left + LABEL_WIDTH + LABEL_GAP;
  const barsWidth = box.width - LABEL_WIDTH - LABEL_GAP;
  return tally.metrics.flatMap((metric, row) => {
    const top = box.top + row * rowHeight;
    const label = textAt(`${keyBase}/${metric.id}/label`, [metric.title], box.left, top, LABEL_WIDTH, { fontSize: FONT.bucket, color: COLOR.muted });
    const bars = metric.horizons.map((scale, index): PlannedShape => {
      const color = HORIZONS.find((horizon) => horizon.id === scale.id)?.dotColor ?? COLOR.text;
      const width = scale.score === null ? MIN_BAR_WIDTH : Math.max(MIN_BAR_WIDTH, even((scale.score / MAX_SCORE) * barsWidth));
      return {
        kind: 'shape',
        key: `${keyBase}/${metric.id}/${scale.id}`,
        ...centredFromBox({ left: barsLeft, top: top + BAR_GAP + index * (BAR_HEIGHT + BAR_GAP), width, height: BAR_HEIGHT }),
        shape: 'rectangle',
        content: '',
        fillColor: scale.score === null ? COLOR.areaFill : color,
        borderColor: scale.score === null ? COLOR.areaBorder : color,
        borderWidth: 1,
        fontSize: FONT.dot,
        color: COLOR.text,
        textAlign: 'left',
        textAlignVertical: 'middle',
      };
    });
    return [label, ...bars];
  });
}
