import { describe, expect, it } from 'vitest';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import { readItem } from './helpers';

async function setup() {
  const emulated = createEmulatedMiro();
  const board = emulated.miro.board;
  const a = await board.createShape({ x: 0, y: 0 });
  const b = await board.createShape({ x: 400, y: 0 });
  return { emulated, board, a, b };
}

describe('connectors', () => {
  it('link two existing, different items, and items expose connectorIds', async () => {
    const { board, a, b } = await setup();
    const connector = await board.createConnector({ start: { item: a.id, snapTo: 'right' }, end: { item: b.id, position: { x: 0, y: 0.5 } } });
    expect(connector).toMatchObject({ type: 'connector', start: { item: a.id, snapTo: 'right' }, end: { item: b.id, position: { x: 0, y: 0.5 } } });
    expect((await readItem(board, a.id)).connectorIds).toEqual([connector.id]);
    expect((await readItem(board, b.id)).connectorIds).toEqual([connector.id]);
    expect((await a.getConnectors()).map((item) => item.id)).toEqual([connector.id]);
  });

  it('no loose or dangling connectors, no self-loops, no unknown items', async () => {
    const { board, a, b } = await setup();
    await expect(board.createConnector({ start: { item: a.id, snapTo: 'auto' } } as never)).rejects.toThrow(/end/);
    await expect(board.createConnector({ start: { position: { x: 0, y: 0 } }, end: { item: b.id, snapTo: 'auto' } })).rejects.toThrow(/start\.item/);
    await expect(board.createConnector({ start: { item: a.id, snapTo: 'auto' }, end: { item: a.id, snapTo: 'auto' } })).rejects.toThrow(/different/);
    await expect(board.createConnector({ start: { item: a.id, snapTo: 'auto' }, end: { item: 'ghost', snapTo: 'auto' } })).rejects.toThrow(/not on the board/);
  });

  it('each end takes snapTo or position, not both (and not neither)', async () => {
    const { board, a, b } = await setup();
    await expect(
      board.createConnector({ start: { item: a.id, snapTo: 'auto', position: { x: 1, y: 0.5 } }, end: { item: b.id, snapTo: 'auto' } }),
    ).rejects.toThrow(/snapTo or position, not both/);
    await expect(board.createConnector({ start: { item: a.id }, end: { item: b.id, snapTo: 'auto' } })).rejects.toThrow(/one is required/);
  });

  it('may not end on frames or unsupported items (conservative)', async () => {
    const { emulated, board, a } = await setup();
    const frame = await board.createFrame({ x: 3000, width: 400, height: 400 });
    const stamp = emulated.participant.addUnsupported({ type: 'stamp', x: -500, y: 0, width: 40, height: 40 });
    await expect(board.createConnector({ start: { item: a.id, snapTo: 'auto' }, end: { item: frame.id, snapTo: 'auto' } })).rejects.toThrow(/frame/);
    await expect(board.createConnector({ start: { item: stamp, snapTo: 'auto' }, end: { item: a.id, snapTo: 'auto' } })).rejects.toThrow(/stamp/);
  });

  it('removing an end item removes its connectors and fires items:delete for them', async () => {
    const { emulated, board, a, b } = await setup();
    const connector = await board.createConnector({ start: { item: a.id, snapTo: 'auto' }, end: { item: b.id, snapTo: 'auto' } });
    const deleted: string[] = [];
    await board.ui.on('items:delete', ({ items }) => deleted.push(...items.map((item: { id: string }) => item.id)));
    await board.remove(a);
    await Promise.resolve();
    expect(deleted.sort()).toEqual([a.id, connector.id].sort());
    expect(emulated.items().map((item) => item.id)).toEqual([b.id]);
    expect((await readItem(board, b.id)).connectorIds).toEqual([]);
  });

  it('a connector end can be re-pointed with sync, under the same rules', async () => {
    const { board, a, b } = await setup();
    const c = await board.createShape({ x: 800, y: 0 });
    const connector = await board.createConnector({ start: { item: a.id, snapTo: 'auto' }, end: { item: b.id, snapTo: 'auto' } });
    connector.end = { item: c.id, snapTo: 'left' };
    await connector.sync();
    expect((await readItem(board, b.id)).connectorIds).toEqual([]);
    expect((await readItem(board, c.id)).connectorIds).toEqual([connector.id]);
    connector.end = { item: a.id, snapTo: 'left' };
    await expect(connector.sync()).rejects.toThrow(/different/);
  });

  it('getConnectors costs 500 credits', async () => {
    const { emulated, a } = await setup();
    emulated.resetStats();
    await a.getConnectors();
    expect(emulated.stats().byMethod['item.getConnectors']).toMatchObject({ calls: 1, credits: 500 });
  });
});
