import { WorkshopConfigSchema } from '../config';
import { planBoard } from '../layout/planBoard';
import type { BoardSnapshot, SnapshotItem } from '../snapshot';
import { bucketKey, notSureKey, parsePaletteDotKey, paletteLabelKey } from '../workshop/keys';
import { BUCKET_INDICES, HORIZONS, KEY_METRICS, type HorizonId, type MetricId } from '../workshop/metrics';
import { containsPoint, isDot, type CentredRect } from './dots';
import { scaleStatistics } from './scaleStatistics';

export type BucketTally = {
  label: string;
  /** The bucket shape's id ('' when the board never had it). */
  itemId: string;
  count: number;
  /** True when the bucket shape is no longer on the board: its dots cannot be counted. */
  missing: boolean;
};

export type ScaleTally = {
  id: HorizonId;
  label: string;
  total: number;
  /** Worst → best. */
  buckets: BucketTally[];
  median: { index: number; label: string } | null;
  spread: number;
  outliers: Array<{ index: number; label: string; count: number }>;
  score: number | null;
  /** Dots in this scale's "Not sure" place: counted apart, outside the median and the score. */
  notSure: number;
};

export type MetricTally = {
  id: MetricId;
  title: string;
  horizons: ScaleTally[];
  /** Today → a year from now: buckets moved by the median and score change (null unless both have dots). */
  shift: { buckets: number; score: number } | null;
  /** One line for the board and the panel. */
  summary: string;
};

export type KeyMetricsTally = {
  metrics: MetricTally[];
  /** Dots inside the 4 key metrics frame that lie in no bucket (ready-made dots left in the palette excluded). */
  unplacedDots: number;
  /** "Lead time for changes · Today · One to six months" for each bucket no longer on the board. */
  missingBuckets: string[];
  /** Dots counted in buckets per item type as Miro reports it (`shape`, `emoji`, `stamp`, …), types sorted. */
  dotTypes: Record<string, number>;
  /** Whether Miro voting results were added to the dot counts. */
  votesIncluded: boolean;
};

export class NoKeyMetricsBoardError extends Error {
  constructor() {
    super('No 4 key metrics scales on this board yet: click "Build Accelerate board" first.');
    this.name = 'NoKeyMetricsBoardError';
  }
}

/**
 * Counts dots per bucket from what is on the board now: buckets where they are now (moved frames and
 * buckets are followed), dots by the bucket holding their centre, wherever they sit in the frame tree.
 * `votes` (bucket item id → votes) come from Miro's native voting, when the facilitator includes them.
 */
