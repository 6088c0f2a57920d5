import type { Miro } from '@mirohq/websdk-types';
import { tallyBoard, type KeyMetricsTally } from '../core/tally/tallyBoard';
import { TALLY_KEY_PREFIX, tallyChartItems } from '../core/tally/tallyChart';
import { createCallQueue } from '../miro/callQueue';
import type { Clock } from '../miro/clock';
import { isFrame } from '../miro/itemGuards';
import { writeLedgerValue } from '../miro/ledger';
import { readBoard } from '../miro/readSnapshot';
import { syncAppItems, type SyncCounts } from '../miro/syncAppItems';
import { readVotesByItem } from '../miro/readVotes';

export type TallyOptions = {
  /** Add Miro's native voting results on bucket shapes to the dot counts (paid plans). */
  includeVotes?: boolean;
  clock?: Clock;
};

export type TallyReport = KeyMetricsTally & {
  /** What the tally wrote to the board: the charts beside the scales and the summary lines. */
  board: SyncCounts;
};

/**
 * Counts the dots on the 4 key metrics scales and draws the result beside them, in place.
 * Reads the board once; an unchanged re-tally writes nothing. Leaves nothing running.
 */
export async function tallyKeyMetrics(miro: Miro, options: TallyOptions = {}): Promise<TallyReport> {
  const queue = createCallQueue({ clock: options.clock });
  const { items, snapshot } = await queue.run(550, () => readBoard(miro));
  const votes = options.includeVotes ? await readVotesByItem(miro, queue) : undefined;
  const tally = tallyBoard(snapshot, votes);
  const ledger = snapshot.ledger!;
  const frame = items.get(ledger.frames.keyMetrics ?? '');
  if (!isFrame(frame)) throw new Error('The 4 key metrics frame is missing: click "Build Accelerate board" to restore it.');
  const board = await syncAppItems(miro, queue, { frame, items, ledger, keyPrefix: TALLY_KEY_PREFIX, planned: tallyChartItems(tally) });
  if (board.created > 0 || board.removed > 0) await queue.run(50, () => writeLedgerValue(miro, ledger));
  return { ...tally, board };
}
