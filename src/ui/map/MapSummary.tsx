import type { InteractionMapReport } from '../../actions/drawInteractionMap';
import { arrangedText, attentionCount, linkCounts, namesText } from './mapFormat';

type MapSummaryProps = { report: InteractionMapReport };

/** The map's figures: products, links (by the app, by people), connector changes, the arranged copy. */
export function MapSummary({ report }: MapSummaryProps) {
  const links = linkCounts(report);
  const rows: Array<{ label: string; value: string | number }> = [
    { label: 'Links drawn by the app', value: links.app },
    { label: 'Links drawn by people', value: links.people },
    { label: 'Connectors created', value: report.connectors.created },
    { label: 'Connectors removed', value: report.connectors.removed },
    { label: 'Arranged copy', value: arrangedText(report.arranged) },
  ];
  if (report.sourceSystems.length > 0) rows.push({ label: 'Source systems', value: namesText(report.sourceSystems.map((node) => node.name)) });
  if (report.consumers.length > 0) rows.push({ label: 'Other consumers', value: namesText(report.consumers.map((node) => node.name)) });

  return (
    <div class="action-result action-result-success map-summary" role="status">
      <p class="p-small action-result-title">Interaction map drawn</p>
      <dl class="result-figures">
        <div>
          <dt>Data products</dt>
          <dd>{report.products.length}</dd>
        </div>
        <div>
          <dt>Links</dt>
          <dd>{report.edges.length}</dd>
        </div>
        <div>
          <dt>To fix</dt>
          <dd>{attentionCount(report)}</dd>
        </div>
      </dl>
      <dl class="result-rows">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
