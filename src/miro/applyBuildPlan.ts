import type { Miro } from '@mirohq/websdk-types';
import type { WorkshopConfig } from '../core/config';
import type { BoardPlan } from '../core/plan';
import { reportedFrames, type BuildProgress, type BuildReport } from '../actions/types';
import { acquireBuildLock, type BuildLock } from './buildLock';
import { BuildRun } from './buildRun';
import { AbortedError, createCallQueue, type CallQueueOptions } from './callQueue';
import { realClock } from './clock';
import { readLedgerValue } from './ledger';
import { allSettledOrThrow } from './settle';

export type ApplyBuildOptions = Omit<CallQueueOptions, 'onWaitingForCredits' | 'onWaitingForEdit'> & {
  onProgress?: (progress: BuildProgress) => void;
  /** Recorded in the ledger so later actions know the layout the board was built with. */
  config?: WorkshopConfig;
};

/**
 * Makes the board match the plan, creating only what is missing.
 *
 * Every item the app creates is recorded in the ledger (role key → id) before it is grouped and
 * attached to its frame, so a re-run recognises it wherever people have since moved it. Items
 * created but never recorded (an interrupted run) are adopted when found exactly where the plan
 * puts them. Nothing that is not the app's is moved, edited or removed.
 */
export async function applyBuildPlan(miro: Miro, plan: BoardPlan, options: ApplyBuildOptions = {}): Promise<BuildReport> {
  const stop = new AbortController();
  const cancel = () => stop.abort();
  options.signal?.addEventListener('abort', cancel);
  if (options.signal?.aborted) stop.abort();

  const total = plan.frames.reduce((sum, frame) => sum + 1 + frame.items.length, 0);
  const progress: BuildProgress = { done: 0, total, waitingForCredits: false, waitingForAnotherBuild: false };
  const report = () => options.onProgress?.({ ...progress });
  const queue = createCallQueue({
    ...options,
    signal: stop.signal,
    onWaitingForCredits: (waiting) => {
      progress.waitingForCredits = waiting;
      report();
    },
    onWaitingForEdit: (message) => {
      progress.waitingForEdit = message;
      report();
    },
  });

  let lock: BuildLock | undefined;
  try {
    const readBoardState = () =>
      Promise.all([queue.run(50, () => readLedgerValue(miro)), queue.run(500, () => miro.board.get())]);
    // Read while taking the lock; what was read is current unless another panel held the lock meanwhile.
    const early = readBoardState();
    early.catch(() => undefined);
    let waited = false;
    lock = await acquireBuildLock(miro, queue, options.clock ?? realClock, (waiting) => {
      waited ||= waiting;
      progress.waitingForAnotherBuild = waiting;
      report();
    });
    const [stored, boardItems] = waited ? await readBoardState() : await early;
    const run = new BuildRun(miro, queue, boardItems, stored, () => {
      progress.done++;
      report();
    });
    if (options.config) run.recordConfig(options.config);
    report();
    await run.ungroupLeftovers();
    const frames = await run.ensureFrames(plan);
    await allSettledOrThrow(
      plan.frames.map(async (planned) => {
        await run.completeFrame(planned, frames.get(planned.activity)!);
        await lock?.refresh();
      }),
    );
    if (run.created > 0) await run.keepFirstCopies(plan, frames);
    if (run.ledgerChanged()) await run.persistLedger();
    await Promise.all([queue.run(50, () => miro.board.viewport.zoomTo([...frames.values()])), lock.release()]);
    return {
      ...reportedFrames(new Map([...frames].map(([id, frame]) => [id, frame.id]))),
      created: run.created,
      reused: run.reused,
      calls: queue.stats.calls,
    };
  } catch (error) {
    stop.abort();
    throw options.signal?.aborted ? new AbortedError() : error;
  } finally {
    options.signal?.removeEventListener('abort', cancel);
    await lock?.release();
  }
}

