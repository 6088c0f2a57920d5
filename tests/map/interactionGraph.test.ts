import { describe, expect, test } from 'vitest';
import { analyseInteractionMap } from '../../src/core/map/analyseInteractionMap';
import { NoDataProductsFrameError } from '../../src/core/map/findDataProducts';
import { productLinkKey } from '../../src/core/map/mapKeys';
import { snapshotWith } from './snapshotFixture';

const pairs = (links: ReadonlyArray<{ from: string; to: string }>) => links.map((link) => `${link.from}->${link.to}`).sort();

describe('analyseInteractionMap: the graph', () => {
  const stickies = {
    orders: 'Orders\nJob: every order\nSources: ERP, Web shop\nConsumers: Customer 360',
    c360: 'Customer 360\nJob: one view\nSources: CRM, orders.\nConsumers: Churn forecast; Marketing',
    churn: 'Churn forecast\nJob: predict churn\nSources: CUSTOMER-360\nConsumers: Retention team',
  };

  test('a link for each source or consumer that is a data product, upstream → downstream, counted once', () => {
    const analysis = analyseInteractionMap(snapshotWith({ stickies }));
    expect(pairs(analysis.links)).toEqual(['c360->churn', 'orders->c360']);
    expect(analysis.links.every((link) => link.written && link.drawnConnectorIds.length === 0)).toBe(true);
    expect(analysis.wantedLinks).toEqual([
      { key: productLinkKey('orders', 'c360'), start: 'orders', end: 'c360' },
      { key: productLinkKey('c360', 'churn'), start: 'c360', end: 'churn' },
    ]);
  });

  test('other sources are source systems, other consumers are consumers, with the products they touch', () => {
    const analysis = analyseInteractionMap(snapshotWith({ stickies }));
    expect(analysis.sourceSystems.map((node) => [node.name, node.productIds])).toEqual([
      ['ERP', ['orders']],
      ['Web shop', ['orders']],
      ['CRM', ['c360']],
    ]);
    expect(analysis.consumers.map((node) => [node.name, node.productIds])).toEqual([
      ['Marketing', ['c360']],
      ['Retention team', ['churn']],
    ]);
  });

  test('the template, app items, items outside the frame and bare names are not data products', () => {
    const analysis = analyseInteractionMap(
      snapshotWith({
        stickies: { ...stickies, template: 'Data product name\nJob: …\nSources: …', app: 'App copy\nSources: Orders', bare: 'Payments' },
        ledgerItems: { 'dataProducts/template': 'template', 'dataProducts/map/item/product/x': 'app' },
        extra: [{ id: 'outside', type: 'sticky_note', x: 5000, y: 0, width: 199, height: 228, parentId: null, text: 'Outside\nSources: Orders', color: null, shape: null }],
      }),
    );
    expect(analysis.products.map((product) => product.itemId)).toEqual(['orders', 'c360', 'churn']);
    expect(analysis.drafts.map((draft) => draft.itemId)).toEqual(['bare']);
  });

  test('two products with one name are ambiguous: reported, and references to them draw nothing', () => {
    const analysis = analyseInteractionMap(
      snapshotWith({
        stickies: { b1: 'Billing\nJob: invoices', b2: 'billing!\nJob: payments', user: 'Revenue\nSources: Billing', other: 'Dunning\nSources: Revenue' },
      }),
    );
    expect(analysis.ambiguous).toEqual([{ name: 'Billing', itemIds: ['b1', 'b2'], referencedBy: ['user'] }]);
    expect(pairs(analysis.links)).toEqual(['user->other']);
    expect(analysis.sourceSystems).toEqual([]);
  });

  test('names that match no product but look meant to are unresolved: a draft, or a near miss', () => {
    const analysis = analyseInteractionMap(
      snapshotWith({
        stickies: { ...stickies, pay: 'Payments', x: 'Refunds\nSources: payments, Custmer 360, Bank' },
      }),
    );
    expect(analysis.unresolved).toEqual([
      { itemId: 'x', name: 'payments', reason: 'draft', candidateItemId: 'pay', candidateName: 'Payments' },
      { itemId: 'x', name: 'Custmer 360', reason: 'similar', candidateItemId: 'c360', candidateName: 'Customer 360' },
    ]);
    expect(analysis.sourceSystems.map((node) => node.name)).toContain('Bank');
  });

  test('self-references, cycles and products without links are reported', () => {
    const analysis = analyseInteractionMap(
      snapshotWith({
        stickies: {
          a: 'A\nJob: a\nSources: C\nConsumers: A',
          b: 'B\nJob: b\nSources: A',
          c: 'C\nJob: c\nSources: B',
          d: 'D\nJob: d\nConsumers: E',
          e: 'E\nJob: e\nSources: D',
          lone: 'Lone\nJob: alone\nSources: ERP',
        },
      }),
    );
    expect(analysis.selfReferences).toEqual([{ itemId: 'a', name: 'A' }]);
    expect(analysis.cycles).toEqual([{ itemIds: ['a', 'b', 'c'], names: ['A', 'B', 'C'] }]);
    expect(pairs(analysis.links)).toEqual(['a->b', 'b->c', 'c->a', 'd->e']);
    expect(analysis.isolated).toEqual([{ itemId: 'lone', name: 'Lone' }]);
  });

  test('no data products frame: a clear error', () => {
    expect(() => analyseInteractionMap({ items: [] })).toThrow(NoDataProductsFrameError);
  });
});

describe('analyseInteractionMap: connectors people drew', () => {
  const stickies = {
    a: 'A\nJob: a\nConsumers: B',
    b: 'B\nJob: b',
    c: 'C\nJob: c',
  };

  test('a connector drawn in the link direction stands for the link: the app wants none', () => {
    const analysis = analyseInteractionMap(snapshotWith({ stickies, connectors: [{ id: 'k', start: 'a', end: 'b' }] }));
    expect(analysis.links).toEqual([{ from: 'a', to: 'b', written: true, drawnConnectorIds: ['k'] }]);
    expect(analysis.wantedLinks).toEqual([]);
  });

  test('a connector drawn the other way also stands for the written link', () => {
    const analysis = analyseInteractionMap(snapshotWith({ stickies, connectors: [{ id: 'k', start: 'b', end: 'a' }] }));
    expect(analysis.links).toEqual([{ from: 'a', to: 'b', written: true, drawnConnectorIds: ['k'] }]);
    expect(analysis.wantedLinks).toEqual([]);
  });

  test('a connector drawn between two products with no written link is a link of its own', () => {
    const analysis = analyseInteractionMap(snapshotWith({ stickies, connectors: [{ id: 'k', start: 'c', end: 'a' }] }));
    expect(pairs(analysis.links)).toEqual(['a->b', 'c->a']);
    expect(analysis.links.find((link) => link.from === 'c')).toEqual({ from: 'c', to: 'a', written: false, drawnConnectorIds: ['k'] });
    expect(analysis.wantedLinks.map((link) => link.key)).toEqual([productLinkKey('a', 'b')]);
    expect(analysis.isolated).toEqual([]);
  });

  test('the app’s own connectors (in the ledger) and connectors to other items are not people’s links', () => {
    const analysis = analyseInteractionMap(
      snapshotWith({
        stickies: { ...stickies, note: 'just a note' },
        connectors: [
          { id: 'mine', start: 'b', end: 'c' },
          { id: 'toNote', start: 'c', end: 'note' },
        ],
        ledgerItems: { [productLinkKey('b', 'c')]: 'mine' },
      }),
    );
    expect(pairs(analysis.links)).toEqual(['a->b']);
    expect(analysis.connectors.size).toBe(2);
  });
});
