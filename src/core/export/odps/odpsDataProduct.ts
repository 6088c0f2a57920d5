import type { DataProductsReview, ProductEnd, ReviewDataProduct } from '../../review/types';
import { URL_NAMESPACE, uuidV5 } from './uuid';

/*
 * Open Data Product Standard (ODPS) v1.0.0 (Bitol, LF AI & Data) from the board, one document per
 * data product (schema: `odps-json-schema-v1.0.0.json`, draft 2019-09):
 * - `apiVersion: v1.0.0`, `kind: DataProduct`, `status: proposed` (the workshop proposes, nobody built it yet);
 * - `id`: a UUID v5 of the board item id (`dataProductId`), so the same sticky note or card gives the
 *   same id on every export and a source or consumer that is a data product on the board can point at it;
 * - `name`: the name as written; `description.purpose`: the job (left out when none is written);
 * - `domain` and `team.name`: the owner as written (both left out when there is none: the review's
 *   lint asks for one);
 * - `tags`: the archetype read from the interaction map (`source-aligned`, `aggregate`, `consumer-aligned`);
 * - `inputPorts`: one per source. ODPS requires `version` and `contractId`, which the workshop cannot
 *   know yet: both are `to be defined`. A source that is a data product on the board carries its id in
 *   the custom property `dataProductId`; tag `data-product` or `source-system`;
 * - `outputPorts`: one per consumer (people, systems or data products), `version: to be defined`,
 *   `description: Serves <consumer>`, tag `data-product` (with `dataProductId`) or `consumer`;
 * - `customProperties`: `miroItemId` (the sticky note or card it was read from) and `useCase` (its
 *   `Use case:` line, when written).
 */

/** What ODPS requires and the workshop cannot know yet (a port's version, an input's contract id). */
export const TO_BE_DEFINED = 'to be defined';

export const ODPS_API_VERSION = 'v1.0.0';

/** The UUID namespace of Accelerate Board's data product ids (itself a name-based UUID, fixed forever). */
export const DATA_PRODUCT_NAMESPACE = uuidV5('urn:accelerate-board:data-product', URL_NAMESPACE);

export type Archetype = 'source-aligned' | 'aggregate' | 'consumer-aligned';

export type OdpsCustomProperty = { property: string; value: string };
export type OdpsInputPort = { name: string; version: string; contractId: string; tags: string[]; customProperties?: OdpsCustomProperty[] };
export type OdpsOutputPort = { name: string; description: string; version: string; tags: string[]; customProperties?: OdpsCustomProperty[] };

/** The subset of ODPS v1.0.0 the workshop fills; optional keys are absent, never `undefined`, in the JSON. */
export type OdpsDataProduct = {
  apiVersion: typeof ODPS_API_VERSION;
  kind: 'DataProduct';
  id: string;
  name: string;
  status: 'proposed';
  domain?: string;
  description?: { purpose: string };
  tags?: string[];
  inputPorts: OdpsInputPort[];
  outputPorts: OdpsOutputPort[];
  team?: { name: string };
  customProperties: OdpsCustomProperty[];
};

/** The stable ODPS id of the data product read from this board item. */
export function dataProductId(itemId: string): string {
  return uuidV5(`miro-item:${itemId}`, DATA_PRODUCT_NAMESPACE);
}

export function archetypeOf(itemId: string, links: DataProductsReview['links']): Archetype | undefined {
  const fed = links.some((link) => link.to === itemId);
  const feeds = links.some((link) => link.from === itemId);
  if (fed && feeds) return 'aggregate';
  if (feeds) return 'source-aligned';
  return fed ? 'consumer-aligned' : undefined;
}

/** One ODPS document per data product, in the review's order. */
export function odpsDataProducts(review: DataProductsReview): OdpsDataProduct[] {
  return review.products.map((product) => odpsDataProduct(product, archetypeOf(product.itemId, review.links)));
}

function odpsDataProduct(product: ReviewDataProduct, archetype: Archetype | undefined): OdpsDataProduct {
  const customProperties: OdpsCustomProperty[] = [{ property: 'miroItemId', value: product.itemId }];
  if (product.useCase) customProperties.push({ property: 'useCase', value: product.useCase });
  return {
    apiVersion: ODPS_API_VERSION,
    kind: 'DataProduct',
    id: dataProductId(product.itemId),
    name: product.name,
    status: 'proposed',
    ...(product.owner ? { domain: product.owner } : {}),
    ...(product.job ? { description: { purpose: product.job } } : {}),
    ...(archetype ? { tags: [archetype] } : {}),
    inputPorts: product.sources.map((source) => ({
      name: source.name,
      version: TO_BE_DEFINED,
      contractId: TO_BE_DEFINED,
      ...endTags(source, 'source-system'),
    })),
    outputPorts: product.consumers.map((consumer) => ({
      name: consumer.name,
      description: `Serves ${consumer.name}`,
      version: TO_BE_DEFINED,
      ...endTags(consumer, 'consumer'),
    })),
    ...(product.owner ? { team: { name: product.owner } } : {}),
    customProperties,
  };
}

function endTags(end: ProductEnd, outside: string): { tags: string[]; customProperties?: OdpsCustomProperty[] } {
  if (!end.productItemId) return { tags: [outside] };
  return { tags: ['data-product'], customProperties: [{ property: 'dataProductId', value: dataProductId(end.productItemId) }] };
}
