import { describe, expect, it } from 'vitest';
import type { VotingResult } from '@mirohq/websdk-types';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';

describe('miro.board.ui panels', () => {
  it('openPanel returns {waitForClose}, which settles with the closePanel result', async () => {
    const { miro } = createEmulatedMiro();
    const { waitForClose } = await miro.board.ui.openPanel<{ step: number }, string>({ url: 'app.html', data: { step: 2 } });
    expect(await miro.board.ui.getPanelData()).toEqual({ step: 2 });
    const closed = waitForClose();
    await miro.board.ui.closePanel('done');
    await expect(closed).resolves.toBe('done');
  });
});

describe('miro.board.notifications', () => {
  it('records what was shown, oldest first', async () => {
    const emulated = createEmulatedMiro();
    const { notifications } = emulated.miro.board;
    await notifications.showInfo('Board built');
    await notifications.showError('Could not draw');
    await notifications.show({ type: 'info' as never, message: 'Hi' });
    expect(emulated.notifications()).toEqual([
      { type: 'info', message: 'Board built' },
      { type: 'error', message: 'Could not draw' },
      { type: 'info', message: 'Hi' },
    ]);
  });
});

describe('miro.board.viewport', () => {
  it('get/set a top-left based rect, zoomTo items, get/set zoom', async () => {
    const { miro } = createEmulatedMiro();
    const { viewport, createShape } = miro.board;
    await viewport.set({ viewport: { x: 0, y: 0, width: 3840, height: 2160 } });
    expect(await viewport.get()).toEqual({ x: 0, y: 0, width: 3840, height: 2160 });
    expect(await viewport.getZoom()).toBe(0.5);
    await viewport.setZoom(2);
    expect(await viewport.get()).toEqual({ x: 1920 - 480, y: 1080 - 270, width: 960, height: 540 });
    await expect(viewport.setZoom(5)).rejects.toThrow(/between 0.01 and 4/);

    const shape = await createShape({ x: 10_000, y: 0, width: 100, height: 100 });
    await viewport.zoomTo(shape);
    const zoomed = await viewport.get();
    expect(zoomed.x).toBeLessThanOrEqual(9950);
    expect(zoomed.x + zoomed.width).toBeGreaterThanOrEqual(10_050);
  });
});

describe('board.findEmptySpace', () => {
  it('returns a centre-based rect of the requested size near the request, overlapping nothing, with the offset as margin', async () => {
    const { miro } = createEmulatedMiro();
    const { board } = miro;
    await board.createShape({ x: 0, y: 0, width: 400, height: 400 });
    await board.createFrame({ x: 600, y: 0, width: 400, height: 400 });

    const free = await board.findEmptySpace({ x: 1000, y: 1000, width: 100, height: 100 });
    expect(free).toEqual({ x: 1000, y: 1000, width: 100, height: 100 });

    const moved = await board.findEmptySpace({ x: 0, y: 0, width: 200, height: 200, offset: 50 });
    expect(moved).toMatchObject({ width: 200, height: 200 });
    const clear = (rect: { x: number; y: number; width: number; height: number }, other: { x: number; y: number; w: number; h: number }) =>
      Math.abs(rect.x - other.x) >= (rect.width + other.w) / 2 + 50 || Math.abs(rect.y - other.y) >= (rect.height + other.h) / 2 + 50;
    expect(clear(moved, { x: 0, y: 0, w: 400, h: 400 })).toBe(true);
    expect(clear(moved, { x: 600, y: 0, w: 400, h: 400 })).toBe(true);
    expect(Math.hypot(moved.x, moved.y)).toBeLessThan(1000);
  });
});

describe('board info, user, features', () => {
  it('getInfo, getUserInfo and canUse answer; canUse follows options.features', async () => {
    const plain = createEmulatedMiro();
    expect(await plain.miro.board.getInfo()).toMatchObject({ id: expect.any(String), locale: 'en' });
    expect(await plain.miro.board.getUserInfo()).toMatchObject({ id: expect.any(String), name: expect.any(String) });
    expect(await plain.miro.board.canUse('voting')).toBe(false);
    expect(await plain.miro.board.canUse('timer')).toBe(false);
    const paid = createEmulatedMiro({ features: { voting: true, timer: true } });
    expect(await paid.miro.board.canUse('voting')).toBe(true);
  });
});

describe('voting results', () => {
  const results: VotingResult[] = [
    { title: 'Key metrics', createdBy: { userId: 'u1', userName: 'Ana' }, createdAt: '2026-01-01T10:00:00Z', results: [{ itemId: 'a', count: 3 }] },
  ];

  it('are returned when the plan has voting', async () => {
    const emulated = createEmulatedMiro({ features: { voting: true } });
    emulated.seedVotingResults(results);
    expect(await emulated.miro.board.experimental.getVotingResults()).toEqual(results);
  });

  it('reject on a plan without voting', async () => {
    const emulated = createEmulatedMiro();
    emulated.seedVotingResults(results);
    await expect(emulated.miro.board.experimental.getVotingResults()).rejects.toThrow(/paid plans/);
  });
});

describe('board.timer', () => {
  it('starts, counts down on the emulator clock and stops when the plan has a timer', async () => {
    let time = 0;
    const { miro } = createEmulatedMiro({ features: { timer: true }, now: () => time });
    await miro.board.timer.start(60_000);
    time = 15_000;
    expect(await miro.board.timer.get()).toEqual({ status: 'STARTED', totalDuration: 60_000, restDuration: 45_000 });
    expect(await miro.board.timer.isStarted()).toBe(true);
    await miro.board.timer.stop();
    expect((await miro.board.timer.get()).status).toBe('STOPPED');
  });

  it('rejects without the timer feature', async () => {
    const { miro } = createEmulatedMiro();
    await expect(miro.board.timer.start(1000)).rejects.toThrow(/not available on this plan/);
  });
});

describe('not-supported members', () => {
  it('throw a clear error naming the member, on the board and its sub-objects', () => {
    const { miro } = createEmulatedMiro();
    const loose = (value: object) => value as Record<string, unknown>;
    expect(() => loose(miro.board)['createImage']).toThrow('miro.board.createImage is not supported by the emulator');
    expect(() => loose(miro.board.ui)['openModalX']).toThrow('miro.board.ui.openModalX is not supported by the emulator');
    expect(() => loose(miro.board.experimental)['createMindmapNode']).toThrow('miro.board.experimental.createMindmapNode is not supported by the emulator');
    expect(() => loose(miro.board)['collaboration']).toThrow(/miro\.board\.collaboration is not supported/);
  });

  it('leave awaiting and inspecting the objects working', async () => {
    const { miro } = createEmulatedMiro();
    await expect(Promise.resolve(miro.board)).resolves.toBe(miro.board);
    expect(typeof miro.board.createShape).toBe('function');
  });
});
