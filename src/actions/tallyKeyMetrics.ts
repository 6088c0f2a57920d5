import type { Miro } from '@mirohq/websdk-types';
import { tallyBoard, type KeyMetricsTally } from '../core/tally/tallyBoard';
import { TALLY_KEY_PREFIX, tallyChartItems } from '../core/tally/tallyChart';
import { createCallQueue } from '../miro/callQueue';
import { realClock, type Clock } from '../miro/clock';
import { isFrame } from '../miro/itemGuards';
import { persistingLedger } from '../miro/persistingLedger';
import { readBoard } from '../miro/readSnapshot';
import { syncAppItems, type SyncCounts } from '../miro/syncAppItems';
import { readVotesByItem } from '../miro/readVotes';
import { oneAtATime } from './oneAtATime';
import { isMuralBoard, type MuralBoard } from '../mural/connectMural';
import { tallyMuralKeyMetrics } from '../mural/muralActions';

export type TallyOptions = {
  /** Add Miro's native voting results on bucket shapes to the dot counts (paid plans). */
  includeVotes?: boolean;
  clock?: Clock;
  /** Told Miro's lock message while the tally waits for someone to stop editing an item, then null. */
  onWaitingForEdit?: (message: string | null) => void;
};

export type TallyReport = KeyMetricsTally & {
  /** What the tally wrote to the board: the charts beside the scales and the summary lines. */
  board: SyncCounts;
  /** Why votes asked for were not included (no voting on the plan, or Miro refused the results). */
  votesUnavailable?: string;
};

/**
 * Counts the dots on the 4 key metrics scales and draws the result beside them, in place.
 * Reads the board once; an unchanged re-tally writes nothing. Leaves nothing running. Runs after
 * any action still running on this board client (`oneAtATime`).
 * `miro` may also be a mural (`connectMural(…)`): the same report, ids are MURAL widget ids.
 */
export function tallyKeyMetrics(miro: Miro | MuralBoard, options: TallyOptions = {}): Promise<TallyReport> {
  if (isMuralBoard(miro)) return tallyMuralKeyMetrics(miro, options);
  return oneAtATime(miro, () => tally(miro, options));
}

async function tally(miro: Miro, options: TallyOptions): Promise<TallyReport> {
  const queue = createCallQueue({ clock: options.clock, onWaitingForEdit: options.onWaitingForEdit });
  const { items, snapshot } = await queue.run(550, () => readBoard(miro));
  const votes = options.includeVotes ? await readVotesByItem(miro, queue) : undefined;
  const tally = tallyBoard(snapshot, votes?.votes);
  const ledger = snapshot.ledger!;
  const frame = items.get(ledger.frames.keyMetrics ?? '');
  if (!isFrame(frame)) throw new Error('The 4 key metrics frame is missing: click "Build Accelerate board" to restore it.');
  const board = await persistingLedger(miro, queue, options.clock ?? realClock, ledger, () =>
    syncAppItems(miro, queue, { frame, items, ledger, keyPrefix: TALLY_KEY_PREFIX, planned: tallyChartItems(tally) }),
  );
  return { ...tally, board, ...(votes?.unavailable ? { votesUnavailable: votes.unavailable } : {}) };
}
