import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard, connectMural, tallyKeyMetrics } from '../../src/index';
import { muralShape, muralSetup, orphans } from './harness';

async function cleanShape(): Promise<string[]> {
  const { emulated, target } = muralSetup();
  await buildAccelerateBoard(target);
  await tallyKeyMetrics(target);
  return muralShape(emulated.widgets());
}

describe('Build and Tally on a flaky, busy mural', () => {
  test('10 % failures: the same board as a clean run', async () => {
    const expected = await cleanShape();
    for (const seed of [1, 2, 3]) {
      const { emulated, target } = muralSetup({ failureRate: 0.1, seed });
      await buildAccelerateBoard(target);
      await tallyKeyMetrics(target);
      expect(emulated.stats().failures, `seed ${seed}`).toBeGreaterThan(0);
      expect(muralShape(emulated.widgets()), `seed ${seed}`).toEqual(expected);
      expect(orphans(emulated), `seed ${seed}`).toEqual([]);
    }
  }, 30_000);

  test('10 % lost answers (the create took effect): identical board, no duplicate, no orphan, over several seeds', async () => {
    const expected = await cleanShape();
    let lost = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { emulated, target } = muralSetup({ lostAnswerRate: 0.1, seed });
      await buildAccelerateBoard(target);
      await tallyKeyMetrics(target);
      lost += emulated.stats().lostAnswers;
      expect(muralShape(emulated.widgets()), `seed ${seed}`).toEqual(expected);
      expect(orphans(emulated), `seed ${seed}`).toEqual([]);
    }
    expect(lost).toBeGreaterThan(3);
  }, 30_000);

  test('lost answers and failures together, then an unchanged re-run writes nothing', async () => {
    const expected = await cleanShape();
    const { emulated, target } = muralSetup({ lostAnswerRate: 0.1, failureRate: 0.1, seed: 7 });
    await buildAccelerateBoard(target);
    await tallyKeyMetrics(target);
    expect(muralShape(emulated.widgets())).toEqual(expected);
    emulated.resetStats();
    const again = await buildAccelerateBoard(target);
    const tally = await tallyKeyMetrics(target);
    expect(again.created).toBe(0);
    expect(tally.board).toEqual({ created: 0, updated: 0, removed: 0 });
    expect(Object.keys(emulated.stats().byRoute)).toEqual(['GET /murals/{muralId}/widgets']);
  }, 30_000);

  test('past 25 requests/second: MURAL refuses (429), the adapter waits for X-RateLimit-Reset and completes', async () => {
    const expected = await cleanShape();
    // No pace of our own: MURAL's limit is what stops us.
    const { clock, emulated, target } = muralSetup({ maxRequestsPerSecond: 1000, userRequestsPerSecond: 5 });
    // Another app of the same user spends this second's budget first.
    for (let i = 0; i < 5; i++) await emulated.fetch(`${emulated.baseUrl}/murals/${emulated.muralId}`, { headers: { authorization: `Bearer ${emulated.accessToken()}` } });
    const started = clock.now();
    const waits: boolean[] = [];
    await buildAccelerateBoard(target, { onProgress: (progress) => waits.push(progress.waitingForCredits) });
    await tallyKeyMetrics(target);
    expect(emulated.stats().rateLimited).toBeGreaterThan(0);
    // The panel is told while the build waits for MURAL, and when it goes on.
    expect(waits).toContain(true);
    expect(waits.at(-1)).toBe(false);
    expect(muralShape(emulated.widgets())).toEqual(expected);
    // Bounded: about 15 + 7 requests at 5 per second.
    expect(clock.now() - started).toBeLessThan(15_000);
  }, 20_000);

  test('our own pace keeps a build inside 25 requests/second: MURAL never has to refuse', async () => {
    const { clock, emulated } = muralSetup({ lostAnswerRate: 0.1, seed: 3 });
    const times: number[] = [];
    const target = connectMural({
      fetch: (input, init) => {
        times.push(clock.now());
        return emulated.fetch(input, init);
      },
      muralId: emulated.muralId,
      getAccessToken: () => emulated.accessToken(),
      clock,
    });
    await buildAccelerateBoard(target);
    await tallyKeyMetrics(target);
    await tallyKeyMetrics(target);
    expect(emulated.stats().rateLimited).toBe(0);
    for (let i = 0; i + 25 < times.length; i++) expect(times[i + 25]! - times[i]!).toBeGreaterThanOrEqual(1000);
  }, 20_000);

  test('a token that expires mid-run is refreshed once through getAccessToken and the run goes on', async () => {
    const expected = await cleanShape();
    const { clock, emulated } = muralSetup({ tokenLifetimeMs: 1500 });
    let asked = 0;
    const target = connectMural({
      fetch: async (input, init) => {
        clock.sleep(120); // a slow network: the token runs out during the build
        return emulated.fetch(input, init);
      },
      muralId: emulated.muralId,
      getAccessToken: () => {
        asked++;
        return emulated.accessToken();
      },
      clock,
    });
    await buildAccelerateBoard(target);
    await tallyKeyMetrics(target);
    expect(asked).toBeGreaterThan(2);
    expect(muralShape(emulated.widgets())).toEqual(expected);
  }, 20_000);
});
