import { describe, expect, test } from 'vitest';
import { drawInteractionMap } from '../../src/actions/drawInteractionMap';
import { plainTextFromHtml } from '../../src/core/html';
import { MAP_ITEM_PREFIX, MAP_LINK_PREFIX, MAP_NOTE_KEY } from '../../src/core/map/mapKeys';
import type { ItemView } from '../../src/emulator/types';
import { readSnapshot } from '../../src/miro/readSnapshot';
import { endOf, liesWithin, mapBoard, overlaps, type MapBoard } from './helpers';

async function copyOf(board: MapBoard) {
  const ledger = (await readSnapshot(board.emulated.miro)).ledger!;
  const entries = (prefix: string) => Object.entries(ledger.items).filter(([key]) => key.startsWith(prefix));
  const items = entries(MAP_ITEM_PREFIX).map(([key, id]) => ({ key, item: board.item(id)! }));
  const links = entries(MAP_LINK_PREFIX).map(([key, id]) => ({ key, item: board.item(id)! }));
  const node = (name: string) => items.find(({ item }) => plainTextFromHtml(String(item.props.content)) === name)?.item;
  return { items, links, node, nodes: items.filter(({ key }) => key !== MAP_NOTE_KEY).map(({ item }) => item) };
}

function seed(board: MapBoard) {
  return {
    orders: board.addSticky('Orders\nJob: every order\nSources: ERP, Web shop\nConsumers: Customer 360'),
    c360: board.addSticky('Customer 360\nJob: one view\nSources: CRM, Orders\nConsumers: Churn forecast, Marketing'),
    churn: board.addSticky('Churn forecast\nJob: predict churn\nSources: Customer 360\nConsumers: Retention team'),
  };
}

/** Everything people made (not in the ledger): id, board position, content. */
async function peoplesItems(board: MapBoard): Promise<Array<[string, number, number, unknown]>> {
  const appIds = new Set(Object.values((await readSnapshot(board.emulated.miro)).ledger!.items));
  return board.emulated.items().filter((item) => !appIds.has(item.id)).map((item) => [item.id, item.boardX, item.boardY, item.props.content]);
}

