import { connectMural, isMuralBoard, type MuralBoard } from '../mural/connectMural';
import type { BoardTarget } from '../ui/boardTarget';
import type { PanelActions } from '../ui/panelActions';
import type { LiveBoard } from '../ui/useLiveRecount';
import { API } from './muralDirectory';
import { pollMural } from './pollMural';
import { proxyFetch } from './proxyFetch';

/**
 * A mural reached through the broker: the adapter's requests go to `/mural/api/…` on this origin;
 * the broker replaces the placeholder bearer with the session's token (the page never has one).
 */
export function connectMuralThroughBroker(muralId: string): MuralBoard & LiveBoard {
  let requests = 0;
  const target = connectMural({
    fetch: (path, init) => {
      requests++;
      return proxyFetch(path, init);
    },
    baseUrl: API,
    muralId,
    getAccessToken: () => 'held-by-the-broker',
    // The broker adds no pace of its own; the page keeps under MURAL's 25/s per user.
    maxRequestsPerSecond: 20,
  });
  return { ...target, watchChanges: (onChange) => watchMural(target, () => requests, onChange) };
}

/** Live recount on MURAL: polling while the page is visible (see `pollMural`). */
function watchMural(target: MuralBoard, requestsMade: () => number, onChange: () => void): () => void {
  return pollMural({
    read: async () => {
      const { listWidgets } = await import('../mural/listWidgets');
      const { isAppMetadata, ownershipFrom } = await import('../mural/ownershipRecord');
      const widgets = await listWidgets(target.openClient());
      const owned = ownershipFrom(widgets).owned;
      // People's widgets only: the app's own (its chart above all) change when it recounts.
      return JSON.stringify(
        widgets
          .filter((widget) => !owned.has(widget.id) && !isAppMetadata(widget))
          .map((widget) => [widget.id, widget.x, widget.y, widget.width, widget.height, widget.parentId, widget.text, (widget as { shape?: unknown }).shape])
          .sort(),
      );
    },
    requestsMade,
    onChange,
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    isVisible: () => document.visibilityState !== 'hidden',
    whenVisible: () =>
      new Promise((resolve) => {
        const seen = () => {
          if (document.visibilityState === 'hidden') return;
          document.removeEventListener('visibilitychange', seen);
          resolve();
        };
        document.addEventListener('visibilitychange', seen);
      }),
  });
}

const muralOf = (miro: BoardTarget): MuralBoard => {
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
  addDataProduct: async (miro, input) => (await import('../actions/addDataProduct')).addDataProduct(muralOf(miro), input),
  drawInteractionMap: async (miro, options) => (await import('../actions/drawInteractionMap')).drawInteractionMap(muralOf(miro), options),
  generateReview: async (miro) => (await import('../actions/generateReview')).generateReview(muralOf(miro)),
};
