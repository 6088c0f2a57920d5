import type { PlannedItem, PlannedShape } from '../../plan';
import { estimateTextHeight } from '../../textMetrics';
import { AREA_TEXT } from '../../workshop/areas';
import {
  areaKey,
  bucketKey,
  DORA_NOTE_KEY,
  horizonLabelKey,
  metricTitleKey,
  notSureKey,
  paletteDotKey,
  paletteLabelKey,
} from '../../workshop/keys';
import {
  BUCKET_INDICES,
  BUCKET_RAMP,
  DORA_RECOVERY_NOTE,
  HORIZONS,
  KEY_METRICS,
  NOT_SURE_FILL,
  NOT_SURE_LABEL,
  SCORE_MEANING,
  type HorizonId,
  type KeyMetric,
  type MetricId,
} from '../../workshop/metrics';
import { CONTENT_TOP, type FrameBuilder } from '../frame';
import { bottomOf, even, spanOf, type Box } from '../geometry';
import { areaAt, bucketAt, dotAt, itemsBottom, textAt } from '../items';
import { BLOCK_GAP, COLOR, CONTENT_LEFT, FONT, SIDEBAR_WIDTH } from '../style';

/** Two columns of metrics, each scale six buckets worst → best plus a "Not sure" place. */
const COLUMN_WIDTH = 1370;
const COLUMN_GAP = 60;
const GRID_WIDTH = spanOf(2, COLUMN_WIDTH, COLUMN_GAP);
export const BUCKET_GAP = 10;
const PLACES = BUCKET_INDICES.length + 1;
export const BUCKET_WIDTH = Math.floor((COLUMN_WIDTH - (PLACES - 1) * BUCKET_GAP) / PLACES / 2) * 2;
/** Room under a bucket's label for participants' dots. */
const DOT_ROOM = 76;
/** Under each scale: the tally's count per bucket. */
const COUNT_HEIGHT = 64;
const SUMMARY_HEIGHT = even(estimateTextHeight('x\nx', FONT.note, COLUMN_WIDTH));
const HORIZON_LABEL_HEIGHT = even(estimateTextHeight('x', FONT.label, COLUMN_WIDTH));

/** Palette dot diameter; the palette has a dot per person per metric for each horizon. */
export const DOT_SIZE = 28;
const DOT_GAP = 8;
const MIN_STORIES = 280;
const DOTS_PER_ROW = Math.floor((SIDEBAR_WIDTH + DOT_GAP) / (DOT_SIZE + DOT_GAP));

/** Ready-made dots per horizon for a room of `headcount` people: one per person on each metric's scale. */
export function dotsPerHorizon(headcount: number): number {
  return headcount * KEY_METRICS.length;
}
/** For the default room of 12. */
export const DOTS_PER_HORIZON = dotsPerHorizon(12);

/** Bucket height of one metric: room for its longest label, then for dots. */
function bucketHeight(metric: KeyMetric): number {
  const label = Math.max(...metric.buckets.map((bucket) => estimateTextHeight(bucket, FONT.bucket, BUCKET_WIDTH - 16)));
  return even(label + DOT_ROOM);
}
export const BUCKET_HEIGHT = Math.max(...KEY_METRICS.map(bucketHeight));

function metricTitle(metric: KeyMetric, left: number, top: number) {
  return textAt(metricTitleKey(metric.id), [{ strong: metric.title }, metric.question], left, top, COLUMN_WIDTH, { fontSize: FONT.subheading });
}

type MetricGeometry = { metric: KeyMetric; left: number; top: number; scaleTops: number[]; bucketHeight: number; summaryTop: number; bottom: number };

/** Where each metric sits in content space: lead time and time to restore left, the other two right. */
function metricGeometry(): MetricGeometry[] {
  const columnBottoms = [0, 0];
  return KEY_METRICS.map((metric, index) => {
    const column = index % 2;
    const left = column * (COLUMN_WIDTH + COLUMN_GAP);
    const top = columnBottoms[column]!;
    const height = bucketHeight(metric);
    let y = bottomOf(metricTitle(metric, 0, top)) + 16;
    const scaleTops = HORIZONS.map(() => {
      const scaleTop = y + HORIZON_LABEL_HEIGHT;
      y = scaleTop + height + COUNT_HEIGHT;
      return scaleTop;
    });
    const summaryTop = y;
    const bottom = summaryTop + SUMMARY_HEIGHT;
    columnBottoms[column] = bottom + BLOCK_GAP;
    return { metric, left, top, scaleTops, bucketHeight: height, summaryTop, bottom };
  });
}

function notSureAt(key: string, box: Box): PlannedShape {
  return { ...bucketAt(key, NOT_SURE_LABEL, box), fillColor: NOT_SURE_FILL, borderColor: COLOR.bucketBorder };
}

