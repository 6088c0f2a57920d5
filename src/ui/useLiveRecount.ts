import { isMiroBoard, type BoardTarget } from './boardTarget';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { subscribeToBoardChanges } from '../miro/subscribeToBoardChanges';

/** Quiet time after the last board change before recounting, in ms. */
export const LIVE_QUIET_MS = 400;

/** A board target that reports its own changes (the MURAL page's polling), instead of Miro's events. */
export type LiveBoard = { watchChanges: (onChange: () => void) => () => void };

const watchesItself = (board: unknown): board is LiveBoard => typeof (board as Partial<LiveBoard> | null)?.watchChanges === 'function';

/**
 * While `enabled`, recounts after board changes settle. The subscription belongs to the open panel:
 * it ends when `enabled` turns false and when the panel unmounts. Subscribing again recounts at once,
 * since changes made while unsubscribed were not seen.
 */
export function useLiveRecount(miro: BoardTarget, enabled: boolean, recount: () => void): void {
  const latest = useRef(recount);
  latest.current = recount;
  const subscribedBefore = useRef(false);

  // A layout effect: subscribed in the same commit that enables it, so no change slips in before.
  useLayoutEffect(() => {
    if (!enabled) return;
    let unsubscribe: () => void;
    try {
      if (watchesItself(miro)) unsubscribe = miro.watchChanges(() => latest.current());
      else if (isMiroBoard(miro)) unsubscribe = subscribeToBoardChanges(miro, () => latest.current(), { quietMs: LIVE_QUIET_MS });
      else return;
    } catch {
      // A board without events (or a stand-in without `ui`) simply has no live recount.
      return;
    }
    if (subscribedBefore.current) latest.current();
    subscribedBefore.current = true;
    return unsubscribe;
  }, [miro, enabled]);
}
