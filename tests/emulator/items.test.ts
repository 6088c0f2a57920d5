import { describe, expect, it } from 'vitest';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import { readItem } from './helpers';

function setup() {
  const emulated = createEmulatedMiro();
  return { emulated, board: emulated.miro.board };
}

describe('item objects', () => {
  it('are fresh objects on every call; a property change has no effect until sync()', async () => {
    const { emulated, board } = setup();
    const created = await board.createShape({ x: 10, y: 20, width: 50, height: 40 });
    const [first] = await board.get({ id: created.id });
    const second = await board.getById(created.id);
    expect(first).not.toBe(second);
    expect(first).not.toBe(created);

    created.x = 500;
    expect(emulated.items()[0]?.x).toBe(10);
    expect((await readItem(board, created.id)).x).toBe(10);

    await created.sync();
    expect(emulated.items()[0]?.x).toBe(500);
    expect((await readItem(board, created.id)).x).toBe(500);
  });

  it('board.sync(item) writes like item.sync()', async () => {
    const { emulated, board } = setup();
    const note = await board.createStickyNote({ content: '<p>a</p>' });
    note.content = '<p>b</p>';
    await board.sync(note);
    expect(emulated.items()[0]?.props['content']).toBe('<p>b</p>');
    expect(emulated.stats().byMethod['board.sync']?.calls).toBe(1);
  });

  it('x and y are centres in board coordinates for top-level items', async () => {
    const { emulated, board } = setup();
    const shape = await board.createShape({ x: -300, y: 200, width: 100, height: 60 });
    expect(shape).toMatchObject({ x: -300, y: 200, parentId: null, relativeTo: 'canvas_center', origin: 'center' });
    expect(emulated.items()[0]).toMatchObject({ x: -300, y: 200, boardX: -300, boardY: 200 });
  });

  it('read-only properties throw when the app changes them', async () => {
    const { board } = setup();
    const text = await board.createText({ content: '<p>t</p>', width: 200 });
    (text as unknown as { height: number }).height = 999;
    await expect(text.sync()).rejects.toThrow(/height is read-only/);
    const card = await board.createCard({ title: 'c' });
    (card as unknown as { id: string }).id = 'other';
    await expect(card.sync()).rejects.toThrow(/no item with id/);
  });

  it('sync writes stale values back, like the real SDK (last write wins)', async () => {
    const { emulated, board } = setup();
    const note = await board.createStickyNote({ x: 0, y: 0 });
    emulated.participant.move(note.id, 400, 0);
    note.content = '<p>edited by the app</p>';
    await note.sync();
    expect(emulated.items()[0]).toMatchObject({ x: 0, props: { content: '<p>edited by the app</p>' } });
  });

  it('unknown properties on create throw instead of being ignored', async () => {
    const { board } = setup();
    await expect(board.createStickyNote({ text: 'typo' } as never)).rejects.toThrow(/text is not a property/);
    await expect(board.createStickyNote({ parentId: 'x' } as never)).rejects.toThrow(/parentId is read-only/);
  });
});

