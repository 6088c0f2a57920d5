import type { CentredRect } from '../layout/geometry';
import type { BoardSnapshot } from '../snapshot';
import { AREA_TEXT } from '../workshop/areas';
import { areaKey } from '../workshop/keys';
import { closerThan, freeSlot } from './freeSlot';
import { areaFreeRegion } from './mapRegion';

/** Room a new data product card takes; a card's height is the board's to decide, so this is generous. */
export const DATA_PRODUCT_CARD_SLOT = { width: 320, height: 160 } as const;
const GAP = 24;

export class DataProductsAreaFullError extends Error {
  constructor() {
    super('The data products area has no free space left for a card: make room in it, then add the data product again.');
    this.name = 'DataProductsAreaFullError';
  }
}

export class NoDataProductsAreaError extends Error {
  constructor() {
    super('The data products area is missing: click "Build Accelerate board" to restore it.');
    this.name = 'NoDataProductsAreaError';
  }
}

/**
 * Where a new data product card goes: the first free slot in the data products area (board
 * coordinates, card centre), clear of everything already there.
 */
export function placeDataProduct(snapshot: BoardSnapshot): { x: number; y: number } {
  const frameId = snapshot.ledger?.frames.dataProducts;
  const key = areaKey('dataProducts', 'products');
  const region = frameId ? areaFreeRegion(snapshot, { frameId, areaKey: key, text: AREA_TEXT.products, space: 'board' }) : undefined;
  if (!region) throw new NoDataProductsAreaError();
  const areaId = snapshot.ledger?.items[key];
  const regionRect: CentredRect = { x: region.left + region.width / 2, y: region.top + region.height / 2, width: region.width, height: region.height };
  const obstacles = snapshot.items.filter(
    (item) => item.type !== 'frame' && item.type !== 'connector' && item.id !== areaId && closerThan(item, regionRect, 0),
  );
  const slot = freeSlot(region, obstacles, DATA_PRODUCT_CARD_SLOT, GAP);
  if (!slot) throw new DataProductsAreaFullError();
  return slot;
}