export function tallyBoard(snapshot: BoardSnapshot, votes?: ReadonlyMap<string, number>): KeyMetricsTally {
  const ledger = snapshot.ledger;
  const byId = new Map(snapshot.items.map((item) => [item.id, item]));
  const frame = ledger?.frames.keyMetrics ? byId.get(ledger.frames.keyMetrics) : undefined;
  if (!ledger || !frame) throw new NoKeyMetricsBoardError();

  const scales = KEY_METRICS.flatMap((metric) =>
    HORIZONS.map((horizon) => ({
      metric,
      horizon,
      buckets: BUCKET_INDICES.map((index) => {
        const id = ledger.items[bucketKey(metric.id, horizon.id, index)] ?? '';
        return { id, shape: byId.get(id), count: votes?.get(id) ?? 0 };
      }),
      notSure: { shape: byId.get(ledger.items[notSureKey(metric.id, horizon.id)] ?? ''), count: 0 },
    })),
  );
  const present = scales.flatMap((scale) => scale.buckets.filter((bucket) => bucket.shape));
  const paletteDots = new Set(Object.entries(ledger.items).filter(([key]) => parsePaletteDotKey(key)).map(([, id]) => id));
  const palette = paletteRegion(snapshot, frame);

  let unplacedDots = 0;
  const typeCounts = new Map<string, number>();
  for (const item of snapshot.items) {
    if (!isDot(item)) continue;
    const bucket = present.find((candidate) => containsPoint(candidate.shape!, item.x, item.y));
    const notSure = bucket ? undefined : scales.find((scale) => scale.notSure.shape && containsPoint(scale.notSure.shape, item.x, item.y));
    if (bucket) {
      bucket.count++;
      typeCounts.set(item.type, (typeCounts.get(item.type) ?? 0) + 1);
    }
    else if (notSure) notSure.notSure.count++;
    else if (paletteDots.has(item.id) && palette && containsPoint(palette, item.x, item.y)) continue;
    else if (containsPoint(frame, item.x, item.y)) unplacedDots++;
  }

  const missingBuckets: string[] = [];
  const metrics = KEY_METRICS.map((metric): MetricTally => {
    const horizons = scales
      .filter((scale) => scale.metric === metric)
      .map(({ horizon, buckets, notSure }): ScaleTally => {
        const counts = buckets.map((bucket) => bucket.count);
        const stats = scaleStatistics(metric.id, counts, metric.buckets);
        const labelOf = (index: number) => metric.buckets[index - 1] ?? '';
        buckets.forEach((bucket, i) => {
          if (!bucket.shape) missingBuckets.push(`${metric.title} · ${horizon.label} · ${labelOf(i + 1)}`);
        });
        return {
          id: horizon.id,
          label: horizon.label,
          total: counts.reduce((sum, count) => sum + count, 0),
          buckets: buckets.map((bucket, i) => ({ label: labelOf(i + 1), itemId: bucket.id, count: bucket.count, missing: !bucket.shape })),
          median: stats.median === null ? null : { index: stats.median, label: labelOf(stats.median) },
          spread: stats.spread,
          outliers: stats.outliers.map((index) => ({ index, label: labelOf(index), count: counts[index - 1]! })),
          score: stats.score,
          notSure: notSure.count,
        };
      });
    const [today, nextYear] = horizons;
    const shift =
      today?.median && nextYear?.median && today.score !== null && nextYear.score !== null
        ? { buckets: nextYear.median.index - today.median.index, score: Math.round((nextYear.score - today.score) * 10) / 10 }
        : null;
    return { id: metric.id, title: metric.title, horizons, shift, summary: metricSummary(metric.title, horizons, shift) };
  });

  const dotTypes = Object.fromEntries([...typeCounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { metrics, unplacedDots, missingBuckets, dotTypes, votesIncluded: votes !== undefined };
}

/** "Bucket label" as it reads inside a sentence: "One week to one month" → "one week to one month". */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** The metric in plain words: "Lead time for changes: today most of us say …; a year from now, …". */
export function metricSummary(title: string, horizons: ScaleTally[], shift: MetricTally['shift']): string {
  const [today, nextYear] = horizons;
  const say = (scale: ScaleTally | undefined) => (scale?.median ? inSentence(scale.median.label) : 'no dots yet');
  const notSure = horizons.reduce((sum, scale) => sum + scale.notSure, 0);
  const scores = today?.score != null && nextYear?.score != null ? ` (score ${today.score} → ${nextYear.score}${shift ? `, ${shift.buckets >= 0 ? '+' : ''}${shift.buckets} buckets` : ''})` : '';
  const unsure = notSure > 0 ? `; ${notSure} not sure` : '';
  return `${title}: today most of us say ${say(today)}; a year from now, ${say(nextYear)}${scores}${unsure}.`;
}

/**
 * Where the ready-made dots wait: the planned palette (dots and label, with a dot's margin), placed
 * on the metrics frame where it is now. Dots there are not votes and not unplaced.
 */
function paletteRegion(snapshot: BoardSnapshot, frame: SnapshotItem): CentredRect | undefined {
  const config = snapshot.ledger?.config ?? WorkshopConfigSchema.parse({});
  const planned = planBoard(config).frames.find((candidate) => candidate.activity === 'keyMetrics');
  const paletteKeys = new Set(HORIZONS.map((horizon) => paletteLabelKey(horizon.id)));
  const items = planned?.items.filter((item) => parsePaletteDotKey(item.key) || paletteKeys.has(item.key)) ?? [];
  if (items.length === 0) return undefined;
  const margin = 40;
  const left = Math.min(...items.map((item) => item.x - item.width / 2)) - margin;
  const right = Math.max(...items.map((item) => item.x + item.width / 2)) + margin;
  const top = Math.min(...items.map((item) => item.y - item.height / 2)) - margin;
  const bottom = Math.max(...items.map((item) => item.y + item.height / 2)) + margin;
  const frameLeft = frame.x - frame.width / 2;
  const frameTop = frame.y - frame.height / 2;
  return { x: frameLeft + (left + right) / 2, y: frameTop + (top + bottom) / 2, width: right - left, height: bottom - top };
}
