import type { BoardTarget } from '../boardTarget';
import type { PanelActions } from '../panelActions';
import { AddDataProductForm } from './AddDataProductForm';
import { DrawMapSection } from './DrawMapSection';
import { useAddDataProduct } from './useAddDataProduct';
import { useZoomToItem } from '../useZoomToItem';

type DataProductsSectionProps = {
  miro: BoardTarget;
  addDataProduct: PanelActions['addDataProduct'];
  drawInteractionMap: PanelActions['drawInteractionMap'];
  /** True while a build rewrites the board: both buttons wait for it. */
  paused?: boolean;
  /** Id of the text saying why both are unavailable (no built board yet); null when they are available. */
  blockedBy?: string | null;
};

/** Data products: add one as a card, and draw the interaction map between them. */
export function DataProductsSection({ miro, addDataProduct, drawInteractionMap, paused = false, blockedBy = null }: DataProductsSectionProps) {
  const form = useAddDataProduct(miro, addDataProduct);
  const zoom = useZoomToItem(miro, 'Someone removed it.');
  return (
    <section class="action-section map-section" aria-label="Data products">
      <h3 class="map-section-title">Data products</h3>
      <AddDataProductForm form={form} onZoom={zoom.zoom} disabled={paused || blockedBy !== null} describedBy={blockedBy} />
      {zoom.message ? <p class="p-small map-hint" role="status">{zoom.message}</p> : null}
      <DrawMapSection miro={miro} run={drawInteractionMap} disabled={paused || blockedBy !== null} describedBy={blockedBy} />
    </section>
  );
}
