import type { Item, Miro } from '@mirohq/websdk-types';
import { boardCentresIn } from './boardGeometry';
import type { CallQueue } from './callQueue';
import type { BoardPoint } from './createPlannedItem';
import { isPositioned } from './itemGuards';

/** Rounds of create → read the board → take back what landed → create the rest (as many as the queue retries a call). */
const MAX_ROUNDS = 8;

export type CreateJob<T extends Item> = {
  /** One SDK create call. */
  create(): Promise<T>;
  /** Whether `item` — new on the board since the run read it, and recorded nowhere — is this job's copy. */
  madeIt(item: Item, centreOf: (item: Item) => BoardPoint): boolean;
};

/**
 * Creates that are never repeated blindly. Miro can lose the answer to a create that took effect,
 * so a failed create is not retried as is: once a round has failures, the board is read (one
 * `board.get`), a copy that landed is taken back, and only what is still missing is created again.
 * `known` holds every id the run already accounts for (the board as first read, the ledger); it
 * grows with what this creates, so nothing is taken twice. Results come back in job order; a job
 * that still fails after the last round rejects with its last error.
 */
export async function createReconciled<T extends Item>(
  miro: Miro,
  queue: CallQueue,
  jobs: ReadonlyArray<CreateJob<T>>,
  known: Set<string>,
  /** Told of each job's item as soon as it is known (made or taken back): record it there, so a run that fails keeps it. */
  onMade: (index: number, item: T) => void = () => undefined,
): Promise<T[]> {
  const results = new Array<T | undefined>(jobs.length);
  let pending = jobs.map((_, index) => index);
  let lastError: unknown;
  for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
    if (round > 0) pending = await takeBackLanded(miro, queue, jobs, pending, results, known, onMade);
    const outcomes = await Promise.allSettled(pending.map((index) => queue.run(50, () => jobs[index]!.create(), { maxAttempts: 1 })));
    const failed: number[] = [];
    outcomes.forEach((outcome, i) => {
      const index = pending[i]!;
      if (outcome.status === 'fulfilled') {
        results[index] = outcome.value;
        known.add(outcome.value.id);
        onMade(index, outcome.value);
      } else {
        lastError = outcome.reason;
        failed.push(index);
      }
    });
    pending = failed;
  }
  if (pending.length > 0) pending = await takeBackLanded(miro, queue, jobs, pending, results, known, onMade);
  if (pending.length > 0) throw lastError;
  return results as T[];
}

/** Reads the board and fills `results` with the copies that landed; returns the jobs still missing. */
async function takeBackLanded<T extends Item>(
  miro: Miro,
  queue: CallQueue,
  jobs: ReadonlyArray<CreateJob<T>>,
  pending: readonly number[],
  results: Array<T | undefined>,
  known: Set<string>,
  onMade: (index: number, item: T) => void,
): Promise<number[]> {
  const board = await queue.run(500, () => miro.board.get());
  const byId = new Map(board.map((item) => [item.id, item]));
  const centreIn = boardCentresIn(byId);
  const centreOf = (item: Item) => (isPositioned(item) ? centreIn(item) : { x: Number.NaN, y: Number.NaN });
  const strays = board.filter((item) => !known.has(item.id));
  return pending.filter((index) => {
    const copy = strays.find((item) => !known.has(item.id) && jobs[index]!.madeIt(item, centreOf));
    if (!copy) return true;
    results[index] = copy as T;
    known.add(copy.id);
    onMade(index, copy as T);
    return false;
  });
}
