import { DATA_PRODUCT_CARD_SLOT, placeDataProduct } from '../core/map/placeDataProduct';
import { createWidgets } from './createWidgets';
import { absoluteTopLeftOf } from './geometry';
import { readMural } from './readMural';
import type { MuralClient } from './restClient';

/**
 * *Add data product* on a mural: MURAL has no cards, so a sticky note (`text` is plain text) in
 * the first free slot of the data products area (`placeDataProduct`: clear of everything there),
 * inside the data products area widget. It is NOT recorded: from then on it is the participants'
 * data product, read by the map and the review like theirs, and never changed by a re-run.
 * The create is never repeated blindly: a lost answer is settled by reading the area back
 * (`createWidgets`). Returns the sticky note's id.
 */
export async function addMuralDataProduct(client: MuralClient, text: string): Promise<string> {
  const { widgets, snapshot } = await readMural(client);
  const centre = placeDataProduct(snapshot);
  const areaId = snapshot.ledger?.frames.dataProducts;
  const area = areaId !== undefined ? widgets.get(areaId) : undefined;
  if (!area) throw new Error('The data products area is missing: click "Build Accelerate board" to restore it.');
  const areaTopLeft = absoluteTopLeftOf(area, widgets);
  const { width, height } = DATA_PRODUCT_CARD_SLOT;
  const body = {
    parentId: area.id,
    x: Math.round(centre.x - width / 2 - areaTopLeft.x),
    y: Math.round(centre.y - height / 2 - areaTopLeft.y),
    width,
    height,
    shape: 'rectangle',
    text,
    style: { backgroundColor: '#FFF9B1FF' },
  };
  const made = await createWidgets({ client, claimed: new Set(widgets.keys()) }, [{ key: 'dataProduct', draft: { route: 'sticky-note', body } }]);
  const id = made.get('dataProduct');
  if (id === undefined) throw new Error('MURAL did not say which sticky note it made; look for it in the data products area.');
  return id;
}