function metricItems({ metric, left, top, scaleTops, bucketHeight: height }: MetricGeometry): PlannedItem[] {
  const items: PlannedItem[] = [metricTitle(metric, left, top)];
  HORIZONS.forEach((horizon, row) => {
    const scaleTop = scaleTops[row]!;
    items.push(
      textAt(horizonLabelKey(metric.id, horizon.id), [{ strong: `${horizon.label}   (worse → better)` }], left, scaleTop - HORIZON_LABEL_HEIGHT, COLUMN_WIDTH, {
        fontSize: FONT.label,
        color: horizon.textColor,
      }),
    );
    for (const index of BUCKET_INDICES) {
      const bucketLeft = left + (index - 1) * (BUCKET_WIDTH + BUCKET_GAP);
      const bucket = bucketAt(bucketKey(metric.id, horizon.id, index), metric.buckets[index - 1] ?? '', { left: bucketLeft, top: scaleTop, width: BUCKET_WIDTH, height });
      items.push({ ...bucket, fillColor: BUCKET_RAMP[index - 1] ?? COLOR.bucketFill });
    }
    const notSureLeft = left + BUCKET_INDICES.length * (BUCKET_WIDTH + BUCKET_GAP);
    items.push(notSureAt(notSureKey(metric.id, horizon.id), { left: notSureLeft, top: scaleTop, width: left + COLUMN_WIDTH - notSureLeft, height }));
  });
  return items;
}

/** The ready-made dots per horizon (outside every bucket), with how many each person places. */
function palette(headcount: number): PlannedItem[] {
  const items: PlannedItem[] = [];
  let y = 0;
  const perHorizon = dotsPerHorizon(headcount);
  for (const horizon of HORIZONS) {
    const label = textAt(
      paletteLabelKey(horizon.id),
      [
        { strong: `${horizon.dotColorName} dots: ${horizon.label.toLowerCase()}` },
        `Each person places ${KEY_METRICS.length} ${horizon.dotColorName.toLowerCase()} dots, one on each "${horizon.label}" scale.`,
      ],
      0,
      y,
      SIDEBAR_WIDTH,
      { fontSize: FONT.label, color: COLOR.text },
    );
    items.push(label);
    const dotsTop = bottomOf(label) + 12;
    for (let n = 1; n <= perHorizon; n++) {
      const column = (n - 1) % DOTS_PER_ROW;
      const row = Math.floor((n - 1) / DOTS_PER_ROW);
      items.push(dotAt(paletteDotKey(horizon.id, n), column * (DOT_SIZE + DOT_GAP), dotsTop + row * (DOT_SIZE + DOT_GAP), DOT_SIZE, horizon.dotColor));
    }
    y = even(itemsBottom(items)) + 32;
  }
  return items;
}

/**
 * Where the tally draws, in frame space (boxes by top-left): a count row under each scale's six
 * buckets, a "Not sure" count under its place, and a summary under each metric. The layout keeps
 * these empty.
 */
export function tallySlots(): {
  charts: Array<{ metric: MetricId; horizon: HorizonId; box: Box; notSure: Box }>;
  summaries: Array<{ metric: MetricId; box: Box }>;
} {
  const geometry = metricGeometry();
  const charts = geometry.flatMap(({ metric, left, scaleTops, bucketHeight: height }) =>
    HORIZONS.map((horizon, row) => {
      const top = CONTENT_TOP + scaleTops[row]! + height;
      const notSureLeft = CONTENT_LEFT + left + BUCKET_INDICES.length * (BUCKET_WIDTH + BUCKET_GAP);
      return {
        metric: metric.id,
        horizon: horizon.id,
        box: { left: CONTENT_LEFT + left, top, width: spanOf(BUCKET_INDICES.length, BUCKET_WIDTH, BUCKET_GAP), height: COUNT_HEIGHT },
        notSure: { left: notSureLeft, top, width: CONTENT_LEFT + left + COLUMN_WIDTH - notSureLeft, height: COUNT_HEIGHT },
      };
    }),
  );
  const summaries = geometry.map(({ metric, left, summaryTop }) => ({
    metric: metric.id,
    box: { left: CONTENT_LEFT + left, top: CONTENT_TOP + summaryTop, width: COLUMN_WIDTH, height: SUMMARY_HEIGHT },
  }));
  return { charts, summaries };
}

/** Two columns of metrics (today above a year from now), the stories area and notes below; the palette in the left column. */
export const keyMetricsFrame: FrameBuilder = ({ config, sidebarBottom }) => {
  const geometry = metricGeometry();
  const items: PlannedItem[] = geometry.flatMap(metricItems);
  const firstColumnBottom = Math.max(...geometry.filter((_, index) => index % 2 === 0).map((metric) => metric.bottom));
  items.push(textAt(DORA_NOTE_KEY, [SCORE_MEANING, DORA_RECOVERY_NOTE], 0, firstColumnBottom, COLUMN_WIDTH, { fontSize: FONT.note, color: COLOR.muted }));
  const contentBottom = even(itemsBottom(items));
  const extras = palette(config.headcount);
  // The stories area fills the left column down to the content's bottom (and is never shorter than MIN_STORIES).
  const storiesTop = even(itemsBottom(extras)) + BLOCK_GAP;
  const storiesBottom = Math.max(CONTENT_TOP + contentBottom - sidebarBottom, storiesTop + MIN_STORIES);
  extras.push(areaAt(areaKey('keyMetrics', 'stories'), { left: 0, top: storiesTop, width: SIDEBAR_WIDTH, height: storiesBottom - storiesTop }, AREA_TEXT.stories));
  return {
    content: { width: GRID_WIDTH, height: itemsBottom(items), items },
    sidebarExtras: { width: SIDEBAR_WIDTH, height: even(itemsBottom(extras)), items: extras },
  };
};


