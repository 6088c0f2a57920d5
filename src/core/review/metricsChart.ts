import { centredFromBox, even, type Box } from '../layout/geometry';
import { textAt } from '../layout/items';
import { COLOR, FONT } from '../layout/style';
import type { PlannedItem, PlannedShape } from '../plan';
import type { KeyMetricsTally, ScaleTally } from '../tally/tallyBoard';
import { HORIZONS } from '../workshop/metrics';

const LABEL_WIDTH = 300;
const LABEL_GAP = 16;
/** Room right of the bars for the value ("today 3", "in a year 8"). */
const VALUE_WIDTH = 240;
const VALUE_GAP = 12;
const BAR_HEIGHT = 30;
/** Bars one text line apart, so the two-line value beside them reads against them. */
const BAR_GAP = 6;
const MIN_BAR_WIDTH = 6;
const MAX_SCORE = 10;

const SHORT_HORIZON: Readonly<Record<string, string>> = { today: 'today', nextYear: 'in a year' };

/** The bar's value as it reads beside it: "today 3/10", or "today —". */
export function barValue(scale: ScaleTally): string {
  const horizon = SHORT_HORIZON[scale.id] ?? scale.label;
  return scale.score === null ? `${horizon} —` : `${horizon} ${scale.score}/10`;
}

/**
 * A chart of the key metrics in `box` (frame space): one row per metric, its title and a bar per
 * horizon whose length is the median's 0–10 score (a stub when that horizon has no dots), with its
 * value beside it: today, then a year from now.
 */
export function metricsChartItems(keyBase: string, tally: KeyMetricsTally, box: Box): PlannedItem[] {
  const rowHeight = Math.floor(box.height / Math.max(1, tally.metrics.length));
  const barsLeft = box.left + LABEL_WIDTH + LABEL_GAP;
  const barsWidth = box.width - LABEL_WIDTH - LABEL_GAP - VALUE_GAP - VALUE_WIDTH;
  return tally.metrics.flatMap((metric, row) => {
    const top = box.top + row * rowHeight;
    const label = textAt(`${keyBase}/${metric.id}/label`, [metric.title], box.left, top, LABEL_WIDTH, { fontSize: FONT.bucket, color: COLOR.muted });
    const widths = metric.horizons.map((scale) => (scale.score === null ? MIN_BAR_WIDTH : Math.max(MIN_BAR_WIDTH, even((scale.score / MAX_SCORE) * barsWidth))));
    const bars = metric.horizons.map((scale, index): PlannedShape => {
      const color = HORIZONS.find((horizon) => horizon.id === scale.id)?.dotColor ?? COLOR.text;
      return {
        kind: 'shape',
        key: `${keyBase}/${metric.id}/${scale.id}`,
        ...centredFromBox({ left: barsLeft, top: top + BAR_GAP + index * (BAR_HEIGHT + BAR_GAP), width: widths[index]!, height: BAR_HEIGHT }),
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
    const valueLeft = barsLeft + Math.max(MIN_BAR_WIDTH, ...widths) + VALUE_GAP;
    const value = textAt(`${keyBase}/${metric.id}/value`, metric.horizons.map(barValue), valueLeft, top, VALUE_WIDTH, { fontSize: FONT.bucket });
    return [label, ...bars, value];
  });
}
