import { describe, expect, it } from 'vitest';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';

function manualClock(start = 1_700_000_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('credit accounting', () => {
  it('charges 50 credits per call and 500 for board.get and experimental.get', async () => {
    const emulated = createEmulatedMiro();
    const { board } = emulated.miro;
    const shape = await board.createShape();
    shape.x = 10;
    await shape.sync();
    await board.get();
    await board.experimental.get({ type: 'shape' });
    await board.getById(shape.id);
    const stats = emulated.stats();
    expect(stats.byMethod['board.createShape']).toEqual({ calls: 1, credits: 50, failures: 0, rateLimited: 0 });
    expect(stats.byMethod['item.sync']).toEqual({ calls: 1, credits: 50, failures: 0, rateLimited: 0 });
    expect(stats.byMethod['board.get']).toEqual({ calls: 1, credits: 500, failures: 0, rateLimited: 0 });
    expect(stats.byMethod['experimental.get']?.credits).toBe(500);
    expect(stats).toMatchObject({ calls: 5, credits: 50 + 50 + 500 + 500 + 50, failures: 0, rateLimited: 0 });
  });

  it('names frame and item methods by path', async () => {
    const emulated = createEmulatedMiro();
    const { board } = emulated.miro;
    const frame = await board.createFrame({ width: 400, height: 400 });
    const note = await board.createStickyNote({ width: 100 });
    await frame.add(note);
    await frame.getChildren();
    await note.setMetadata('k', 'v');
    expect(Object.keys(emulated.stats().byMethod).sort()).toEqual(
      ['board.createFrame', 'board.createStickyNote', 'frame.add', 'frame.getChildren', 'item.setMetadata'].sort(),
    );
  });

  it('local calls cost nothing: ui.on/off, property access, storage.collection()', async () => {
    const emulated = createEmulatedMiro();
    const { board } = emulated.miro;
    const handler = () => undefined;
    await board.ui.on('items:create', handler);
    await board.ui.off('items:create', handler);
    board.storage.collection('x');
    void board.viewport;
    expect(emulated.stats()).toEqual({ calls: 0, credits: 0, failures: 0, rateLimited: 0, byMethod: {} });
  });

  it("rejects past 100,000 credits per rolling minute with Miro's message (on a plain object) and no effect, until credits return", async () => {
    const clock = manualClock();
    const emulated = createEmulatedMiro({ now: clock.now });
    const { board } = emulated.miro;
    for (let i = 0; i < 2000; i++) await board.createShape({ x: i });
    expect(emulated.items()).toHaveLength(2000);

    const rejected = await board.createShape({ x: -1 }).catch((error: unknown) => error);
    expect(rejected).not.toBeInstanceOf(Error);
    expect((rejected as { message: string }).message).toBe('The API rate limit was exceeded. Requests can use up to 100000 credits in total per minute');
    expect(emulated.items()).toHaveLength(2000);
    expect(emulated.stats()).toMatchObject({ calls: 2001, credits: 100_000, rateLimited: 1 });
    expect(emulated.stats().byMethod['board.createShape']?.rateLimited).toBe(1);

    clock.advance(59_999);
    await expect(board.createShape()).rejects.toThrow(/rate limit/);
    clock.advance(1);
    await expect(board.createShape()).resolves.toBeDefined();
    expect(emulated.items()).toHaveLength(2001);
  });

  it('the window rolls: credits spent early come back first', async () => {
    const clock = manualClock();
    const emulated = createEmulatedMiro({ now: clock.now, creditsPerMinute: 1000 });
    const { board } = emulated.miro;
    await board.get(); // 500 at t=0
    clock.advance(30_000);
    await board.get(); // 500 at t=30s
    await expect(board.getInfo()).rejects.toThrow(/rate limit/);
    clock.advance(30_000); // the first 500 return at t=60s
    await expect(board.get()).resolves.toBeDefined();
    await expect(board.getInfo()).rejects.toThrow(/rate limit/);
  });

  it('also caps credits per rolling hour at ten minutes\' worth (Miro: 1,000,000 per hour)', async () => {
    const clock = manualClock();
    const emulated = createEmulatedMiro({ now: clock.now, creditsPerMinute: 1000 });
    const { board } = emulated.miro;
    for (let minute = 0; minute < 10; minute++) {
      await board.get();
      await board.get();
      clock.advance(60_000);
    }
    await expect(board.get()).rejects.toThrow(/rate limit/);
    clock.advance(50 * 60_000);
    await expect(board.get()).resolves.toBeDefined();
  });

  it('a board.get that does not fit is rejected even when a 50-credit call would fit', async () => {
    const clock = manualClock();
    const emulated = createEmulatedMiro({ now: clock.now, creditsPerMinute: 600 });
    const { board } = emulated.miro;
    await board.get();
    await expect(board.get()).rejects.toThrow(/rate limit/);
    await expect(board.getInfo()).resolves.toBeDefined();
  });

  it('resetStats clears counters but not the credit window', async () => {
    const clock = manualClock();
    const emulated = createEmulatedMiro({ now: clock.now, creditsPerMinute: 500 });
    await emulated.miro.board.get();
    emulated.resetStats();
    expect(emulated.stats()).toEqual({ calls: 0, credits: 0, failures: 0, rateLimited: 0, byMethod: {} });
    await expect(emulated.miro.board.getInfo()).rejects.toThrow(/rate limit/);
  });
});