describe('Draw interaction map: the arranged copy', () => {
  test('lies inside the map area, attached to the frame, and no two nodes overlap', async () => {
    const board = await mapBoard();
    seed(board);
    await drawInteractionMap(board.emulated.miro);
    const copy = await copyOf(board);

    expect(copy.nodes).toHaveLength(3 + 3 + 2);
    for (const { key, item } of copy.items) {
      expect(liesWithin(item, board.mapArea), key).toBe(true);
      expect(item.parentId, key).toBe(board.frame.id);
    }
    for (let i = 0; i < copy.nodes.length; i++) {
      for (let j = i + 1; j < copy.nodes.length; j++) expect(overlaps(copy.nodes[i]!, copy.nodes[j]!), `${i} / ${j}`).toBe(false);
    }
  });

  test('source systems left, consumers right, connectors between the copies in the link direction', async () => {
    const board = await mapBoard();
    seed(board);
    await drawInteractionMap(board.emulated.miro);
    const { node, links } = await copyOf(board);
    const left = (item: ItemView) => item.boardX - item.width / 2;
    const right = (item: ItemView) => item.boardX + item.width / 2;
    const products = ['Orders', 'Customer 360', 'Churn forecast'].map((name) => node(name)!);
    for (const source of ['ERP', 'Web shop', 'CRM']) expect(right(node(source)!)).toBeLessThan(Math.min(...products.map(left)));
    for (const consumer of ['Marketing', 'Retention team']) expect(left(node(consumer)!)).toBeGreaterThan(Math.max(...products.map(right)));

    const nameOf = (id: string) => plainTextFromHtml(String(board.item(id)!.props.content));
    const pairs = links.map(({ item }) => `${nameOf(endOf(item, 'start'))} → ${nameOf(endOf(item, 'end'))}`).sort();
    expect(pairs).toEqual([
      'CRM → Customer 360',
      'Customer 360 → Churn forecast',
      'Customer 360 → Marketing',
      'ERP → Orders',
      'Orders → Customer 360',
      'Churn forecast → Retention team',
      'Web shop → Orders',
    ].sort());
  });

  test('is regenerated in place: same ids, new nodes for new products, stale ones gone, people’s items untouched', async () => {
    const board = await mapBoard();
    const ids = seed(board);
    const sketch = board.emulated.participant.addStickyNote({ text: 'Our own sketch', x: board.mapArea.boardX + 900, y: board.mapArea.boardY + 700, parentId: board.frame.id });
    await drawInteractionMap(board.emulated.miro);
    const first = await copyOf(board);
    const before = await peoplesItems(board);

    const marketing = board.addSticky('Marketing\nJob: campaigns\nSources: Customer 360');
    board.emulated.participant.editText(ids.churn, 'Churn forecast\nJob: predict churn\nSources: Customer 360');
    const edited = board.item(ids.churn)!.props.content;
    await drawInteractionMap(board.emulated.miro);
    const second = await copyOf(board);

    expect(second.node('Orders')!.id).toBe(first.node('Orders')!.id);
    expect(second.node('Retention team')).toBeUndefined();
    expect(board.item(first.node('Retention team')!.id)).toBeUndefined();
    expect(second.node('Marketing')!.props.shape).toBe('round_rectangle');
    const after = new Map((await peoplesItems(board)).map((entry) => [entry[0], entry]));
    for (const [id, x, y, content] of before) expect(after.get(id), id).toEqual([id, x, y, id === ids.churn ? edited : content]);
    expect([...after.keys()].sort()).toEqual([...before.map(([id]) => id), marketing].sort());
    expect(board.item(sketch)).toMatchObject({ boardX: board.mapArea.boardX + 900, boardY: board.mapArea.boardY + 700 });
  });

  test('a link taken out of the text takes its copy connector with it; no copy connector is left over or doubled', async () => {
    const board = await mapBoard();
    seed(board);
    const mix = board.addSticky('Marketing mix\nJob: spend well\nSources: Orders, Customer 360');
    await drawInteractionMap(board.emulated.miro);
    board.emulated.participant.editText(mix, 'Marketing mix\nJob: spend well\nSources: Orders');
    await drawInteractionMap(board.emulated.miro);
    await drawInteractionMap(board.emulated.miro);

    const { nodes, links } = await copyOf(board);
    const nameOf = (id: string) => plainTextFromHtml(String(board.item(id)!.props.content));
    const pairs = links.map(({ item }) => `${nameOf(endOf(item, 'start'))} → ${nameOf(endOf(item, 'end'))}`);
    expect(pairs).toContain('Orders → Marketing mix');
    expect(pairs).not.toContain('Customer 360 → Marketing mix');
    const nodeIds = new Set(nodes.map((item) => item.id));
    const between = board.connectors().filter((connector) => nodeIds.has(endOf(connector, 'start')) && nodeIds.has(endOf(connector, 'end')));
    expect(between.map((connector) => connector.id).sort()).toEqual(links.map(({ item }) => item.id).sort());
    expect(pairs).toHaveLength(8);
  });

  test('escapes participants’ text in the copy', async () => {
    const board = await mapBoard();
    board.addSticky('<script>alert(1)</script>\nJob: x\nSources: <b>CRM</b>');
    await drawInteractionMap(board.emulated.miro);
    const { nodes } = await copyOf(board);
    const contents = nodes.map((item) => String(item.props.content));
    expect(contents.join('')).not.toMatch(/<script|<b>/);
    expect(nodes.map((item) => plainTextFromHtml(String(item.props.content))).sort()).toEqual(['<b>CRM</b>', '<script>alert(1)</script>']);
  });

  test('arrange: false draws the connectors between products and no copy', async () => {
    const board = await mapBoard();
    seed(board);
    const report = await drawInteractionMap(board.emulated.miro, { arrange: false });
    const { items, links } = await copyOf(board);
    expect(report.arranged).toBeNull();
    expect(items).toEqual([]);
    expect(links).toEqual([]);
    expect(board.connectors()).toHaveLength(2);
  });
});

describe('Draw interaction map: without a map area', () => {
  test('skips the copy with a reason and still draws the links', async () => {
    const board = await mapBoard();
    seed(board);
    board.emulated.participant.remove(board.mapArea.id);
    const report = await drawInteractionMap(board.emulated.miro);
    expect(report.arranged).toEqual({ skipped: expect.stringMatching(/interaction map area is missing/) });
    expect(board.connectors()).toHaveLength(2);
    expect((await copyOf(board)).items).toEqual([]);
  });
});
