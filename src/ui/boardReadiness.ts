import type { ActionState } from './useAction';

/** What the panel knows of this board: the ledger's answer when it opened ('unknown' while asking, or when asking failed). */
export type StoredBoardStatus = 'unknown' | 'built' | 'notBuilt';

export type BoardReadiness =
  | { ready: true; hint: null; reason: null }
  | { ready: false; hint: string; reason: string };

export const BUILD_HINT = 'Start here: press Build Accelerate board to lay out the workshop on this board.';
export const NEEDS_BUILT_BOARD = 'Tally, Add data product, Draw interaction map and Generate review need the workshop board: build it first.';

/**
 * Whether the actions that need a built board (tally, add data product, map, review) can run.
 * Built when the last build here finished, or the stored ledger says the app built this board.
 * Only a known "not built" blocks: while the panel is still asking, or when asking failed, the
 * actions stay available and say themselves what is missing.
 */
export function boardReadinessFrom(stored: StoredBoardStatus, lastBuild: ActionState<unknown>['status']): BoardReadiness {
  if (lastBuild === 'done' || stored !== 'notBuilt') return { ready: true, hint: null, reason: null };
  return { ready: false, hint: BUILD_HINT, reason: NEEDS_BUILT_BOARD };
}
