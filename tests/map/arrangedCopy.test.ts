import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { planArrangedCopy } from '../../src/core/map/arrangedCopy';
import type { GraphLayout } from '../../src/core/map/graphLayout';
import type { InteractionGraph } from '../../src/core/map/interactionGraph';
import { MAP_ITEM_PREFIX, MAP_NOTE_KEY } from '../../src/core/map/mapKeys';
import type { PlannedItem } from '../../src/core/plan';
import { loadDagreLayout } from '../../src/graphLayout/dagreLayout';

let dagre: GraphLayout;
beforeAll(async () => {
  dagre = await loadDagreLayout();
});

const region = { left: 1000, top: 200, width: 2152, height: 1400 };

function graphOf(productCount: number, links: Array<[number, number]>, sources: Array<[string, number]> = [], consumers: Array<[number, string]> = []): InteractionGraph {
  const products = Array.from({ length: productCount }, (_, i) => ({
    itemId: `p${i}`, key: `product ${i}`, name: `Product ${i}`, job: 'j', sources: [], consumers: [], owner: '', useCase: '',
  }));
  const external = (entries: Array<[string, number]>) => {
    const nodes = new Map<string, { key: string; name: string; productIds: string[] }>();
    for (const [name, product] of entries) {
      const node = nodes.get(name) ?? { key: name.toLowerCase(), name, productIds: [] };
      if (!node.productIds.includes(`p${product}`)) node.productIds.push(`p${product}`);
      nodes.set(name, node);
    }
    return [...nodes.values()];
  };
  const unique = [...new Map(links.filter(([a, b]) => a !== b).map(([a, b]) => [`${a}->${b}`, { from: `p${a}`, to: `p${b}`, written: true, drawnConnectorIds: [] }])).values()];
  return {
    products, links: unique,
    sourceSystems: external(sources), consumers: external(consumers.map(([product, name]) => [name, product])),
    unresolved: [], ambiguous: [], selfReferences: [],
  };
}

const overlapping = (a: PlannedItem, b: PlannedItem) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 - 0.01 && Math.abs(a.y - b.y) < (a.height + b.height) / 2 - 0.01;
const inside = (item: PlannedItem) =>
  item.x - item.width / 2 >= region.left - 0.01 && item.x + item.width / 2 <= region.left + region.width + 0.01 &&
  item.y - item.height / 2 >= region.top - 0.01 && item.y + item.height / 2 <= region.top + region.height + 0.01;

function violations(items: readonly PlannedItem[]): string[] {
  const found: string[] = [];
  for (const item of items) if (!inside(item)) found.push(`${item.key} outside the region`);
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) if (overlapping(items[i]!, items[j]!)) found.push(`${items[i]!.key} overlaps ${items[j]!.key}`);
  }
  if (new Set(items.map((item) => item.key)).size !== items.length) found.push('duplicate keys');
  return found;
}

describe('planArrangedCopy', () => {
  const graph = graphOf(3, [[0, 1], [1, 2], [0, 2]], [['ERP', 0], ['CRM', 1]], [[2, 'Finance'], [1, 'Marketing']]);

  test('a node per product, source system and consumer, a link per edge, keyed for re-runs', () => {
    const copy = planArrangedCopy(graph, region, dagre);
    expect(copy.items.map((item) => item.key)).toEqual([
      MAP_NOTE_KEY,
      ...['product/p0', 'product/p1', 'product/p2', 'source/erp', 'source/crm', 'consumer/finance', 'consumer/marketing'].map((node) => MAP_ITEM_PREFIX + node),
    ]);
    expect(copy.links.map((link) => link.key.replace('dataProducts/map/link/', ''))).toEqual([
      'source/erp->product/p0',
      'source/crm->product/p1',
      'product/p0->product/p1',
      'product/p1->product/p2',
      'product/p0->product/p2',
      'product/p2->consumer/finance',
      'product/p1->consumer/marketing',
    ]);
    expect(copy.scale).toBe(1);
  });

  test('source systems on the left, consumers on the right, upstream products left of downstream ones', () => {
    const copy = planArrangedCopy(graph, region, dagre);
    const at = (node: string) => copy.items.find((item) => item.key === MAP_ITEM_PREFIX + node)!;
    const products = ['product/p0', 'product/p1', 'product/p2'].map(at);
    const leftmostProduct = Math.min(...products.map((item) => item.x - item.width / 2));
    const rightmostProduct = Math.max(...products.map((item) => item.x + item.width / 2));
    for (const source of ['source/erp', 'source/crm'].map(at)) expect(source.x + source.width / 2).toBeLessThan(leftmostProduct);
    for (const consumer of ['consumer/finance', 'consumer/marketing'].map(at)) expect(consumer.x - consumer.width / 2).toBeGreaterThan(rightmostProduct);
    expect(at('product/p0').x).toBeLessThan(at('product/p1').x);
    expect(at('product/p1').x).toBeLessThan(at('product/p2').x);
    expect(violations(copy.items)).toEqual([]);
  });

  test('escapes names; same input, same plan', () => {
    const named = graphOf(1, [], [['<script>alert(1)</script>', 0]]);
    const copy = planArrangedCopy(named, region, dagre);
    expect(copy.items.map((item) => item.content).join('')).not.toMatch(/<script/);
    expect(copy.items.map((item) => item.content).join('')).toContain('&lt;script&gt;');
    expect(planArrangedCopy(graph, region, dagre)).toEqual(planArrangedCopy(graph, region, dagre));
  });

  test('a layout that stacks sources on top of each other still gives a clean column', () => {
    const piled: GraphLayout = (request) => new Map(request.nodes.map((node, i) => [node.id, { x: node.id.startsWith('product') ? i * 400 : 0, y: 0 }]));
    const copy = planArrangedCopy(graphOf(2, [[0, 1]], [['A', 0], ['B', 0], ['C', 1]], [[1, 'X'], [1, 'Y']]), region, piled);
    expect(violations(copy.items)).toEqual([]);
  });

  test('no data products: only the note', () => {
    const copy = planArrangedCopy(graphOf(0, []), region, dagre);
    expect(copy.items.map((item) => item.key)).toEqual([MAP_NOTE_KEY]);
    expect(copy.links).toEqual([]);
  });

  test('a big map is shrunk to fit the area', () => {
    const links = Array.from({ length: 80 }, (_, i): [number, number] => [i % 40, (i * 7 + 3) % 40]);
    const copy = planArrangedCopy(graphOf(40, links), region, dagre);
    expect(copy.scale).toBeLessThan(1);
    expect(violations(copy.items)).toEqual([]);
  });

  test('property: for any graph, no two items overlap and all lie inside the region', () => {
    const arbitraryGraph = fc.integer({ min: 1, max: 25 }).chain((count) =>
      fc.record({
        count: fc.constant(count),
        links: fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1)), { maxLength: 40 }),
        sources: fc.array(fc.tuple(fc.constantFrom('ERP', 'CRM', 'Web shop', 'POS'), fc.nat(count - 1)), { maxLength: 8 }),
        consumers: fc.array(fc.tuple(fc.nat(count - 1), fc.constantFrom('Finance', 'Marketing', 'A very long consumer name that wraps over several lines')), { maxLength: 8 }),
      }),
    );
    fc.assert(
      fc.property(arbitraryGraph, ({ count, links, sources, consumers }) => {
        const copy = planArrangedCopy(graphOf(count, links, sources, consumers), region, dagre);
        expect(violations(copy.items)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
