import type { Miro } from '@mirohq/websdk-types';
import type { CallQueue } from './callQueue';

/**
 * Votes per item from Miro's native voting sessions, summed over sessions. Voting results are an
 * experimental, paid-plan API: on a board that cannot use voting this answers undefined.
 */
export async function readVotesByItem(miro: Miro, queue: CallQueue): Promise<Map<string, number> | undefined> {
  if (!(await queue.run(50, () => miro.board.canUse('voting')))) return undefined;
  const votes = new Map<string, number>();
  const sessions = await queue.run(50, () => miro.board.experimental.getVotingResults());
  for (const session of sessions) {
    for (const { itemId, count } of session.results) votes.set(itemId, (votes.get(itemId) ?? 0) + count);
  }
  return votes;
}
