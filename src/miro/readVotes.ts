import type { Miro } from '@mirohq/websdk-types';
import type { CallQueue } from './callQueue';

export type VotesRead = { votes?: Map<string, number>; unavailable?: string };

/**
 * Votes per item from Miro's native voting sessions, summed over sessions. Voting results are an
 * experimental, paid-plan API that also needs the voting plugin for the team: it can reject even
 * when `canUse('voting')` is true. Then the tally goes on without votes and says why.
 */
export async function readVotesByItem(miro: Miro, queue: CallQueue): Promise<VotesRead> {
  if (!(await queue.run(50, () => miro.board.canUse('voting')))) return { unavailable: 'Miro voting is not available on this board.' };
  try {
    const sessions = await queue.run(50, () => miro.board.experimental.getVotingResults(), { maxAttempts: 2 });
    const votes = new Map<string, number>();
    for (const session of sessions) {
      for (const { itemId, count } of session.results) votes.set(itemId, (votes.get(itemId) ?? 0) + count);
    }
    return { votes };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { unavailable: `Miro voting results were unavailable (${reason}); dots only.` };
  }
}
