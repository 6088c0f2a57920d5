import type { MetricTally, ScaleTally } from '../core/tally/tallyBoard';

/** One scale's chart, in SVG user units (the SVG scales to the panel's width, 320 px at most). */
export const CHART = {
  width: 320,
  height: 74,
  /** Room above the tallest bar for its count. */
  top: 14,
  barArea: 40,
  barWidth: 28,
  /** Baseline → bucket label baseline. */
  labelOffset: 18,
} as const;

export const CHART_BASELINE = CHART.top + CHART.barArea;

export type BarLayout = {
  /** Left edge of the bucket's slot and its width: the click target. */
  slotX: number;
  slotWidth: number;
  /** Centre of the bar. */
  cx: number;
  barX: number;
  barY: number;
  barHeight: number;
};

/** Tallest count on either horizon of a metric, so today and a year from now share a scale. */
export function metricChartMax(metric: MetricTally): number {
  return Math.max(1, ...metric.horizons.flatMap((scale) => scale.buckets.map((bucket) => bucket.count)));
}

/** Where each bucket's bar goes, worst → best, left → right. A zero count keeps a visible stub. */
export function barLayouts(scale: ScaleTally, max: number): BarLayout[] {
  const slotWidth = CHART.width / Math.max(1, scale.buckets.length);
  return scale.buckets.map((bucket, i) => {
    const slotX = i * slotWidth;
    const cx = slotX + slotWidth / 2;
    const barHeight = bucket.count > 0 ? Math.max(3, (bucket.count / max) * CHART.barArea) : 1.5;
    return { slotX, slotWidth, cx, barX: cx - CHART.barWidth / 2, barY: CHART_BASELINE - barHeight, barHeight };
  });
}
