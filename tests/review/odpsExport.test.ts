import { beforeAll, describe, expect, test } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { generateReview, type ReviewReport } from '../../src/actions/generateReview';
import { TO_BE_DEFINED, dataProductId } from '../../src/core/export/odps/odpsDataProduct';
import { odpsFilesPerProduct, odpsStream } from '../../src/export/odpsFiles';
import type { DataProductsReview } from '../../src/core/review/types';
import { fillBoard } from './fullBoard';
import { reviewBoard, type ReviewBoard } from './helpers';
import { odpsErrors } from './odpsSchema';

type Port = { name: string; version: string; contractId?: string; description?: string; tags: string[]; customProperties?: Array<{ property: string; value: string }> };
type Odps = {
  apiVersion: string; kind: string; id: string; name: string; status: string; domain?: string;
  description?: { purpose: string }; tags?: string[]; inputPorts: Port[]; outputPorts: Port[];
  team?: { name: string }; customProperties: Array<{ property: string; value: string }>;
};

/** Names YAML or a YAML 1.1 reader would take for something else, written by participants. */
const HOSTILE_NAMES = ['yes', 'no', 'null', 'Orders: EU', '#1 "quoted" \'single\'', 'Kunden 🙂 360', '--- not a document', '... end', '& anchor *star', '0.1', '2025-01-15'];

const streamOf = (report: ReviewReport) => report.exports.find((file) => file.id === 'dataProductsOdps')!.text;
const perProduct = (report: ReviewReport) => report.exports.filter((file) => file.id === 'dataProductOdps');
const documentsOf = (text: string) =>
  parseAllDocuments(text).map((document) => {
    expect(document.errors).toEqual([]);
    return document.toJSON() as Odps;
  });
const property = (odps: { customProperties?: Odps['customProperties'] }, name: string) => odps.customProperties?.find((entry) => entry.property === name)?.value;

let board: ReviewBoard;
let report: ReviewReport;
let again: ReviewReport;
const hostileIds = new Map<string, string>();

beforeAll(async () => {
  board = await reviewBoard();
  await fillBoard(board);
  await board.add('dataProducts', 'products', 'Retention dashboard feed\nJob: churn per region\nSources: Churn forecast, Customer 360\nConsumers: Regional managers\nOwner: Marketing\nUse case: churn prediction');
  for (const name of HOSTILE_NAMES) {
    hostileIds.set(name, await board.add('dataProducts', 'products', `${name}\nJob: ${name} job\nSources: ${name} source\nConsumers: ${name} consumer\nOwner: ${name}`));
  }
  report = await generateReview(board.emulated.miro);
  again = await generateReview(board.emulated.miro);
}, 30_000);

