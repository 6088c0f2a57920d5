import { describe, expect, it } from 'vitest';
import { muralMiddleware, type NodeRequestLike, type NodeResponseLike } from '../../src/muralEmulator/nodeMiddleware';
import { setup } from './setup';

function fakeRequest(method: string, url: string, headers: Record<string, string>, body = ''): NodeRequestLike {
  return {
    method, url, headers,
    async *[Symbol.asyncIterator]() {
      if (body) yield new TextEncoder().encode(body);
    },
  };
}

function fakeResponse() {
  const headers: Record<string, string> = {};
  let resolve: (value: { status: number; body: string; destroyed: boolean }) => void = () => {};
  const done = new Promise<{ status: number; body: string; destroyed: boolean }>((r) => (resolve = r));
  const res: NodeResponseLike = {
    statusCode: 0,
    setHeader: (name, value) => (headers[name.toLowerCase()] = value),
    end: (body) => resolve({ status: res.statusCode, body: new TextDecoder().decode(body), destroyed: false }),
    destroy: () => resolve({ status: 0, body: '', destroyed: true }),
  };
  return { res, headers, done };
}

describe('emulated MURAL: Node-style middleware (for the Vite dev server)', () => {
  it('serves the API under a mount path, passes other paths on, drops the socket on a lost answer', async () => {
    const { mural } = setup();
    const middleware = muralMiddleware(mural.handle, { baseUrl: mural.baseUrl, mountPath: '/mural/api' });
    const token = mural.accessToken();
    const created = fakeResponse();
    middleware(fakeRequest('POST', `/mural/api/murals/${mural.muralId}/widgets/area`, { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, '{"title":"Via middleware"}'), created.res);
    const answer = await created.done;
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.body).value.title).toBe('Via middleware');
    expect(created.headers['x-ratelimit-limit']).toBe('25');
    let passed = false;
    middleware(fakeRequest('GET', '/index.html', {}), fakeResponse().res, () => (passed = true));
    expect(passed).toBe(true);

    const lossy = setup({ lostAnswerRate: 1 }).mural;
    const lossyMiddleware = muralMiddleware(lossy.handle, { baseUrl: lossy.baseUrl, mountPath: '/mural/api' });
    const dropped = fakeResponse();
    lossyMiddleware(fakeRequest('POST', `/mural/api/murals/${lossy.muralId}/widgets/area`, { authorization: `Bearer ${lossy.accessToken()}` }, '{}'), dropped.res);
    expect((await dropped.done).destroyed).toBe(true);
    expect(lossy.widgets()).toHaveLength(1);
  });
});
