import { describe, expect, it } from 'vitest';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import { readItem } from './helpers';

async function withFrame() {
  const emulated = createEmulatedMiro();
  const frame = await emulated.miro.board.createFrame({ x: 1000, y: 500, width: 800, height: 600 });
  return { emulated, board: emulated.miro.board, frame };
}

describe('participant helpers', () => {
  it('write text the way Miro stores it: escaped, one <p> per line', async () => {
    const emulated = createEmulatedMiro();
    const id = emulated.participant.addStickyNote({ text: 'a <b> & c\nsecond', x: 0, y: 0, color: 'pink' });
    const note = (await emulated.miro.board.getById(id)) as unknown as { content: string; style: { fillColor: string } };
    expect(note.content).toBe('<p>a &lt;b&gt; &amp; c</p><p>second</p>');
    expect(note.style.fillColor).toBe('pink');
    expect(() => emulated.participant.addStickyNote({ text: 'x', x: 0, y: 0, color: '#ff0000' })).toThrow(/fillColor/);
  });

  it('take board coordinates; with parentId the item becomes a frame child', async () => {
    const { emulated, board, frame } = await withFrame();
    const id = emulated.participant.addShape({ x: 700, y: 400, width: 20, height: 20, parentId: frame.id });
    expect(await readItem(board, id)).toMatchObject({ parentId: frame.id, x: 100, y: 200 });
    expect(() => emulated.participant.addShape({ x: 0, y: 0, width: 20, height: 20, parentId: frame.id })).toThrow(/inside frame/);
  });

  it('like Miro\'s UI, an item whose centre is inside a frame may overhang its edge; the SDK tolerates that until it moves the item', async () => {
    const { emulated, board, frame } = await withFrame();
    const id = emulated.participant.addStickyNote({ text: 'edge', x: 620, y: 500, parentId: frame.id });
    const note = await readItem(board, id);
    expect(note).toMatchObject({ parentId: frame.id, x: 20 });
    (note as unknown as { content: string }).content = '<p>edited</p>';
    await note.sync();
    const fresh = await readItem(board, frame.id);
    fresh.width = 820;
    await fresh.sync();
    const moved = await readItem(board, id);
    moved.y += 10;
    await expect(moved.sync()).rejects.toThrow(/stay inside its frame/);
  });

  it('move drops an item into or out of a frame like Miro\'s UI', async () => {
    const { emulated, board, frame } = await withFrame();
    const id = emulated.participant.addShape({ x: 0, y: 0, width: 20, height: 20 });
    emulated.participant.move(id, 700, 400);
    expect(await readItem(board, id)).toMatchObject({ parentId: frame.id, x: 100, y: 200 });
    emulated.participant.move(id, 800, 400);
    expect(await readItem(board, id)).toMatchObject({ parentId: frame.id, x: 200, y: 200 });
    emulated.participant.move(id, -500, 0);
    expect(await readItem(board, id)).toMatchObject({ parentId: null, x: -500, y: 0 });
  });

  it('moving a frame by hand moves its children', async () => {
    const { emulated, frame } = await withFrame();
    const id = emulated.participant.addCard({ title: 'c', x: 800, y: 400, parentId: frame.id });
    emulated.participant.move(frame.id, 0, 0);
    expect(emulated.items().find((view) => view.id === id)).toMatchObject({ boardX: -200, boardY: -100, x: 200, y: 200 });
  });

  it('resize, editText, addToFrame and addConnector act on the board', async () => {
    const { emulated, board, frame } = await withFrame();
    const noteId = emulated.participant.addStickyNote({ text: 'x', x: 700, y: 400, width: 100 });
    emulated.participant.resize(noteId, 199, 10);
    expect(await readItem(board, noteId)).toMatchObject({ width: 199, height: 228 });
    emulated.participant.editText(noteId, 'new');
    expect(((await board.getById(noteId)) as unknown as { content: string }).content).toBe('<p>new</p>');
    emulated.participant.addToFrame(frame.id, noteId);
    expect((await readItem(board, noteId)).parentId).toBe(frame.id);
    const other = emulated.participant.addShape({ x: 3000, y: 0, width: 10, height: 10 });
    const connector = emulated.participant.addConnector({ start: noteId, end: other });
    expect((await readItem(board, other)).connectorIds).toEqual([connector]);
  });

  it('resizing a frame by hand drops children left outside it', async () => {
    const { emulated, board, frame } = await withFrame();
    const near = emulated.participant.addShape({ x: 1000, y: 500, width: 10, height: 10, parentId: frame.id });
    const far = emulated.participant.addShape({ x: 650, y: 250, width: 10, height: 10, parentId: frame.id });
    emulated.participant.resize(frame.id, 200, 200);
    expect((await readItem(board, near)).parentId).toBe(frame.id);
    expect(await readItem(board, far)).toMatchObject({ parentId: null, x: 650, y: 250 });
  });
});

describe('items() views', () => {
  it('give SDK coordinates and absolute board centres, free of cost', async () => {
    const { emulated, board, frame } = await withFrame();
    const note = await board.createStickyNote({ x: 700, y: 400, width: 100, content: '<p>n</p>' });
    await frame.add(note);
    const a = await board.createShape({ x: 0, y: 0 });
    const connector = await board.createConnector({ start: { item: note.id, snapTo: 'auto' }, end: { item: a.id, snapTo: 'auto' } });
    emulated.resetStats();

    const views = emulated.items();
    expect(emulated.stats().calls).toBe(0);
    expect(views.find((view) => view.id === note.id)).toMatchObject({
      type: 'sticky_note', x: 100, y: 200, boardX: 700, boardY: 400, parentId: frame.id,
      props: { content: '<p>n</p>', relativeTo: 'parent_top_left', connectorIds: [connector.id] },
    });
    expect(views.find((view) => view.id === frame.id)?.props['childrenIds']).toEqual([note.id]);
    expect(views.find((view) => view.id === connector.id)).toMatchObject({ boardX: 350, boardY: 200 });

    const props = views.find((view) => view.id === note.id)?.props as { style: { fillColor: string } };
    props.style.fillColor = 'mutated';
    expect(emulated.items().find((view) => view.id === note.id)?.props['style']).toMatchObject({ fillColor: 'light_yellow' });
  });
});
