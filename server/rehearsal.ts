import type { Hono } from 'hono';
import { createEmulatedMural } from '../src/muralEmulator/createEmulatedMural';
import type { EmulatedMural } from '../src/muralEmulator/types';
import { CALLBACK_PATH, MURAL_API_BASE_URL } from './brokerConfig';

/** Where the dev server answers the emulated MURAL's authorize page (the only emulator URL a browser opens). */
export const EMULATED_AUTHORIZE_PATH = '/emulated-mural/oauth2/';

export type Rehearsal = { mural: EmulatedMural; clientId: string; clientSecret: string; authorizeUrl: string };

/**
 * Rehearsal: no MURAL credentials, so the broker signs in against an emulated MURAL held in this
 * process, through the same OAuth flow (authorize page → callback → code exchange with a secret).
 * Its throwaway app credentials never leave the server either.
 */
export function createRehearsal(publicOrigin: string): Rehearsal {
  const client = { clientId: 'accelerate-board-rehearsal', clientSecret: 'rehearsal-only-secret', redirectUris: [`${new URL(publicOrigin).origin}${CALLBACK_PATH}`] };
  const mural = createEmulatedMural({ client, facilitator: 'Facilitator' });
  return { mural, clientId: client.clientId, clientSecret: client.clientSecret, authorizeUrl: EMULATED_AUTHORIZE_PATH };
}

/** The emulated authorize endpoint, answered as MURAL's `GET /authorization/oauth2/` would be (a 302 back to the callback). */
export function addEmulatedAuthorizePage(app: Hono, rehearsal: Rehearsal): void {
  app.get(EMULATED_AUTHORIZE_PATH, (c) => {
    const search = new URL(c.req.url).search;
    return rehearsal.mural.handle(new Request(`${MURAL_API_BASE_URL}/authorization/oauth2/${search}`));
  });
}
