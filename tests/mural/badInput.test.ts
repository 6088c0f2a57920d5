import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard, connectMural, MuralApiError, tallyKeyMetrics } from '../../src/index';
import { muralShape, muralSetup, orphans } from './harness';

async function cleanShape(): Promise<string[]> {
  const { emulated, target } = muralSetup();
  await buildAccelerateBoard(target);
  return muralShape(emulated.widgets());
}

describe('Bad input on a mural: a clear message naming the cause, nothing the next run cannot complete', () => {
  test('a mural id that does not exist', async () => {
    const { clock, emulated } = muralSetup();
    const target = connectMural({ fetch: emulated.fetch, muralId: `${emulated.workspaceId}.123`, getAccessToken: () => emulated.accessToken(), clock });
    const error = await buildAccelerateBoard(target).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MuralApiError);
    expect((error as MuralApiError).code).toBe('MURAL_NOT_FOUND');
    expect((error as Error).message).toContain(`no mural "${emulated.workspaceId}.123"`);
    await expect(tallyKeyMetrics(target)).rejects.toThrow('MURAL_NOT_FOUND');
    expect(emulated.widgets()).toEqual([]);
  });

  test('an expired token that cannot be refreshed, at the start and in the middle of a build', async () => {
    const expected = await cleanShape();
    const { clock, emulated } = muralSetup();
    const stale = emulated.accessToken();
    await clock.sleep(16 * 60_000);
    const expired = connectMural({ fetch: emulated.fetch, muralId: emulated.muralId, getAccessToken: () => stale, clock });
    const error = await buildAccelerateBoard(expired).catch((caught: unknown) => caught);
    expect((error as MuralApiError).code).toBe('TOKEN_EXPIRED');
    expect((error as Error).message).toMatch(/expired.*Sign in to MURAL again/);
    expect(emulated.widgets()).toEqual([]);

    // The refresh itself fails half-way through a build: the build stops, saying why.
    let requests = 0;
    const token = emulated.accessToken();
    const failing = connectMural({
      fetch: async (input, init) => {
        if (++requests === 8) await clock.sleep(16 * 60_000);
        return emulated.fetch(input, init);
      },
      muralId: emulated.muralId,
      getAccessToken: () => (requests < 8 ? token : Promise.reject(new Error('refresh token revoked'))),
      clock,
    });
    await expect(buildAccelerateBoard(failing)).rejects.toThrow(/expired.*refresh token revoked/);
    expect(emulated.widgets().length).toBeGreaterThan(0);
    const next = connectMural({ fetch: emulated.fetch, muralId: emulated.muralId, getAccessToken: () => emulated.accessToken(), clock });
    await buildAccelerateBoard(next);
    expect(muralShape(emulated.widgets())).toEqual(expected);
    expect(orphans(emulated)).toEqual([]);
  }, 20_000);

  test('a token without the murals:write scope: named, nothing written, and a later run with it completes', async () => {
    const expected = await cleanShape();
    const { clock, emulated } = muralSetup();
    const readOnly = connectMural({ fetch: emulated.fetch, muralId: emulated.muralId, getAccessToken: () => emulated.tokenFor('Facilitator', ['murals:read']), clock });
    const error = await buildAccelerateBoard(readOnly).catch((caught: unknown) => caught);
    expect((error as MuralApiError).code).toBe('INVALID_SCOPE');
    expect((error as Error).message).toContain('"murals:write" scope');
    expect(emulated.widgets()).toEqual([]);
    const noRead = connectMural({ fetch: emulated.fetch, muralId: emulated.muralId, getAccessToken: () => emulated.tokenFor('Facilitator', ['murals:write']), clock });
    await expect(buildAccelerateBoard(noRead)).rejects.toThrow('"murals:read" scope');
    const full = connectMural({ fetch: emulated.fetch, muralId: emulated.muralId, getAccessToken: () => emulated.accessToken(), clock });
    await buildAccelerateBoard(full);
    expect(muralShape(emulated.widgets())).toEqual(expected);
  }, 20_000);

  test('connectMural refuses a missing fetch, token source or mural id at once', () => {
    const fetch = async () => new Response(null);
    expect(() => connectMural({ fetch, muralId: '', getAccessToken: () => 't' })).toThrow('muralId');
    expect(() => connectMural({ fetch: undefined as never, muralId: 'w.1', getAccessToken: () => 't' })).toThrow('fetch');
    expect(() => connectMural({ fetch, muralId: 'w.1', getAccessToken: 'token' as never })).toThrow('getAccessToken');
  });
});
