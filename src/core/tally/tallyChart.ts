import { centredFromBox, type Box } from '../layout/geometry';
import { BUCKET_GAP, tallySlots } from '../layout/frames/keyMetrics';
import { textAt } from '../layout/items';
import { COLOR, FONT } from '../layout/style';
import type { PlannedItem, PlannedShape } from '../plan';
import { HORIZONS } from '../workshop/metrics';
import type { KeyMetricsTally, ScaleTally } from './tallyBoard';

/** Prefix of every role key the tally draws; all of them live in the 4 key metrics frame. */
export const TALLY_KEY_PREFIX = 'keyMetrics/tally/';

const BAR_HEIGHT = 8;
const MIN_BAR_WIDTH = 4;
const OUTLIER_BORDER = '#e6280f';

/**
 * The tally as board items in the 4 key metrics frame (frame space): under each bucket a bar
 * (length ∝ dots, outliers outlined in red) with its count, the "Not sure" count under its place,
 * and one summary line per metric. Same tally → same items, so an unchanged re-tally writes nothing.
 */
export function tallyChartItems(tally: KeyMetricsTally): PlannedItem[] {
  const slots = tallySlots();
  const items: PlannedItem[] = [];
  for (const metric of tally.metrics) {
    for (const scale of metric.horizons) {
      const slot = slots.charts.find((chart) => chart.metric === metric.id && chart.horizon === scale.id);
      if (!slot) continue;
      const keyBase = `${TALLY_KEY_PREFIX}${metric.id}/${scale.id}`;
      items.push(...scaleChart(keyBase, scale, slot.box));
      const { left, top, width } = slot.notSure;
      items.push(textAt(`${keyBase}/notSure`, [String(scale.notSure)], left, top + BAR_HEIGHT, width, { fontSize: FONT.dot, textAlign: 'center', color: COLOR.muted }));
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
  const bucketWidth = Math.floor((box.width - (count - 1) * BUCKET_GAP) / count);
  const most = Math.max(1, ...scale.buckets.map((bucket) => bucket.count));
  const outliers = new Set(scale.outliers.map((outlier) => outlier.index));
  return scale.buckets.flatMap((bucket, i) => {
    const left = box.left + i * (bucketWidth + BUCKET_GAP);
    const width = Math.max(MIN_BAR_WIDTH, Math.round(((bucket.count / most) * bucketWidth) / 2) * 2);
    const bar: PlannedShape = {
      kind: 'shape',
      key: `${keyBase}/bar/${i + 1}`,
      ...centredFromBox({ left: left + Math.floor((bucketWidth - width) / 2), top: box.top, width, height: BAR_HEIGHT }),
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
    const label = textAt(`${keyBase}/count/${i + 1}`, [String(bucket.count)], left, box.top + BAR_HEIGHT, bucketWidth, {
      fontSize: FONT.dot,
      textAlign: 'center',
    });
    return [bar, label];
  });
}
