import { describe, expect, test } from 'vitest';
import { envelopeOf, MuralClient, rateLimitWaitMs, UncertainWriteError } from '../../src/mural/restClient';
import { fakeClock } from '../support/fakeClock';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function client(answers: Array<Response | Error>) {
  const clock = fakeClock(1_800_000_000_000);
  let calls = 0;
  const mural = new MuralClient({
    fetch: async () => {
      const answer = answers[Math.min(calls++, answers.length - 1)]!;
      if (answer instanceof Error) throw answer;
      return answer.clone();
    },
    baseUrl: 'https://app.mural.co/api/public/v1',
    muralId: 'ws1.1',
    getAccessToken: () => 'token',
    clock,
  });
  return { mural, clock, calls: () => calls };
}

describe('MURAL REST client', () => {
  test("reads MURAL's envelope and the two variants seen live; anything else fails loudly", () => {
    expect(envelopeOf(200, { value: [1], next: 'n' }, 'r')).toEqual({ status: 200, value: [1], next: 'n' });
    expect(envelopeOf(200, { value: { widgets: [1], next: 'n' } }, 'r')).toEqual({ status: 200, value: [1], next: 'n' });
    expect(envelopeOf(200, { value: { widgets: [1], nextToken: 't' } }, 'r')).toEqual({ status: 200, value: [1], next: 't' });
    expect(() => envelopeOf(200, [1], 'GET /x')).toThrow('without its { value } envelope');
  });

  test('a 429 waits until the reset of the spent budget, user or app', () => {
    const now = 1_800_000_000_000;
    const headers = (user: string, app: string) =>
      new Headers({ 'X-RateLimit-Remaining': user, 'X-RateLimit-Reset': String(now / 1000 + 1), 'X-RateLimit-App-Remaining': app, 'X-RateLimit-App-Reset': String(now / 1000 + 30) });
    expect(rateLimitWaitMs(headers('0', '500'), now)).toBe(1000);
    expect(rateLimitWaitMs(headers('3', '0'), now)).toBe(30_000);
    expect(rateLimitWaitMs(new Headers(), now)).toBeUndefined();
  });

  test('a read is retried through 5xx and lost answers, with a bounded number of tries', async () => {
    const ok = json(200, { value: { id: 'w' } });
    const { mural, calls } = client([json(500, { code: 'INTERNAL_SERVER_ERROR', message: '' }), new TypeError('fetch failed'), ok]);
    await expect(mural.request({ method: 'GET', path: '/widgets/w', route: 'GET w' })).resolves.toMatchObject({ value: { id: 'w' } });
    expect(calls()).toBe(3);
    const failing = client([json(503, { code: 'X', message: '' })]);
    await expect(failing.mural.request({ method: 'GET', path: '/widgets/w', route: 'GET w' })).rejects.toThrow('failed GET w 6 times');
    expect(failing.calls()).toBe(6);
  });

  test('a delete whose answer was lost is repeated; the 404 WIDGET_NOT_FOUND that follows means done', async () => {
    const { mural, calls } = client([new TypeError('fetch failed'), json(404, { code: 'WIDGET_NOT_FOUND', message: 'gone' })]);
    await expect(mural.request({ method: 'DELETE', path: '/widgets/w', route: 'DELETE w' })).resolves.toMatchObject({ status: 204 });
    expect(calls()).toBe(2);
    const other = client([json(404, { code: 'MURAL_NOT_FOUND', message: '' })]);
    await expect(other.mural.request({ method: 'DELETE', path: '/widgets/w', route: 'DELETE w' })).rejects.toThrow('MURAL_NOT_FOUND');
  });

  test('a create is never repeated by the client: the caller reconciles', async () => {
    const { mural, calls } = client([new TypeError('fetch failed'), json(201, { value: [] })]);
    await expect(mural.request({ method: 'POST', path: '/widgets/shape', route: 'POST shape', body: [] })).rejects.toBeInstanceOf(UncertainWriteError);
    expect(calls()).toBe(1);
  });

  test('429 without usable headers backs off and stops after the longest wait', async () => {
    const { mural, clock } = client([json(429, { code: 'RATE_LIMIT_EXCEEDED', message: '' })]);
    const started = clock.now();
    await expect(mural.request({ method: 'GET', path: '/widgets', route: 'GET widgets' })).rejects.toThrow('rate limit');
    expect(clock.now() - started).toBeLessThanOrEqual(120_000);
  });
});
