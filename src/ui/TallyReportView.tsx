import type { TallyReport } from '../actions/tallyKeyMetrics';
import { ChartLegend } from './ChartLegend';
import { MetricTallyCard } from './MetricTallyCard';
import { TallyNotices } from './TallyNotices';
import { dotTypesText } from './tallyFormat';

type TallyReportViewProps = {
  report: TallyReport;
  onZoom: (itemId: string, label: string) => void;
};

export function TallyReportView({ report, onZoom }: TallyReportViewProps) {
  return (
    <div class="tally-report">
      <TallyNotices unplacedDots={report.unplacedDots} missingBuckets={report.missingBuckets} />
      {Object.keys(report.dotTypes ?? {}).length > 0 ? <p class="p-small tally-dot-types">{dotTypesText(report.dotTypes)}</p> : null}
      {report.votesUnavailable ? <p class="p-small">{report.votesUnavailable}</p> : null}
      <ChartLegend />
      {report.metrics.map((metric) => (
        <MetricTallyCard key={metric.id} metric={metric} onZoom={onZoom} />
      ))}
    </div>
  );
}
