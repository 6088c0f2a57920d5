import type { TallyReport } from '../actions/tallyKeyMetrics';
import { ChartLegend } from './ChartLegend';
import { MetricTallyCard } from './MetricTallyCard';
import { TallyNotices } from './TallyNotices';

type TallyReportViewProps = {
  report: TallyReport;
  onZoom: (itemId: string, label: string) => void;
};

export function TallyReportView({ report, onZoom }: TallyReportViewProps) {
  return (
    <div class="tally-report">
      <TallyNotices unplacedDots={report.unplacedDots} missingBuckets={report.missingBuckets} />
      <ChartLegend />
      {report.metrics.map((metric) => (
        <MetricTallyCard key={metric.id} metric={metric} onZoom={onZoom} />
      ))}
    </div>
  );
}
