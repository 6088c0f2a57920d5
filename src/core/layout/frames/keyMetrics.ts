import type { PlannedItem } from '../../plan';
import { AREA_TEXT } from '../../workshop/areas';
import {
  areaKey,
  bucketKey,
  DORA_NOTE_KEY,
  horizonLabelKey,
  metricTitleKey,
  paletteDotKey,
  paletteLabelKey,
} from '../../workshop/keys';
import { BUCKET_INDICES, DORA_RECOVERY_NOTE, HORIZONS, KEY_METRICS, type HorizonId, type KeyMetric, type MetricId } from '../../workshop/metrics';
import { CONTENT_TOP, type FrameBuilder } from '../frame';
import { bottomOf, spanOf, type Box } from '../geometry';
import { areaAt, bucketAt, dotAt, itemsBottom, textAt, translate } from '../items';
import { BLOCK_GAP, COLOR, CONTENT_LEFT, FONT } from '../style';

/** Bucket size: room for a three-line label at the top and a few rows of dots below it. */
export const BUCKET_WIDTH = 200;
export const BUCKET_HEIGHT = 170;
const BUCKET_GAP = 12;
const HORIZON_LABEL_WIDTH = 200;
const SCALE_LEFT = HORIZON_LABEL_WIDTH + 20;
const SCALE_GAP = 24;
const SCALE_WIDTH = spanOf(BUCKET_INDICES.length, BUCKET_WIDTH, BUCKET_GAP);
/** Left empty beside each scale for the tally's bar chart, and under each metric for its summary line. */
const CHART_GAP = 24;
const CHART_WIDTH = 240;
const SUMMARY_GAP = 12;
const SUMMARY_HEIGHT = 40;
const METRIC_WIDTH = SCALE_LEFT + SCALE_WIDTH + CHART_GAP + CHART_WIDTH;
const METRIC_COLUMNS = 2;
const METRIC_GAP_X = 100;
const METRIC_GAP_Y = 80;
const GRID_WIDTH = spanOf(METRIC_COLUMNS, METRIC_WIDTH, METRIC_GAP_X);

/** Palette dot diameter and how many ready-made dots each horizon gets. */
export const DOT_SIZE = 40;
export const DOTS_PER_HORIZON = 12;
const DOT_GAP = 12;
const PALETTE_WIDTH = 660;
const STORIES_LEFT = PALETTE_WIDTH + 100;
const STORIES_HEIGHT = 560;

function metricTitle(metric: KeyMetric, left: number, top: number) {
  return textAt(metricTitleKey(metric.id), [{ strong: metric.title }, metric.question], left, top, METRIC_WIDTH, {
    fontSize: FONT.subheading,
  });
}

/** One metric: its title and question, then a scale per horizon, worst bucket on the left. */
function metricBlock(metric: KeyMetric, titleHeight: number): PlannedItem[] {
  const items: PlannedItem[] = [metricTitle(metric, 0, 0)];
  HORIZONS.forEach((horizon, row) => {
    const top = titleHeight + 20 + row * (BUCKET_HEIGHT + SCALE_GAP);
    items.push(
      textAt(horizonLabelKey(metric.id, horizon.id), [{ strong: horizon.label }], 0, top, HORIZON_LABEL_WIDTH, {
        fontSize: FONT.body,
        color: horizon.dotColor,
      }),
    );
    for (const index of BUCKET_INDICES) {
      const label = metric.buckets[index - 1] ?? '';
      const left = SCALE_LEFT + (index - 1) * (BUCKET_WIDTH + BUCKET_GAP);
      items.push(bucketAt(bucketKey(metric.id, horizon.id, index), label, { left, top, width: BUCKET_WIDTH, height: BUCKET_HEIGHT }));
    }
  });
  return items;
}