describe('board.get / getById', () => {
  it('with no filter returns every item including frame children, plus groups and tags', async () => {
    const { board } = setup();
    const frame = await board.createFrame({ width: 1000, height: 1000 });
    const child = await board.createStickyNote({ x: 0, y: 0 });
    await frame.add(child);
    const a = await board.createShape({ x: 2000, y: 0 });
    const b = await board.createShape({ x: 2200, y: 0 });
    const group = await board.group({ items: [a, b] });
    const tag = await board.createTag({ title: 'urgent', color: 'red' });
    const ids = (await board.get()).map((entity) => entity.id);
    expect(ids).toEqual(expect.arrayContaining([frame.id, child.id, a.id, b.id, group.id, tag.id]));
    expect(ids).toHaveLength(6);
  });

  it('filters by id (string or array) and throws on an unknown id', async () => {
    const { board } = setup();
    const a = await board.createShape();
    const b = await board.createShape();
    await board.createShape();
    expect((await board.get({ id: a.id })).map((item) => item.id)).toEqual([a.id]);
    expect((await board.get({ id: [a.id, b.id] })).map((item) => item.id)).toEqual([a.id, b.id]);
    await expect(board.get({ id: [a.id, 'nope'] })).rejects.toThrow(/no item with id nope/);
  });

  it('filters by type and tags, arrays meaning any-of, both must match', async () => {
    const { board } = setup();
    const red = await board.createTag({ title: 'red-one', color: 'red' });
    const blue = await board.createTag({ title: 'blue-one', color: 'blue' });
    const noteRed = await board.createStickyNote({ tagIds: [red.id] });
    const noteBlue = await board.createStickyNote({ tagIds: [blue.id] });
    const cardRed = await board.createCard({ tagIds: [red.id] });
    const shape = await board.createShape();
    const ids = async (filter: Parameters<typeof board.get>[0]) => (await board.get(filter)).map((item) => item.id).sort();

    expect(await ids({ type: 'sticky_note' })).toEqual([noteRed.id, noteBlue.id].sort());
    expect(await ids({ type: ['card', 'shape'] })).toEqual([cardRed.id, shape.id].sort());
    expect(await ids({ tags: red.id })).toEqual([noteRed.id, cardRed.id].sort());
    expect(await ids({ tags: [red.id, blue.id], type: 'sticky_note' })).toEqual([noteRed.id, noteBlue.id].sort());
    expect(await ids({ tags: 'blue-one' })).toEqual([noteBlue.id]);
    expect(await ids({ tags: 'no-such-tag' })).toEqual([]);
    expect(await ids({ type: 'tag' })).toEqual([red.id, blue.id].sort());
  });

  it('never returns metadata', async () => {
    const { board } = setup();
    const shape = await board.createShape();
    await shape.setMetadata('role', 'app-owned');
    const [read] = await board.get({ id: shape.id });
    expect(JSON.stringify(read)).not.toContain('app-owned');
    expect(read).not.toHaveProperty('metadata');
  });

  it('getById throws for an unknown id and returns tags and groups too', async () => {
    const { board } = setup();
    await expect(board.getById('missing')).rejects.toThrow(/no item with id/);
    const tag = await board.createTag({ title: 't' });
    expect(await readItem(board, tag.id)).toMatchObject({ type: 'tag', title: 't' });
  });

  it('stays linear on a 10,000-item board', async () => {
    const { emulated, board } = setup();
    const frame = await board.createFrame({ x: 0, y: 0, width: 100_000, height: 100_000 });
    for (let i = 0; i < 10_000; i++) {
      emulated.participant.addUnsupported({ type: 'stamp', x: (i % 100) * 500, y: Math.floor(i / 100) * 500, width: 40, height: 40, parentId: frame.id });
    }
    const started = performance.now();
    const all = await board.get();
    const byType = await board.get({ type: 'stamp' });
    expect(all).toHaveLength(10_001);
    expect(byType).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('board.remove', () => {
  it('removes the item; removing it again throws', async () => {
    const { emulated, board } = setup();
    const shape = await board.createShape();
    await board.remove(shape);
    expect(emulated.items()).toHaveLength(0);
    await expect(board.remove(shape)).rejects.toThrow(/no item with id/);
    await expect(shape.sync()).rejects.toThrow(/no item with id/);
  });

  it('removing a tag strips it from items', async () => {
    const { emulated, board } = setup();
    const tag = await board.createTag({ title: 'x' });
    await board.createStickyNote({ tagIds: [tag.id] });
    await board.remove(tag);
    expect(emulated.items()[0]?.props['tagIds']).toEqual([]);
  });

  it('tagIds must name existing tags', async () => {
    const { board } = setup();
    await expect(board.createStickyNote({ tagIds: ['no-tag'] })).rejects.toThrow(/no tag with id/);
  });
});

describe('groups', () => {
  it('group() returns a Group whose getItems and ungroup work', async () => {
    const { emulated, board } = setup();
    const a = await board.createShape({ x: 0 });
    const b = await board.createShape({ x: 300 });
    const group = await board.group({ items: [a, b] });
    expect(group).toMatchObject({ type: 'group', itemsIds: [a.id, b.id] });
    expect((await group.getItems()).map((item) => item.id)).toEqual([a.id, b.id]);
    expect((await readItem(board, a.id)).groupId).toBe(group.id);

    const freed = await group.ungroup();
    expect(freed.map((item) => item.id)).toEqual([a.id, b.id]);
    expect(emulated.items().every((view) => view.props['groupId'] === undefined)).toBe(true);
    await expect(board.getById(group.id)).rejects.toThrow(/no item/);
  });

  it('needs two ungrouped items', async () => {
    const { board } = setup();
    const a = await board.createShape();
    const b = await board.createShape();
    const c = await board.createShape();
    await expect(board.group({ items: [a] })).rejects.toThrow(/at least two/);
    await board.group({ items: [a, b] });
    await expect(board.group({ items: [a, c] })).rejects.toThrow(/already in a group/);
  });

  it('a group left with one item dissolves', async () => {
    const { board } = setup();
    const a = await board.createShape();
    const b = await board.createShape();
    const group = await board.group({ items: [a, b] });
    await board.remove(a);
    await expect(board.getById(group.id)).rejects.toThrow(/no item/);
    expect((await readItem(board, b.id)).groupId).toBeUndefined();
  });

  it('removing a group removes its items (conservative)', async () => {
    const { emulated, board } = setup();
    const a = await board.createShape();
    const b = await board.createShape();
    const group = await board.group({ items: [a, b] });
    await board.remove(group);
    expect(emulated.items()).toHaveLength(0);
  });
});
