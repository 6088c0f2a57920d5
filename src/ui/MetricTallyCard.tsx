import type { MetricTally } from '../core/tally/tallyBoard';
import { ScaleChart } from './ScaleChart';
import { metricChartMax } from './tallyChartLayout';
import { shiftText } from './tallyFormat';

type MetricTallyCardProps = {
  metric: MetricTally;
  onZoom: (itemId: string, label: string) => void;
};

/** One key metric: today and a year from now stacked, the shift between them, and the summary line. */
export function MetricTallyCard({ metric, onZoom }: MetricTallyCardProps) {
  const max = metricChartMax(metric);
  return (
    <article class="tally-metric" aria-label={metric.title}>
      <h3 class="tally-metric-title">{metric.title}</h3>
      {metric.horizons.map((scale) => (
        <ScaleChart key={scale.id} metricTitle={metric.title} scale={scale} max={max} onZoom={onZoom} />
      ))}
      <p class="tally-shift">{shiftText(metric)}</p>
      <p class="tally-summary">{metric.summary}</p>
    </article>
  );
}
