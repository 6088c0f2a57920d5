import { describe, expect, test } from 'vitest';
import { archetypeOf } from '../../src/core/export/odps/odpsDataProduct';
import { sentenceCount } from '../../src/core/review/dataProductLints';
import { reviewFromSnapshot } from '../../src/core/review/reviewFromSnapshot';
import { plannedBoard } from './plannedSnapshot';

describe('data products in the review', () => {
  test('job, sources, consumers, owner and the links of the map; a drawn connector is a source too', () => {
    const board = plannedBoard();
    const crm = board.note('dataProducts', 'products', 'Customer 360\nJob: one view of each customer\nSources: CRM, Orders\nConsumers: Churn forecast\nOwner: Sales');
    const churn = board.note('dataProducts', 'products', 'Churn forecast\nJob: who may leave\nSources: Customer 360\nConsumers: Marketing\nOwner: Marketing');
    const stock = board.note('dataProducts', 'products', 'Stock levels\nJob: stock per shop\nSources: ERP\nOwner: Supply');
    board.snapshot.items.push({ id: 'c1', type: 'connector', x: 0, y: 0, width: 0, height: 0, parentId: null, text: '', color: null, shape: null, start: stock, end: churn });
    const { dataProducts, lints } = reviewFromSnapshot(board.snapshot);
    expect(dataProducts.links).toEqual(expect.arrayContaining([{ from: crm, to: churn }, { from: stock, to: churn }]));
    expect(dataProducts.links).toHaveLength(2);
    const churnProduct = dataProducts.products.find((product) => product.itemId === churn)!;
    expect(churnProduct.sources).toEqual([
      { name: 'Customer 360', productItemId: crm },
      { name: 'Stock levels', productItemId: stock },
    ]);
    expect(churnProduct.consumers).toEqual([{ name: 'Marketing', productItemId: null }]);
    expect(lints).toEqual([]);
    expect(archetypeOf(crm, dataProducts.links)).toBe('source-aligned');
    expect(archetypeOf(churn, dataProducts.links)).toBe('consumer-aligned');
  });

  test('the data product template and drafts without job, sources or consumers are not data products', () => {
    const board = plannedBoard();
    board.note('dataProducts', 'products', 'Just a name');
    expect(reviewFromSnapshot(board.snapshot).dataProducts.products).toEqual([]);
  });

  test('lints: no owner; a job longer than two sentences; silent on one or two sentences', () => {
    const board = plannedBoard();
    board.note('dataProducts', 'products', 'Orders\nJob: every order. Cleaned daily.\nSources: Shop\nOwner: Sales');
    board.note('dataProducts', 'products', 'Returns\nJob: every return, e.g. by post. Cleaned daily. Joined with orders.\nSources: Shop\nOwner: Logistics');
    board.note('dataProducts', 'products', 'Prices\nJob: current prices\nSources: ERP');
    const lints = reviewFromSnapshot(board.snapshot).lints;
    expect(lints.map((lint) => [lint.code, lint.text])).toEqual([
      ['data-product-job-too-long', 'every return, e.g. by post. Cleaned daily. Joined with orders.'],
      ['data-product-no-owner', 'Prices'],
    ]);
  });

  test('sentences: abbreviations end none, the last needs no full stop', () => {
    expect(sentenceCount('')).toBe(0);
    expect(sentenceCount('One view of each customer')).toBe(1);
    expect(sentenceCount('Orders, e.g. online ones, i.e. the shop. Daily!')).toBe(2);
    expect(sentenceCount('A. B? C')).toBe(3);
  });

  test('a board without a data products frame has none, and no error', () => {
    const board = plannedBoard();
    delete board.snapshot.ledger!.frames.dataProducts;
    expect(reviewFromSnapshot(board.snapshot).dataProducts).toEqual({ products: [], links: [] });
  });
});
