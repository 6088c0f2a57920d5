import { Fragment } from 'preact';
import type { InteractionMapReport } from '../../actions/drawInteractionMap';
import { AttentionGroup } from './AttentionGroup';
import { ItemName } from './ItemName';
import { attentionCount, countText, nameOf, unresolvedReasonText } from './mapFormat';

type MapAttentionProps = {
  report: InteractionMapReport;
  names: ReadonlyMap<string, string>;
  onZoom: (itemId: string, name: string) => void;
};

/** What the facilitator has to sort out with the room: names that drew no link, loops, lone products. */
export function MapAttention({ report, names, onZoom }: MapAttentionProps) {
  const total = attentionCount(report);
  if (total === 0) return null;
  const product = (itemId: string, detail?: string) => <ItemName itemId={itemId} name={nameOf(names, itemId)} onZoom={onZoom} detail={detail} />;
  const products = (itemIds: readonly string[], separator: string, detailed = false) =>
    itemIds.map((itemId, index) => (
      <Fragment key={`${itemId}-${index}`}>
        {index > 0 ? separator : null}
        {product(itemId, detailed ? `${index + 1} of ${itemIds.length}` : undefined)}
      </Fragment>
    ));

  return (
    <div class="action-result action-result-warning map-attention" role="group" aria-label="Needs attention">
      <p class="p-small action-result-title">Needs attention: {countText(total, 'item')}</p>
      <AttentionGroup title="Names that match no data product" hint="No link was drawn for them." count={report.unresolved.length}>
        {report.unresolved.map((reference, index) => (
          <li key={`${reference.itemId}-${index}`}>
            “{reference.name}” in {product(reference.itemId)}: did you mean{' '}
            <ItemName itemId={reference.candidateItemId} name={reference.candidateName} onZoom={onZoom} />?{' '}
            <span class="map-hint">({unresolvedReasonText(reference.reason)})</span>
          </li>
        ))}
      </AttentionGroup>
      <AttentionGroup
        title="Names several data products share"
        hint="Links to a shared name are not drawn: rename all but one."
        count={report.ambiguous.length}
      >
        {report.ambiguous.map((ambiguous, index) => (
          <li key={`${ambiguous.name}-${index}`}>
            “{ambiguous.name}”: {products(ambiguous.itemIds, ', ', true)}
            {ambiguous.referencedBy.length > 0 ? <> · listed in {products(ambiguous.referencedBy, ', ')}</> : null}
          </li>
        ))}
      </AttentionGroup>
      <AttentionGroup title="Data products that list themselves" hint="A product cannot feed itself." count={report.selfReferences.length}>
        {report.selfReferences.map((reference) => (
          <li key={reference.itemId}>{product(reference.itemId)}</li>
        ))}
      </AttentionGroup>
      <AttentionGroup title="Cycles" hint="These data products feed each other in a circle." count={report.cycles.length}>
        {report.cycles.map((cycle, index) => (
          <li key={`${cycle.itemIds.join('>')}-${index}`}>
            {products([...cycle.itemIds, ...cycle.itemIds.slice(0, 1)], ' → ')}
          </li>
        ))}
      </AttentionGroup>
      <AttentionGroup title="Not linked to another data product" hint="Who uses them, and what feeds them?" count={report.isolated.length}>
        {report.isolated.map((isolated) => (
          <li key={isolated.itemId}>{product(isolated.itemId)}</li>
        ))}
      </AttentionGroup>
    </div>
  );
}
