import type { MetricId } from '../workshop/metrics';

/** Statistics of one six-bucket scale; bucket indices are 1 (worst) … 6 (best). */
export type ScaleStatistics = {
  /** Lower median bucket of all dots, or null with no dots. */
  median: number | null;
  /** Buckets between the lowest and the highest dot (0: everyone agrees). */
  spread: number;
  /** Buckets holding dots two or more buckets away from the median: the stories worth asking for. */
  outliers: number[];
  /** DORA Quick Check–style 0–10 score of the median bucket, one decimal; null with no dots. */
  score: number | null;
};

/** `counts[i]` = dots in bucket i + 1. */
export function scaleStatistics(metric: MetricId, counts: readonly number[], labels: readonly string[]): ScaleStatistics {
  const occupied = counts.flatMap((count, i) => (count > 0 ? [i + 1] : []));
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return { median: null, spread: 0, outliers: [], score: null };
  const median = lowerMedianBucket(counts, total);
  return {
    median,
    spread: occupied[occupied.length - 1]! - occupied[0]!,
    outliers: occupied.filter((bucket) => Math.abs(bucket - median) >= 2),
    score: bucketScore(metric, median, labels),
  };
}

function lowerMedianBucket(counts: readonly number[], total: number): number {
  const rank = Math.floor((total - 1) / 2);
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i]!;
    if (seen > rank) return i + 1;
  }
  return counts.length;
}

/**
 * Quick Check scoring: an ordinal answer v of 1..6 scores (v − 1) / 5 · 10. Change fail percentage
 * is a percentage there (0 % → 10, 100 % → 0), so its bucket scores from the bucket's midpoint.
 */
export function bucketScore(metric: MetricId, bucket: number, labels: readonly string[]): number {
  if (metric === 'changeFailRate') {
    const midpoint = percentMidpoint(labels[bucket - 1] ?? '');
    if (midpoint !== undefined) return round1((100 - midpoint) / 10);
  }
  return round1(((bucket - 1) / 5) * 10);
}

/** "16–30 %" → 23. */
export function percentMidpoint(label: string): number | undefined {
  const bounds = label.match(/\d+(?:\.\d+)?/g)?.map(Number);
  if (!bounds || bounds.length !== 2) return undefined;
  return (bounds[0]! + bounds[1]!) / 2;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
