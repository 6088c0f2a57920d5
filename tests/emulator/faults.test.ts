import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Shape } from '@mirohq/websdk-types';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';

async function outcomes(seed: number, calls: number) {
  const emulated = createEmulatedMiro({ failureRate: 0.3, seed });
  const results: boolean[] = [];
  for (let i = 0; i < calls; i++) {
    results.push(await emulated.miro.board.createShape({ x: i }).then(() => true, () => false));
  }
  return { results, emulated };
}

describe('fault injection', () => {
  it('is deterministic for a seed and call sequence, and differs between seeds', async () => {
    const first = await outcomes(42, 60);
    const again = await outcomes(42, 60);
    const other = await outcomes(7, 60);
    expect(again.results).toEqual(first.results);
    expect(other.results).not.toEqual(first.results);
    const failures = first.results.filter((ok) => !ok).length;
    expect(failures).toBeGreaterThan(5);
    expect(failures).toBeLessThan(35);
  });

  it('a failed call rejects with an "emulated transient failure" and has no effect on the board', async () => {
    const { results, emulated } = await outcomes(3, 40);
    const failures = results.filter((ok) => !ok).length;
    expect(emulated.items()).toHaveLength(40 - failures);
    expect(emulated.stats()).toMatchObject({ calls: 40, failures, credits: 40 * 50 });
    expect(emulated.stats().byMethod['board.createShape']?.failures).toBe(failures);

    const always = createEmulatedMiro({ failureRate: 1 });
    await expect(always.miro.board.createShape()).rejects.toThrow(/emulated transient failure/);
    expect(always.items()).toHaveLength(0);
  });

  it('a failed sync leaves the board as it was', async () => {
    const emulated = createEmulatedMiro({ failureRate: 0.5, seed: 11 });
    const { board } = emulated.miro;
    let shape: Shape | undefined;
    while (!shape) shape = await board.createShape({ x: 0 }).catch(() => undefined);
    const boardX = () => emulated.items().find((view) => view.id === shape?.id)?.x;
    let lastWritten = 0;
    for (let attempt = 1; attempt <= 30; attempt++) {
      shape.x = attempt;
      if (await shape.sync().then(() => true, () => false)) lastWritten = attempt;
      expect(boardX()).toBe(lastWritten);
    }
    expect(emulated.stats().byMethod['item.sync']?.failures).toBeGreaterThan(0);
    expect(lastWritten).toBeGreaterThan(0);
  });

  it('participants never fail and cost nothing', () => {
    const emulated = createEmulatedMiro({ failureRate: 1 });
    emulated.participant.addStickyNote({ text: 'hello', x: 0, y: 0 });
    expect(emulated.items()).toHaveLength(1);
    expect(emulated.stats().calls).toBe(0);
  });
});

describe('latency', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('each call resolves after latencyMs', async () => {
    vi.useFakeTimers();
    const emulated = createEmulatedMiro({ latencyMs: 200 });
    let settled = false;
    const pending = emulated.miro.board.createShape().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(199);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    await pending;
  });

  it('with no latency, calls resolve without timers', async () => {
    vi.useFakeTimers();
    const emulated = createEmulatedMiro();
    await expect(emulated.miro.board.createShape()).resolves.toBeDefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejections arrive after the latency too', async () => {
    vi.useFakeTimers();
    const emulated = createEmulatedMiro({ latencyMs: 100, failureRate: 1 });
    let rejected = false;
    const pending = emulated.miro.board.createShape().catch(() => (rejected = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(rejected).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(rejected).toBe(true);
    await pending;
  });
});
