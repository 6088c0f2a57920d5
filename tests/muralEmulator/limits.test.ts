import { describe, expect, it } from 'vitest';
import { setup } from './setup';

const HEADERS = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'X-RateLimit-App-Limit', 'X-RateLimit-App-Remaining', 'X-RateLimit-App-Reset'];

describe('emulated MURAL: rate limits on the injectable clock', () => {
  it('the 26th request of a user within one second gets 429 with the six headers and no Retry-After', { timeout: 20_000 }, async () => {
    const { mural, call, clock } = setup();
    const path = `/murals/${mural.muralId}`;
    const start = clock.now();
    for (let i = 0; i < 25; i++) {
      const ok = await call('GET', path);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('X-RateLimit-Remaining')).toBe(String(24 - i));
      clock.advance(39); // 25 requests spread over 975 ms
    }
    const limited = await call('GET', path);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMIT_EXCEEDED');
    for (const name of HEADERS) expect(limited.headers.get(name), name).not.toBeNull();
    expect(limited.headers.get('Retry-After')).toBeNull();
    expect(limited.headers.get('X-RateLimit-Limit')).toBe('25');
    expect(limited.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(limited.headers.get('X-RateLimit-Reset')).toBe(String(Math.ceil((start + 1000) / 1000)));
    expect(limited.headers.get('X-RateLimit-App-Limit')).toBe('10000');
    expect(limited.headers.get('X-RateLimit-App-Remaining')).toBe(String(10_000 - 25));
    expect(limited.headers.get('X-RateLimit-App-Reset')).toBe(String(Math.ceil((start + 60_000) / 1000)));
    // Another token of the same user shares the budget; another user does not.
    expect((await call('GET', path, undefined, mural.tokenFor('Facilitator', ['murals:read']))).status).toBe(429);
    expect((await call('GET', path, undefined, mural.tokenFor('Bea'))).status).toBe(200);
    expect(mural.stats().rateLimited).toBe(2);
    clock.set(start + 1000); // the first request leaves the rolling second
    expect((await call('GET', path)).status).toBe(200);
    expect((await call('GET', path)).status).toBe(429);
    // Mutation caught: `used < limit` → `<=` admits the 26th.
  });

  it('a refused request has no effect and is not counted', async () => {
    const { mural, call, clock } = setup({ userRequestsPerSecond: 2 });
    await call('POST', `/murals/${mural.muralId}/widgets/area`, {});
    await call('POST', `/murals/${mural.muralId}/widgets/area`, {});
    expect((await call('POST', `/murals/${mural.muralId}/widgets/area`, {})).status).toBe(429);
    expect(mural.widgets()).toHaveLength(2);
    clock.advance(1000);
    expect((await call('GET', `/murals/${mural.muralId}`)).headers.get('X-RateLimit-Remaining')).toBe('1');
  });

  it('the app limit applies across users per rolling minute', async () => {
    const { mural, call, clock } = setup({ appRequestsPerMinute: 30 });
    const path = `/murals/${mural.muralId}`;
    for (let i = 0; i < 30; i++) expect((await call('GET', path, undefined, mural.tokenFor(`user${i % 3}`))).status).toBe(200);
    const limited = await call('GET', path, undefined, mural.tokenFor('fresh'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('X-RateLimit-App-Remaining')).toBe('0');
    expect(limited.headers.get('X-RateLimit-Remaining')).toBe('25');
    clock.advance(60_000);
    expect((await call('GET', path, undefined, mural.tokenFor('fresh'))).status).toBe(200);
  });
});
