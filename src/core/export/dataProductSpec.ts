import type { DataProductsReview, ProductEnd, ReviewDataProduct } from '../review/types';
import { yamlDocuments, type YamlValue } from './yaml';

export type Archetype = 'source-aligned' | 'aggregate' | 'consumer-aligned';

/*
 * Data Product Specification 0.0.1 (datamesh-architecture/dataproduct-specification) from the board:
 * - `id`: the name as a slug (a-z, 0-9, `-`; no `/`), made unique with `-2`, `-3`…;
 * - `info.title` the name, `info.owner` the owner as written (`unassigned` when none: the spec requires
 *   one, and the review's lint says so), `info.description` the job, `info.status: proposed`;
 * - `info.archetype`, read from the interaction map: fed by no data product but feeding one →
 *   source-aligned; fed by data products and feeding none → consumer-aligned; both → aggregate;
 *   linked to no data product → left out;
 * - `inputPorts`: one per source; `sourceSystemId` is the source data product's `id`, or the source
 *   system's name as a slug; tag `data-product` or `source-system`;
 * - `outputPorts`: one per consumer (people, roles, systems or data products), `status: proposed`,
 *   tag `data-product` or `consumer`;
 * - `custom.miroItemId`: the sticky note or card it was read from.
 */

/** A spec-safe identifier: lower-case letters and digits joined by single dashes. */
export function specId(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** One specification object per data product, in the review's order. */
export function dataProductSpecifications(review: DataProductsReview): Array<Record<string, YamlValue>> {
  const used = new Set<string>();
  const ids = new Map<string, string>();
  review.products.forEach((product, index) => {
    const base = specId(product.name, `data-product-${index + 1}`);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(product.itemId, id);
  });
  return review.products.map((product) => specification(product, ids, archetypeOf(product.itemId, review.links)));
}

/** The data products as a YAML stream, one document per data product. */
export function dataProductsYaml(review: DataProductsReview): string {
  const comments = [
    'Data products from the Data Mesh Accelerate workshop board, as Data Product Specification 0.0.1.',
    review.products.length === 0 ? 'No data products captured yet.' : 'One document per data product; review owners and archetypes before use.',
  ];
  return yamlDocuments(dataProductSpecifications(review), comments);
}

export function archetypeOf(itemId: string, links: DataProductsReview['links']): Archetype | undefined {
  const fed = links.some((link) => link.to === itemId);
  const feeds = links.some((link) => link.from === itemId);
  if (fed && feeds) return 'aggregate';
  if (feeds) return 'source-aligned';
  return fed ? 'consumer-aligned' : undefined;
}

function specification(product: ReviewDataProduct, ids: ReadonlyMap<string, string>, archetype: Archetype | undefined): Record<string, YamlValue> {
  const endId = (end: ProductEnd) => (end.productItemId ? ids.get(end.productItemId) : undefined);
  const portIds = new Set<string>();
  const portId = (base: string) => {
    let id = base;
    for (let n = 2; portIds.has(id); n++) id = `${base}-${n}`;
    portIds.add(id);
    return id;
  };
  return {
    dataProductSpecification: '0.0.1',
    id: ids.get(product.itemId) ?? specId(product.name, 'data-product'),
    info: {
      title: product.name,
      owner: product.owner || 'unassigned',
      description: product.job || undefined,
      status: 'proposed',
      archetype,
    },
    inputPorts: product.sources.map((source, index) => {
      const sourceSystemId = endId(source) ?? specId(source.name, `source-${index + 1}`);
      return {
        id: portId(`from-${sourceSystemId}`),
        name: source.name,
        sourceSystemId,
        tags: [source.productItemId ? 'data-product' : 'source-system'],
      };
    }),
    outputPorts: product.consumers.map((consumer, index) => ({
      id: portId(`for-${endId(consumer) ?? specId(consumer.name, `consumer-${index + 1}`)}`),
      name: consumer.name,
      description: `Serves ${consumer.name}`,
      status: 'proposed',
      tags: [consumer.productItemId ? 'data-product' : 'consumer'],
    })),
    custom: { miroItemId: product.itemId },
  };
}