describe('data products as ODPS v1.0.0', () => {
  test('every document, in the stream and in each file, validates against the official schema', () => {
    const documents = [...documentsOf(streamOf(report)), ...perProduct(report).map((file) => parse(file.text) as Odps)];
    expect(documents).toHaveLength(2 * (3 + HOSTILE_NAMES.length));
    for (const document of documents) expect(odpsErrors(document), document.name).toEqual([]);
  });

  test('the stream and the per-product files say the same, one file per product with distinct names', () => {
    const files = perProduct(report);
    expect(files.map((file) => parse(file.text))).toEqual(documentsOf(streamOf(report)));
    expect(new Set(files.map((file) => file.filename)).size).toBe(files.length);
    expect(files.slice(0, 3).map((file) => file.filename)).toEqual([
      'data-product-customer-360.odps.yaml',
      'data-product-churn-forecast.odps.yaml',
      'data-product-retention-dashboard-feed.odps.yaml',
    ]);
    for (const file of files) expect(file.filename).toMatch(/^data-product-[a-z0-9-]+\.odps\.yaml$/);
  });

  test('a product parses back with its name, job, owner, ports, use case and board item', () => {
    const [customer, churn, feed] = documentsOf(streamOf(report));
    expect(customer).toEqual({
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: dataProductId(property(customer!, 'miroItemId')!),
      name: 'Customer 360',
      status: 'proposed',
      domain: 'Sales',
      description: { purpose: 'one view of each customer' },
      tags: ['source-aligned'],
      inputPorts: [
        { name: 'CRM', version: TO_BE_DEFINED, contractId: TO_BE_DEFINED, tags: ['source-system'] },
        { name: 'Orders', version: TO_BE_DEFINED, contractId: TO_BE_DEFINED, tags: ['source-system'] },
      ],
      outputPorts: [
        { name: 'Churn forecast', description: 'Serves Churn forecast', version: TO_BE_DEFINED, tags: ['data-product'], customProperties: [{ property: 'dataProductId', value: churn!.id }] },
        { name: 'Retention dashboard feed', description: 'Serves Retention dashboard feed', version: TO_BE_DEFINED, tags: ['data-product'], customProperties: [{ property: 'dataProductId', value: feed!.id }] },
      ],
      team: { name: 'Sales' },
      customProperties: [{ property: 'miroItemId', value: expect.any(String) }],
    });
    expect(board.item(property(customer!, 'miroItemId')!)?.type).toBe('sticky_note');
    expect(TO_BE_DEFINED).toBe('to be defined');
    expect(churn!.tags).toEqual(['aggregate']);
    expect(churn!.outputPorts.map((port) => port.name)).toEqual(['Retention team', 'Retention dashboard feed']);
    expect(feed).toMatchObject({ tags: ['consumer-aligned'], domain: 'Marketing', description: { purpose: 'churn per region' } });
    expect(property(feed!, 'useCase')).toBe('churn prediction');
    expect(feed!.inputPorts.map((port) => property(port, 'dataProductId'))).toEqual([churn!.id, customer!.id]);
  });

  test('hostile names come back exactly, as strings, under YAML 1.2 and YAML 1.1 readers', () => {
    const text = streamOf(report);
    const asYaml11 = parseAllDocuments(text, { version: '1.1' }).map((document) => document.toJSON() as Odps);
    for (const documents of [documentsOf(text), asYaml11]) {
      for (const name of HOSTILE_NAMES) {
        const odps = documents.find((document) => property(document, 'miroItemId') === hostileIds.get(name));
        expect(odps, name).toMatchObject({
          name,
          domain: name,
          team: { name },
          description: { purpose: `${name} job` },
          inputPorts: [{ name: `${name} source`, contractId: TO_BE_DEFINED }],
          outputPorts: [{ name: `${name} consumer` }],
        });
      }
    }
  });

  test('stable ids: the same board item gives the same id on every export; different items, different ids', () => {
    const ids = documentsOf(streamOf(report)).map((document) => document.id);
    expect(documentsOf(streamOf(again)).map((document) => document.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(dataProductId('3458764517517819001')).toBe(dataProductId('3458764517517819001'));
    expect(dataProductId('3458764517517819001')).not.toBe(dataProductId('3458764517517819002'));
  });
});

describe('ODPS from text no board can hold', () => {
  const review = (name: string, job: string): DataProductsReview => ({
    products: [{ itemId: 'item-1', name, job, owner: name, useCase: job, sources: [{ name, productItemId: null }], consumers: [] }],
    links: [],
  });

  test('line breaks, line separators, controls and lone surrogates in any field stay valid and come back exactly', () => {
    const texts = ['two\nlines', 'cr\r\nlf', 'line\u2028separator', 'next\u0085line', 'del\u007f', 'tab\there', ' leading space', 'trailing: ', '"', "'", '|', '>', '~', '', '\ufeffbom'];
    for (const text of texts) {
      const [file] = odpsFilesPerProduct(review(`n ${text}`, text));
      const odps = parse(file!.text) as Odps;
      expect(odpsErrors(odps), JSON.stringify(text)).toEqual([]);
      expect(parse(file!.text, { version: '1.1' })).toEqual(odps);
      expect(odps.name).toBe(`n ${text}`);
      if (text !== '') expect(odps.description?.purpose).toBe(text);
      expect(file!.text).not.toMatch(/[\u007f-\u009f\u2028\u2029]/);
    }
  });

  test('no data products: the stream holds comments only', () => {
    const text = odpsStream({ products: [], links: [] });
    expect(documentsOf(text)).toEqual([]);
    expect(text).toContain('# No data products captured yet.');
  });
});