/** The ready-made dots per horizon (outside every bucket) and the DORA naming note. */
function palette(top: number): PlannedItem[] {
  const items: PlannedItem[] = [];
  let y = top;
  for (const horizon of HORIZONS) {
    const label = textAt(
      paletteLabelKey(horizon.id),
      [{ strong: `${horizon.label} dots` }, `Drag one onto each "${horizon.label}" scale; duplicate a dot if you run out.`],
      0,
      y,
      PALETTE_WIDTH,
      { fontSize: FONT.label, color: COLOR.text },
    );
    items.push(label);
    const dotsTop = bottomOf(label) + 12;
    for (let n = 1; n <= DOTS_PER_HORIZON; n++) {
      items.push(dotAt(paletteDotKey(horizon.id, n), (n - 1) * (DOT_SIZE + DOT_GAP), dotsTop, DOT_SIZE, horizon.dotColor));
    }
    y = dotsTop + DOT_SIZE + 32;
  }
  items.push(textAt(DORA_NOTE_KEY, [DORA_RECOVERY_NOTE], 0, y, PALETTE_WIDTH, { fontSize: FONT.note, color: COLOR.muted }));
  return items;
}

function metricGrid() {
  const titleHeight = Math.max(...KEY_METRICS.map((metric) => metricTitle(metric, 0, 0).height));
  const scalesHeight = spanOf(HORIZONS.length, BUCKET_HEIGHT, SCALE_GAP);
  const metricHeight = titleHeight + 20 + scalesHeight + SUMMARY_GAP + SUMMARY_HEIGHT;
  const origin = (index: number) => ({
    left: (index % METRIC_COLUMNS) * (METRIC_WIDTH + METRIC_GAP_X),
    top: Math.floor(index / METRIC_COLUMNS) * (metricHeight + METRIC_GAP_Y),
  });
  return { titleHeight, scalesHeight, origin };
}

/**
 * Where the tally draws, in frame space (boxes by top-left): a chart box beside each scale and a
 * summary line under each metric. The layout keeps these empty.
 */
export function tallySlots(): {
  charts: Array<{ metric: MetricId; horizon: HorizonId; box: Box }>;
  summaries: Array<{ metric: MetricId; box: Box }>;
} {
  const { titleHeight, scalesHeight, origin } = metricGrid();
  const charts = KEY_METRICS.flatMap((metric, index) =>
    HORIZONS.map((horizon, row) => ({
      metric: metric.id,
      horizon: horizon.id,
      box: {
        left: CONTENT_LEFT + origin(index).left + SCALE_LEFT + SCALE_WIDTH + CHART_GAP,
        top: CONTENT_TOP + origin(index).top + titleHeight + 20 + row * (BUCKET_HEIGHT + SCALE_GAP),
        width: CHART_WIDTH,
        height: BUCKET_HEIGHT,
      },
    })),
  );
  const summaries = KEY_METRICS.map((metric, index) => ({
    metric: metric.id,
    box: {
      left: CONTENT_LEFT + origin(index).left,
      top: CONTENT_TOP + origin(index).top + titleHeight + 20 + scalesHeight + SUMMARY_GAP,
      width: METRIC_WIDTH,
      height: SUMMARY_HEIGHT,
    },
  }));
  return { charts, summaries };
}

/** A 2×2 grid of metrics (today above a year from now), then the dot palette and the stories area. */
export const keyMetricsFrame: FrameBuilder = () => {
  const { titleHeight, scalesHeight, origin } = metricGrid();
  const items: PlannedItem[] = KEY_METRICS.flatMap((metric, index) =>
    translate(metricBlock(metric, titleHeight), origin(index).left, origin(index).top),
  );
  // The last metric row's summary line is empty space the items do not reach: keep it inside the frame.
  const gridBottom = origin(KEY_METRICS.length - 1).top + titleHeight + 20 + scalesHeight + SUMMARY_GAP + SUMMARY_HEIGHT;
  const lowerTop = Math.max(itemsBottom(items), gridBottom) + BLOCK_GAP + 32;
  items.push(...palette(lowerTop));
  items.push(
    areaAt(
      areaKey('keyMetrics', 'stories'),
      { left: STORIES_LEFT, top: lowerTop, width: GRID_WIDTH - STORIES_LEFT, height: STORIES_HEIGHT },
      AREA_TEXT.stories,
    ),
  );
  return { content: { width: GRID_WIDTH, height: itemsBottom(items), items } };
};
