import type { InteractionMapReport } from '../../actions/drawInteractionMap';
import { ActionMessage } from '../ActionMessage';
import { MapAttention } from './MapAttention';
import { MapLinkList } from './MapLinkList';
import { MapSummary } from './MapSummary';
import { edgesInReadingOrder, productNamesOf } from './mapFormat';

type InteractionMapViewProps = {
  report: InteractionMapReport;
  onZoom: (itemId: string, name: string) => void;
};

export const NO_DATA_PRODUCTS_TEXT =
  'No data products in the data products area yet. A data product is a sticky note or card with its name on the first line, then “Job:”, “Sources:” or “Consumers:” lines.';

/** The result of Draw interaction map: what needs fixing first, then the figures and the links. */
export function InteractionMapView({ report, onZoom }: InteractionMapViewProps) {
  const names = productNamesOf(report);
  return (
    <div class="map-report">
      {report.products.length === 0 ? <ActionMessage tone="info" message={NO_DATA_PRODUCTS_TEXT} /> : null}
      <MapAttention report={report} names={names} onZoom={onZoom} />
      <MapSummary report={report} />
      <MapLinkList edges={edgesInReadingOrder(report)} names={names} onZoom={onZoom} />
    </div>
  );
}
