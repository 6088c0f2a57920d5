import { centredFromBox, type Box } from '../layout/geometry';
import { tallySlots } from '../layout/frames/keyMetrics';
import { textAt } from '../layout/items';
import { COLOR, FONT } from '../layout/style';
import type { PlannedItem, PlannedShape } from '../plan';
import { HORIZONS } from '../workshop/metrics';
import type { KeyMetricsTally, ScaleTally } from './tallyBoard';

/** Prefix of every role key the tally draws; all of them live in the 4 key metrics frame. */
export const TALLY_KEY_PREFIX = 'keyMetrics/tally/';

const BAR_GAP = 8;
const COUNT_HEIGHT = 28;
const MIN_BAR_HEIGHT = 4;
const OUTLIER_BORDER = '#e6280f';

/**
 * The tally as board items in the 4 key metrics frame (frame space): beside each scale a bar per
 * bucket (height ∝ dots, outliers outlined in red) with its count below, and one summary line per
 * metric. Same tally → same items, so an unchanged re-tally writes nothing.
 */
export function tallyChartItems(tally: KeyMetricsTally): PlannedItem[] {
  const slots = tallySlots();
  const items: PlannedItem[] = [];
  for (const metric of tally.metrics) {
    for (const scale of metric.horizons) {
      const slot = slots.charts.find((chart) => chart.metric === metric.id && chart.horizon === scale.id);
      if (slot) items.push(...scaleChart(`${TALLY_KEY_PREFIX}${metric.id}/${scale.id}`, scale, slot.box));
    }
    const summary = slots.summaries.find((slot) => slot.metric === metric.id);
    if (summary) {
      const { left, top, width } = summary.box;
      items.push(textAt(`${TALLY_KEY_PREFIX}${metric.id}/summary`, [metric.summary], left, top, width, { fontSize: FONT.note, color: COLOR.muted }));
    }
  }
  return items;
}

function scaleChart(keyBase: string, scale: ScaleTally, box: Box): PlannedItem[] {
  const color = HORIZONS.find((horizon) => horizon.id === scale.id)?.dotColor ?? COLOR.text;
  const count = scale.buckets.length;
  const barWidth = Math.floor((box.width - (count - 1) * BAR_GAP) / count);
  const maxBarHeight = box.height - COUNT_HEIGHT;
  const most = Math.max(1, ...scale.buckets.map((bucket) => bucket.count));
  const outliers = new Set(scale.outliers.map((outlier) => outlier.index));
  return scale.buckets.flatMap((bucket, i) => {
    const left = box.left + i * (barWidth + BAR_GAP);
    const height = Math.max(MIN_BAR_HEIGHT, Math.round((bucket.count / most) * maxBarHeight));
    const bar: PlannedShape = {
      kind: 'shape',
      key: `${keyBase}/bar/${i + 1}`,
      ...centredFromBox({ left, top: box.top + maxBarHeight - height, width: barWidth, height }),
      shape: 'rectangle',
      content: '',
      fillColor: bucket.count > 0 ? color : COLOR.areaFill,
      borderColor: outliers.has(i + 1) ? OUTLIER_BORDER : color,
      borderWidth: outliers.has(i + 1) ? 3 : 1,
      fontSize: FONT.dot,
      color: COLOR.text,
      textAlign: 'center',
      textAlignVertical: 'middle',
    };
    const label = textAt(`${keyBase}/count/${i + 1}`, [String(bucket.count)], left, box.top + maxBarHeight + 2, barWidth, {
      fontSize: FONT.dot,
      textAlign: 'center',
    });
    return [bar, label];
  });
}
