import type { ScaleTally } from '../core/tally/tallyBoard';
import { BucketBar } from './BucketBar';
import { barLayouts, CHART, CHART_BASELINE } from './tallyChartLayout';
import { scaleCaption } from './tallyFormat';

type ScaleChartProps = {
  metricTitle: string;
  scale: ScaleTally;
  /** Count that fills the bar area; shared by a metric's two scales. */
  max: number;
  onZoom: (itemId: string, label: string) => void;
};

/** Six bars, worst → best, for one horizon of one metric. */
export function ScaleChart({ metricTitle, scale, max, onZoom }: ScaleChartProps) {
  const layouts = barLayouts(scale, max);
  const outliers = new Set(scale.outliers.map((outlier) => outlier.index));
  return (
    <div class="tally-scale">
      <p class="tally-scale-caption">
        <strong>{scale.label}</strong> <span>{scaleCaption(scale)}</span>
      </p>
      <svg
        class="tally-chart"
        role="group"
        aria-label={`${metricTitle}, ${scale.label}`}
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
      >
        <line x1={0} x2={CHART.width} y1={CHART_BASELINE + 0.5} y2={CHART_BASELINE + 0.5} stroke="#e0e0ea" />
        {scale.buckets.map((bucket, i) => (
          <BucketBar
            key={i}
            bucket={bucket}
            layout={layouts[i]!}
            outlier={outliers.has(i + 1)}
            median={scale.median?.index === i + 1}
            onZoom={onZoom}
          />
        ))}
      </svg>
    </div>
  );
}
