import type { BoardSnapshot, SnapshotItem } from '../snapshot';
import { normalizeName } from './names';
import { isDataProduct, parseDataProductFields, type DataProductFields } from './parseDataProduct';

/** A data product on the board: a participant's sticky note or card in the data products frame. */
export type DataProduct = DataProductFields & {
  itemId: string;
  /** `normalizeName(name)`: what references are matched against. */
  key: string;
};

/** An item in the frame with a name but no job, sources or consumers yet (not a data product). */
export type DraftProduct = { itemId: string; name: string; key: string };

export type FoundProducts = { frameId: string; products: DataProduct[]; drafts: DraftProduct[] };

const PRODUCT_TYPES = new Set(['sticky_note', 'card']);

export class NoDataProductsFrameError extends Error {
  constructor() {
    super('No data products frame on this board: click "Build Accelerate board" first.');
    this.name = 'NoDataProductsFrameError';
  }
}

/**
 * The data products: sticky notes and cards inside the data products frame (its child, or centred
 * within its bounds) that the app did not make — so the template is never one — whose text has a
 * name and a job, sources or consumers. Ordered top to bottom, then left to right, as people read.
 */
export function findDataProducts(snapshot: BoardSnapshot): FoundProducts {
  const ledger = snapshot.ledger;
  const frameId = ledger?.frames.dataProducts;
  const frame = frameId ? snapshot.items.find((item) => item.id === frameId) : undefined;
  if (!ledger || !frame) throw new NoDataProductsFrameError();
  const appItems = new Set(Object.values(ledger.items));
  const candidates = snapshot.items
    .filter((item) => PRODUCT_TYPES.has(item.type) && !appItems.has(item.id) && isInFrame(item, frame))
    .sort(readingOrder);
  const products: DataProduct[] = [];
  const drafts: DraftProduct[] = [];
  for (const item of candidates) {
    const fields = parseDataProductFields(item.text);
    const key = normalizeName(fields.name);
    if (key === '') continue;
    if (isDataProduct(fields)) products.push({ ...fields, itemId: item.id, key });
    else drafts.push({ itemId: item.id, name: fields.name, key });
  }
  return { frameId: frame.id, products, drafts };
}

function isInFrame(item: SnapshotItem, frame: SnapshotItem): boolean {
  if (item.parentId === frame.id) return true;
  return Math.abs(item.x - frame.x) <= frame.width / 2 && Math.abs(item.y - frame.y) <= frame.height / 2;
}

function readingOrder(a: SnapshotItem, b: SnapshotItem): number {
  return a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
