import { describe, expect, it } from 'vitest';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';

type ItemsEvent = { items: Array<{ id: string; type: string; x?: number }> };

function recorder(emulated: ReturnType<typeof createEmulatedMiro>) {
  const log: Array<{ event: string; ids: string[] }> = [];
  for (const event of ['items:create', 'items:delete', 'experimental:items:update', 'selection:update'] as const) {
    void emulated.miro.board.ui.on(event as 'items:create', ({ items }: ItemsEvent) => log.push({ event, ids: items.map((item) => item.id) }));
  }
  return log;
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('board events', () => {
  it('are delivered asynchronously, never inside the call', async () => {
    const emulated = createEmulatedMiro();
    const log = recorder(emulated);
    const pending = emulated.miro.board.createShape();
    emulated.participant.addStickyNote({ text: 'x', x: 0, y: 0 });
    expect(log).toEqual([]);
    await pending;
    await flush();
    expect(log.map((entry) => entry.event)).toEqual(['items:create', 'items:create']);
  });

  it('fire for SDK calls: create, update (sync), delete', async () => {
    const emulated = createEmulatedMiro();
    const log = recorder(emulated);
    const shape = await emulated.miro.board.createShape();
    shape.x = 50;
    await shape.sync();
    await emulated.miro.board.remove(shape);
    await flush();
    expect(log).toEqual([
      { event: 'items:create', ids: [shape.id] },
      { event: 'experimental:items:update', ids: [shape.id] },
      { event: 'items:delete', ids: [shape.id] },
    ]);
  });

  it('fire for participants as Miro sends them: add, move, remove, select — not a text edit, not a duplicate', async () => {
    const emulated = createEmulatedMiro();
    const log = recorder(emulated);
    const id = emulated.participant.addStickyNote({ text: 'idea', x: 0, y: 0 });
    emulated.participant.move(id, 300, 0);
    emulated.participant.editText(id, 'better idea');
    const copy = emulated.participant.duplicate(id);
    emulated.participant.select([id]);
    emulated.participant.remove(id);
    await flush();
    expect(emulated.items().map((item) => item.id)).toEqual([copy]);
    expect(log).toEqual([
      { event: 'items:create', ids: [id] },
      { event: 'experimental:items:update', ids: [id] },
      { event: 'selection:update', ids: [id] },
      { event: 'items:delete', ids: [id] },
      { event: 'selection:update', ids: [] },
    ]);
  });

  it('payload items are SDK item objects as of right after the change', async () => {
    const emulated = createEmulatedMiro();
    const seen: ItemsEvent[] = [];
    await emulated.miro.board.ui.on('experimental:items:update', (event: ItemsEvent) => seen.push(event));
    const id = emulated.participant.addShape({ x: 0, y: 0, width: 10, height: 10 });
    emulated.participant.move(id, 100, 0);
    emulated.participant.move(id, 200, 0);
    await flush();
    expect(seen.map((event) => event.items[0]?.x)).toEqual([100, 200]);
  });

  it('ui.off stops delivery; unknown event names throw', async () => {
    const emulated = createEmulatedMiro();
    let count = 0;
    const handler = () => count++;
    await emulated.miro.board.ui.on('items:create', handler);
    await emulated.miro.board.createShape();
    await emulated.miro.board.ui.off('items:create', handler);
    await emulated.miro.board.createShape();
    await flush();
    expect(count).toBe(1);
    expect(() => emulated.miro.board.ui.on('items:update' as 'items:create', handler)).toThrow(/unknown event/);
  });

  it('selection: board.select fires selection:update and getSelection reads it', async () => {
    const emulated = createEmulatedMiro();
    const log = recorder(emulated);
    const shape = await emulated.miro.board.createShape();
    await emulated.miro.board.select({ id: shape.id });
    expect((await emulated.miro.board.getSelection()).map((item) => item.id)).toEqual([shape.id]);
    await flush();
    expect(log.at(-1)).toEqual({ event: 'selection:update', ids: [shape.id] });
  });

  it('onChange fires after every change, whoever made it, until unsubscribed', async () => {
    const emulated = createEmulatedMiro();
    let changes = 0;
    const unsubscribe = emulated.onChange(() => changes++);
    await emulated.miro.board.createShape();
    emulated.participant.addStickyNote({ text: 'x', x: 500, y: 0 });
    await flush();
    expect(changes).toBe(2);
    await emulated.miro.board.get();
    await flush();
    expect(changes).toBe(2);
    unsubscribe();
    emulated.participant.addStickyNote({ text: 'y', x: 900, y: 0 });
    await flush();
    expect(changes).toBe(2);
  });
});
