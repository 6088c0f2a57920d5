import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';

afterEach(() => {
  vi.useRealTimers();
});

describe('what a real board does that an instant one hides', () => {
  it("each client has its own round trip: a call's effect lands after half of it, the answer after all of it", async () => {
    vi.useFakeTimers();
    const emulated = createEmulatedMiro();
    const slow = emulated.connectClient({ latencyMs: 400 });
    const fast = emulated.connectClient({ latencyMs: 10 });
    let answered = false;
    const creating = slow.board.createShape({ x: 0, y: 0 }).then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(199);
    expect(emulated.items()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(emulated.items()).toHaveLength(1);
    // The fast client already sees it; the slow one has not heard back yet.
    const seen = fast.board.get();
    await vi.advanceTimersByTimeAsync(10);
    expect(await seen).toHaveLength(1);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(190);
    await creating;
    expect(answered).toBe(true);
  });

  it('storage writes of a slow client land late: last write wins, no compare-and-set', async () => {
    vi.useFakeTimers();
    const emulated = createEmulatedMiro();
    const slow = emulated.connectClient({ latencyMs: 400 }).board.storage.collection('c');
    const fast = emulated.connectClient({ latencyMs: 5 }).board.storage.collection('c');
    const slowWrite = slow.set('lock', 'slow');
    await vi.advanceTimersByTimeAsync(50);
    await Promise.all([fast.set('lock', 'fast'), vi.advanceTimersByTimeAsync(5)]);
    const fastRead = fast.get('lock');
    await vi.advanceTimersByTimeAsync(5);
    expect(await fastRead).toBe('fast');
    await vi.advanceTimersByTimeAsync(400);
    await slowWrite;
    const later = fast.get('lock');
    await vi.advanceTimersByTimeAsync(5);
    expect(await later).toBe('slow');
  });

  it('a lost answer: the call took effect, yet it rejects like an injected fault', async () => {
    const emulated = createEmulatedMiro({ lostAnswerRate: 1 });
    await expect(emulated.miro.board.createStickyNote({ content: 'hello' })).rejects.toThrow(/transient failure/);
    expect(emulated.items()).toHaveLength(1);
    expect(emulated.stats().failures).toBe(1);
    const clean = createEmulatedMiro({ failureRate: 1 });
    await expect(clean.miro.board.createStickyNote({ content: 'hello' })).rejects.toThrow(/transient failure/);
    expect(clean.items()).toHaveLength(0);
  });

  it('lost answers follow the seed: same seed, same calls lost', async () => {
    const lost = async (seed: number) => {
      const emulated = createEmulatedMiro({ lostAnswerRate: 0.3, seed });
      const results = await Promise.allSettled(Array.from({ length: 40 }, (_, x) => emulated.miro.board.createShape({ x })));
      return { rejected: results.map((result) => result.status === 'rejected'), items: emulated.items().length };
    };
    const first = await lost(7);
    expect(await lost(7)).toEqual(first);
    expect(first.items).toBe(40);
    expect(first.rejected.filter(Boolean).length).toBeGreaterThan(3);
  });

  it('children of a kanban, table or user story map come back at x = y = -Infinity', async () => {
    const emulated = createEmulatedMiro();
    const table = emulated.participant.addUnsupported({ type: 'table', x: 0, y: 0, width: 400, height: 300 });
    const child = emulated.participant.addToContainer(table, { type: 'card', text: 'row 1' });
    const read = (await emulated.miro.board.get()).find((item) => item.id === child) as unknown as { x: number; y: number; parentId: string };
    expect([read.x, read.y, read.parentId]).toEqual([-Infinity, -Infinity, table]);
    expect(() => emulated.participant.addToContainer(child, { type: 'card', text: 'x' })).toThrow(/use a kanban, table or usm/);
  });

  it("canUse('voting') can be true while getVotingResults rejects (no voting plugin for the team)", async () => {
    const { miro } = createEmulatedMiro({ features: { voting: true, votingPlugin: false } });
    expect(await miro.board.canUse('voting')).toBe(true);
    await expect(miro.board.experimental.getVotingResults()).rejects.toThrow(/voting plugin/);
  });

  it('getSelection and frame.getChildren cost 500 credits, like get', async () => {
    const emulated = createEmulatedMiro();
    const frame = await emulated.miro.board.createFrame({ width: 400, height: 400 });
    emulated.resetStats();
    await emulated.miro.board.getSelection();
    await frame.getChildren();
    expect(emulated.stats().credits).toBe(1000);
  });

  it('accepts linkedTo on create; limits tags to 8 per item and 100 per board', async () => {
    const { board } = createEmulatedMiro().miro;
    const note = await board.createStickyNote({ content: 'see the article', linkedTo: 'https://example.com/a' } as never);
    expect((note as unknown as { linkedTo: string }).linkedTo).toBe('https://example.com/a');
    const tags = [];
    for (let i = 0; i < 100; i++) tags.push(await board.createTag({ title: `t${i}` }));
    await expect(board.createTag({ title: 'one too many' })).rejects.toThrow(/at most 100 tags/);
    await expect(board.createStickyNote({ tagIds: tags.slice(0, 9).map((tag) => tag.id) })).rejects.toThrow(/at most 8 tags/);
    await expect(board.createStickyNote({ tagIds: tags.slice(0, 8).map((tag) => tag.id) })).resolves.toBeDefined();
  });

  it('zoomTo keeps the screen aspect ratio and the zoom within 0.01–4', async () => {
    const { board } = createEmulatedMiro().miro;
    const tiny = await board.createShape({ x: 0, y: 0, width: 10, height: 10 });
    await board.viewport.zoomTo(tiny);
    expect(await board.viewport.getZoom()).toBe(4);
    const wide = await board.createShape({ x: 0, y: 0, width: 100_000, height: 10 });
    await board.viewport.zoomTo(wide);
    const view = await board.viewport.get();
    expect(view.width / view.height).toBeCloseTo(1920 / 1080, 5);
    expect(view.width).toBeGreaterThanOrEqual(100_000);
    const huge = await board.createShape({ x: 0, y: 0, width: 1_000_000, height: 1_000_000 });
    await board.viewport.zoomTo(huge);
    expect(await board.viewport.getZoom()).toBe(0.01);
  });

  it("someone typing in a sticky note: its sync, its attaching and its frame's changes reject with Miro's lock messages until they stop", async () => {
    const emulated = createEmulatedMiro();
    const { board } = emulated.miro;
    const frame = await board.createFrame({ x: 0, y: 0, width: 800, height: 800 });
    const note = emulated.participant.addStickyNote({ text: 'typing…', x: 100, y: 100, parentId: frame.id });
    const loose = emulated.participant.addStickyNote({ text: 'outside', x: 2000, y: 0 });
    const shape = await board.createShape({ x: -100, y: -100, width: 50, height: 50 });
    const stopNote = emulated.participant.startEditing(note);
    const stopLoose = emulated.participant.startEditing(loose);
    const noteObject = await board.getById(note);
    await expect(noteObject.sync()).rejects.toThrow(`item ${note} is locked by another client`);
    await expect(board.remove(noteObject)).rejects.toThrow(/is locked by another client/);
    await expect(frame.add(shape)).rejects.toThrow(/another client is locking at least one of the item's children/);
    await expect(frame.add((await board.getById(loose)) as never)).rejects.toThrow(/Cannot attach a locked item to a parent/);
    stopNote();
    stopLoose();
    await expect(frame.add(shape)).resolves.toBeDefined();
    await expect(noteObject.sync()).resolves.toBeUndefined();
    expect(emulated.items().find((item) => item.id === shape.id)?.parentId).toBe(frame.id);
  });
});
