import { analyseInteractionMap } from '../map/analyseInteractionMap';
import { normalizeName } from '../map/names';
import type { BoardSnapshot } from '../snapshot';
import type { DataProductsReview, ProductEnd } from './types';

/**
 * The data products and the links of the interaction map, read the way *Draw interaction map*
 * reads them. A board without a data products frame has none (the review never fails for it).
 */
export function dataProductsReview(snapshot: BoardSnapshot): DataProductsReview {
  const frameId = snapshot.ledger?.frames.dataProducts;
  if (!frameId || !snapshot.items.some((item) => item.id === frameId)) return { products: [], links: [] };
  const analysis = analyseInteractionMap(snapshot);
  const byKey = new Map<string, string[]>();
  for (const product of analysis.products) byKey.set(product.key, [...(byKey.get(product.key) ?? []), product.itemId]);
  const nameOf = new Map(analysis.products.map((product) => [product.itemId, product.name]));
  const end = (name: string): ProductEnd => {
    const ids = byKey.get(normalizeName(name)) ?? [];
    return { name, productItemId: ids.length === 1 ? ids[0]! : null };
  };
  // A connector drawn by hand is a link too, even when the text does not name it.
  const withLinked = (ends: ProductEnd[], linkedIds: readonly string[]) => {
    const named = new Set(ends.map((entry) => entry.productItemId));
    const extra = linkedIds.filter((id) => !named.has(id)).map((id) => ({ name: nameOf.get(id) ?? '', productItemId: id }));
    return [...ends, ...extra];
  };
  const links = analysis.links.map(({ from, to }) => ({ from, to }));
  const products = analysis.products.map((product) => ({
    itemId: product.itemId,
    name: product.name,
    job: product.job,
    owner: product.owner,
    useCase: product.useCase,
    sources: withLinked(
      product.sources.map(end).filter((entry) => entry.productItemId !== product.itemId),
      links.filter((link) => link.to === product.itemId).map((link) => link.from),
    ),
    consumers: withLinked(
      product.consumers.map(end).filter((entry) => entry.productItemId !== product.itemId),
      links.filter((link) => link.from === product.itemId).map((link) => link.to),
    ),
  }));
  return { products, links };
}
