import type { Miro } from '@mirohq/websdk-types';
import { connectMural, isMuralBoard, type MuralBoard } from '../mural/connectMural';
import type { PanelActions } from '../ui/panelActions';
import { API } from './muralDirectory';
import { proxyFetch } from './proxyFetch';

/**
 * A mural reached through the broker: the adapter's requests go to `/mural/api/…` on this origin;
 * the broker replaces the placeholder bearer with the session's token (the page never has one).
 */
export function connectMuralThroughBroker(muralId: string): MuralBoard {
  return connectMural({
    fetch: (path, init) => proxyFetch(path, init),
    baseUrl: API,
    muralId,
    getAccessToken: () => 'held-by-the-broker',
    // The broker adds no pace of its own; the page keeps under MURAL's 25/s per user.
    maxRequestsPerSecond: 20,
  });
}

/**
 * The Panel is written against Miro's SDK object; its actions dispatch on the target (`isMuralBoard`).
 * The MURAL page hands it the mural target in that slot: only the actions below ever use it, and the
 * Miro-only hooks (voting, zoom, board events) fail soft on it (no `board`).
 */
export function asPanelTarget(target: MuralBoard): Miro {
  return target as unknown as Miro;
}

const notYet = (what: string) => () => Promise.reject(new Error(`${what} is not available on MURAL yet: run it on Miro, or wait for the next version of the MURAL page.`));

const muralOf = (miro: Miro): MuralBoard => {
  if (!isMuralBoard(miro)) throw new TypeError('The MURAL page was given a Miro board.');
  return miro;
};

export const muralPanelActions: Partial<PanelActions> = {
  buildAccelerateBoard: async (miro, options) => (await import('../actions/buildAccelerateBoard')).buildAccelerateBoard(muralOf(miro), options),
  tallyKeyMetrics: async (miro, options) => (await import('../actions/tallyKeyMetrics')).tallyKeyMetrics(muralOf(miro), options),
  readBoardStatus: async (miro) => {
    const { readMural } = await import('../mural/readMural');
    const read = await readMural(muralOf(miro).openClient());
    return read.ownership.records.size > 0 ? 'built' : 'notBuilt';
  },
  addDataProduct: notYet('Add data product'),
  drawInteractionMap: notYet('Draw interaction map'),
  generateReview: notYet('Generate review'),
};
