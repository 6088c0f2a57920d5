import { describe, expect, it } from 'vitest';
import { LOST_ANSWER_MESSAGE } from '../../src/muralEmulator/server';
import { setup } from './setup';

describe('emulated MURAL: faults, latency, stats', () => {
  it('failureRate: seeded transient 500 INTERNAL_SERVER_ERROR with no effect, the same sequence for the same seed', async () => {
    const statuses = async (seed: number) => {
      const { mural, call } = setup({ failureRate: 0.5, seed });
      const out: number[] = [];
      for (let i = 0; i < 20; i++) out.push((await call('POST', `/murals/${mural.muralId}/widgets/area`, { title: `a${i}` })).status);
      const created = out.filter((s) => s === 201).length;
      expect(mural.widgets()).toHaveLength(created);
      expect(mural.stats().failures).toBe(20 - created);
      return out;
    };
    const first = await statuses(7);
    expect(first).toContain(500);
    expect(first).toContain(201);
    expect(await statuses(7)).toEqual(first);
    expect(await statuses(8)).not.toEqual(first);
  });

  it('lostAnswerRate: the request takes effect, then fetch rejects with a TypeError', async () => {
    const { mural } = setup({ lostAnswerRate: 1 });
    const attempt = mural.fetch(`${mural.baseUrl}/murals/${mural.muralId}/widgets/sticky-note`, {
      method: 'POST', headers: { authorization: `Bearer ${mural.accessToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ shape: 'circle', x: 0, y: 0, text: 'lost' }]),
    });
    await expect(attempt).rejects.toThrow(TypeError);
    await expect(attempt).rejects.toThrow(LOST_ANSWER_MESSAGE);
    expect(mural.widgets().map((w) => w.text)).toEqual(['lost']);
    expect(mural.stats()).toMatchObject({ requests: 1, lostAnswers: 1, failures: 0 });
    // Mutation caught: deciding "lost" before the effect (returning early) leaves the mural empty.
  });

  it('latencyMs delays the answer; the effect happens at once', async () => {
    const { mural } = setup({ latencyMs: 20 });
    const started = performance.now();
    const pending = mural.fetch(`${mural.baseUrl}/murals/${mural.muralId}/widgets/area`, {
      method: 'POST', headers: { authorization: `Bearer ${mural.accessToken()}` }, body: '{}',
    });
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mural.widgets()).toHaveLength(1);
    expect((await pending).status).toBe(201);
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('stats count requests per METHOD /path/template; widgets() is free', async () => {
    const { mural, call } = setup();
    await call('POST', `/murals/${mural.muralId}/widgets/shape`, [{ shape: 'circle', x: 0, y: 0 }]);
    await call('POST', `/murals/${mural.muralId}/widgets/shape`, [{ shape: 'circle', x: 0, y: 0 }]);
    const id = mural.widgets()[0]?.id ?? '';
    await call('GET', `/murals/${mural.muralId}/widgets/${id}`);
    await call('GET', `/murals/${mural.muralId}/widgets?limit=10`);
    mural.widgets();
    expect(mural.stats()).toEqual({
      requests: 4, rateLimited: 0, failures: 0, lostAnswers: 0,
      byRoute: {
        'POST /murals/{muralId}/widgets/shape': 2,
        'GET /murals/{muralId}/widgets/{widgetId}': 1,
        'GET /murals/{muralId}/widgets': 1,
      },
    });
    mural.resetStats();
    expect(mural.stats().requests).toBe(0);
  });
});
