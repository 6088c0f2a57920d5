import type { InteractionMapReport } from '../../actions/drawInteractionMap';
import { ItemName } from './ItemName';
import { nameOf } from './mapFormat';

type MapLinkListProps = {
  edges: InteractionMapReport['edges'];
  names: ReadonlyMap<string, string>;
  onZoom: (itemId: string, name: string) => void;
};

/** The links between data products, "A → B" (A feeds B), in the order the map found them. */
export function MapLinkList({ edges, names, onZoom }: MapLinkListProps) {
  if (edges.length === 0) return null;
  return (
    <div class="map-links">
      <p class="map-attention-title">Links</p>
      <ul class="map-list" aria-label="Links">
        {edges.map((edge) => (
          <li key={`${edge.from}->${edge.to}`} data-drawn-by={edge.drawnBy}>
            <ItemName itemId={edge.from} name={nameOf(names, edge.from)} onZoom={onZoom} />
            {' → '}
            <ItemName itemId={edge.to} name={nameOf(names, edge.to)} onZoom={onZoom} />
            {edge.drawnBy === 'participant' ? (
              <span class="map-hint"> · {edge.written ? 'drawn by people' : 'drawn by people, not written on the notes'}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
