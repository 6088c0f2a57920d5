import type { DataProductsReview } from '../core/review/types';
import { yamlDocumentText, yamlStreamText } from './yamlText';
import { odpsDataProducts } from '../core/export/odps/odpsDataProduct';

/**
 * The data products as ODPS v1.0.0 YAML, in two shapes (both among the review's exports):
 * - one multi-document stream, `accelerate-data-products.odps.yaml`: every product, one `---` each;
 * - one file per product, `data-product-<name>.odps.yaml`: what one-document-per-file tools (the
 *   Data Product CLI's lint and publish) read.
 */
export type OdpsFile = { filename: string; name: string; text: string };

export const ODPS_STREAM_FILENAME = 'accelerate-data-products.odps.yaml';

const HEADER = 'Data products from the Data Mesh Accelerate workshop board, as Open Data Product Standard (ODPS) v1.0.0.';

/** The multi-document stream (comments only when there is no data product yet). */
export function odpsStream(review: DataProductsReview): string {
  const products = odpsDataProducts(review);
  const comments = [
    HEADER,
    products.length === 0 ? 'No data products captured yet.' : 'One document per data product; versions and contracts are to be defined.',
  ];
  return yamlStreamText(products, comments);
}

/** One file per data product, in the review's order, with distinct file names. */
export function odpsFilesPerProduct(review: DataProductsReview): OdpsFile[] {
  const used = new Set<string>();
  return odpsDataProducts(review).map((product, index) => {
    const base = `data-product-${fileSlug(product.name) || String(index + 1)}`;
    let stem = base;
    for (let n = 2; used.has(stem); n++) stem = `${base}-${n}`;
    used.add(stem);
    return { filename: `${stem}.odps.yaml`, name: product.name, text: yamlDocumentText(product, [HEADER]) };
  });
}

/** A file-name-safe slug: lower-case ASCII letters and digits joined by single dashes ('' when none). */
export function fileSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
