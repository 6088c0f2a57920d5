import type { KeyMetricsTally } from './tallyBoard';

const field = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One row per bucket of every scale (worst → best), plus median, spread and score per scale. */
export function tallyCsv(tally: KeyMetricsTally): string {
  const rows: Array<Array<string | number>> = [
    ['metric', 'horizon', 'bucket', 'label', 'dots', 'scale_total', 'median_bucket', 'spread', 'score', 'outlier'],
  ];
  for (const metric of tally.metrics) {
    for (const scale of metric.horizons) {
      const outliers = new Set(scale.outliers.map((outlier) => outlier.index));
      scale.buckets.forEach((bucket, i) => {
        rows.push([
          metric.title,
          scale.label,
          i + 1,
          bucket.label,
          bucket.count,
          scale.total,
          scale.median?.index ?? '',
          scale.spread,
          scale.score ?? '',
          outliers.has(i + 1) ? 'yes' : '',
        ]);
      });
    }
  }
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
