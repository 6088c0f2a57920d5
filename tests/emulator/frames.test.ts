import { describe, expect, it } from 'vitest';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import { readItem } from './helpers';

function setup() {
  const emulated = createEmulatedMiro();
  return { emulated, board: emulated.miro.board };
}

/** Frame centred at (1000, 500), 800×600: top-left (600, 200). */
async function frameAt(board: ReturnType<typeof setup>['board']) {
  return board.createFrame({ x: 1000, y: 500, width: 800, height: 600, title: 'Activity' });
}

describe('frame children coordinates', () => {
  it('frame.add parents without moving: x/y become relative to the frame top-left', async () => {
    const { emulated, board } = setup();
    const frame = await frameAt(board);
    const note = await board.createStickyNote({ x: 700, y: 400, width: 100 });
    const returned = await frame.add(note);

    expect(returned).toBe(note);
    expect(note).toMatchObject({ parentId: frame.id, relativeTo: 'parent_top_left', x: 100, y: 200 });
    expect(frame.childrenIds).toEqual([note.id]);
    const view = emulated.items().find((item) => item.id === note.id);
    expect(view).toMatchObject({ x: 100, y: 200, boardX: 700, boardY: 400, parentId: frame.id });
    const reread = await readItem(board, note.id);
    expect(reread).toMatchObject({ x: 100, y: 200, parentId: frame.id, relativeTo: 'parent_top_left' });
    // absolute = frame.x - frame.width/2 + child.x
    expect(frame.x - frame.width / 2 + reread.x).toBe(700);
  });

  it('creating an item inside a frame does not parent it', async () => {
    const { board } = setup();
    const frame = await frameAt(board);
    const note = await board.createStickyNote({ x: 1000, y: 500 });
    expect(note.parentId).toBeNull();
    expect((await readItem(board, frame.id)) as typeof frame).toMatchObject({ childrenIds: [] });
  });

  it('frame.add throws when the item does not lie entirely inside the frame', async () => {
    const { board } = setup();
    const frame = await frameAt(board);
    const straddling = await board.createShape({ x: 600, y: 500, width: 100, height: 100 });
    await expect(frame.add(straddling)).rejects.toThrow(/does not lie entirely inside/);
    expect((await readItem(board, straddling.id)).parentId).toBeNull();
  });

  it('frame.remove un-parents without moving', async () => {
    const { emulated, board } = setup();
    const frame = await frameAt(board);
    const note = await board.createStickyNote({ x: 700, y: 400, width: 100 });
    await frame.add(note);
    await frame.remove(note);
    expect(note).toMatchObject({ parentId: null, x: 700, y: 400, relativeTo: 'canvas_center' });
    expect(frame.childrenIds).toEqual([]);
    expect(emulated.items().find((item) => item.id === note.id)).toMatchObject({ boardX: 700, boardY: 400, parentId: null });
  });

  it('frame.getChildren returns the children', async () => {
    const { board } = setup();
    const frame = await frameAt(board);
    const a = await board.createShape({ x: 700, y: 300 });
    const b = await board.createShape({ x: 900, y: 300 });
    await frame.add(a);
    await frame.add(b);
    expect((await frame.getChildren()).map((child) => child.id)).toEqual([a.id, b.id]);
  });

  it('adding a group attaches all its items, and the group must fit', async () => {
    const { board } = setup();
    const frame = await frameAt(board);
    const a = await board.createShape({ x: 700, y: 300 });
    const b = await board.createShape({ x: 900, y: 300 });
    const group = await board.group({ items: [a, b] });
    await frame.add(group);
    expect([(await readItem(board, a.id)).parentId, (await readItem(board, b.id)).parentId]).toEqual([frame.id, frame.id]);
    expect(frame.childrenIds).toEqual([a.id, b.id]);

    const c = await board.createShape({ x: 900, y: 700 });
    const outside = await board.createShape({ x: 3000, y: 300 });
    const tooBig = await board.group({ items: [c, outside] });
    await expect(frame.add(tooBig)).rejects.toThrow(/does not lie entirely inside/);
    expect((await readItem(board, c.id)).parentId).toBeNull();
  });

  it('a grouped item cannot be added on its own', async () => {
    const { board } = setup();
    const frame = await frameAt(board);
    const a = await board.createShape({ x: 700, y: 300 });
    const b = await board.createShape({ x: 900, y: 300 });
    await board.group({ items: [a, b] });
    await expect(frame.add(a)).rejects.toThrow(/add the group/);
  });

  it('moving a frame moves its children on the board', async () => {
    const { emulated, board } = setup();
    const frame = await frameAt(board);
    const note = await board.createStickyNote({ x: 700, y: 400, width: 100 });
    await frame.add(note);
    frame.x += 5000;
    await frame.sync();
    const view = emulated.items().find((item) => item.id === note.id);
    expect(view).toMatchObject({ x: 100, y: 200, boardX: 5700, boardY: 400 });
  });

  it('resizing a frame keeps children in place and throws if one would fall outside', async () => {
    const { emulated, board } = setup();
    const frame = await frameAt(board);
    const note = await board.createStickyNote({ x: 700, y: 400, width: 100 });
    await frame.add(note);

    frame.width = 1000;
    await frame.sync();
    expect(emulated.items().find((item) => item.id === note.id)).toMatchObject({ boardX: 700, boardY: 400, x: 200 });

    frame.width = 200;
    await expect(frame.sync()).rejects.toThrow(/outside/);
    expect(emulated.items().find((item) => item.id === frame.id)?.width).toBe(1000);
  });

  it('syncing a frame whose childrenIds are stale throws; a re-read frame syncs', async () => {
    const { board } = setup();
    const frame = await frameAt(board);
    const stale = await board.getById(frame.id);
    const note = await board.createStickyNote({ x: 700, y: 400, width: 100 });
    await frame.add(note);

    (stale as typeof frame).title = 'Renamed';
    await expect(stale.sync()).rejects.toThrow(/childrenIds are stale/);
    const fresh = (await readItem(board, frame.id)) as typeof frame;
    fresh.title = 'Renamed';
    await fresh.sync();
    expect(((await readItem(board, frame.id)) as typeof frame).title).toBe('Renamed');
  });

  it('syncing a stale item object after it was parented throws (its x/y are in another space)', async () => {
    const { board } = setup();
    const frame = await frameAt(board);
    const note = await board.createStickyNote({ x: 700, y: 400, width: 100 });
    const stale = await readItem(board, note.id);
    await frame.add(note);
    stale.x = 710;
    await expect(stale.sync()).rejects.toThrow(/re-read/);
  });

  it('a child moved (x/y + sync) outside its frame throws', async () => {
    const { board } = setup();
    const frame = await frameAt(board);
    const note = await board.createStickyNote({ x: 700, y: 400, width: 100 });
    await frame.add(note);
    note.x = 1000; // the frame centre in board units, mistaken for a frame-relative x
    await expect(note.sync()).rejects.toThrow(/stay inside its frame/);
    note.x = 150;
    await note.sync();
    expect((await readItem(board, note.id)).x).toBe(150);
  });

  it('removing a frame removes its children too', async () => {
    const { emulated, board } = setup();
    const frame = await frameAt(board);
    const note = await board.createStickyNote({ x: 700, y: 400, width: 100 });
    await frame.add(note);
    await board.createShape({ x: 5000, y: 0 });
    await board.remove(frame);
    expect(emulated.items().map((item) => item.type)).toEqual(['shape']);
  });

  it('frames do not nest, and are at least 100×100', async () => {
    const { board } = setup();
    const outer = await board.createFrame({ width: 2000, height: 2000 });
    const inner = await board.createFrame({ width: 200, height: 200 });
    await expect(outer.add(inner)).rejects.toThrow(/cannot be nested/);
    await expect(board.createFrame({ width: 50, height: 200 })).rejects.toThrow(/at least 100/);
  });
});
