import type { Miro } from '@mirohq/websdk-types';
import { z } from 'zod';
import type { CallQueue } from './callQueue';
import type { Clock } from './clock';
import { STORAGE_COLLECTION } from './ledger';
import { writeThenSettle } from './settle';

const LOCK_KEY = 'buildLock';
/** A lock nobody refreshed for this long belongs to a panel that was closed mid-build. */
export const LOCK_TTL_MS = 90_000;
const REFRESH_AFTER_MS = 30_000;
const POLL_MS = 1_000;
/** A build that keeps its lease this long is not coming to an end: stop waiting for it. */
export const MAX_WAIT_MS = 10 * 60_000;

const LockSchema = z.object({ owner: z.string(), at: z.number() });

export type BuildLock = {
  /** Keeps the lock alive during a long build (cheap: writes at most every 30 s). */
  refresh(): Promise<void>;
  /** Idempotent. */
  release(): Promise<void>;
};

/**
 * One build per board at a time, across panels. Miro's storage has no compare-and-set, so this is
 * a lease: write our claim, wait longer than a round trip, read it back; whoever's claim stands
 * builds, the others wait and then run — finding everything built, they create nothing.
 */
export async function acquireBuildLock(
  miro: Miro,
  queue: CallQueue,
  clock: Clock,
  onWaiting: (waiting: boolean) => void,
): Promise<BuildLock> {
  const collection = miro.board.storage.collection(STORAGE_COLLECTION);
  const owner = globalThis.crypto.randomUUID();
  const read = async () => LockSchema.safeParse(await queue.run(50, () => collection.get(LOCK_KEY))).data;
  const claim = async () => {
    const at = clock.now();
    await queue.run(50, () => collection.set(LOCK_KEY, { owner, at }));
    return at;
  };

  let claimedAt = 0;
  const startedWaiting = clock.now();
  for (;;) {
    const current = await read();
    if (current && current.owner !== owner && clock.now() - current.at < LOCK_TTL_MS) {
      if (clock.now() - startedWaiting >= MAX_WAIT_MS) {
        onWaiting(false);
        throw new Error('Another panel has been building this board for 10 minutes; try again once it has finished.');
      }
      onWaiting(true);
      await clock.sleep(POLL_MS);
      continue;
    }
    await writeThenSettle(clock, async () => {
      claimedAt = await claim();
    });
    if ((await read())?.owner === owner) break;
  }
  onWaiting(false);

  let released = false;
  return {
    async refresh() {
      if (clock.now() - claimedAt >= REFRESH_AFTER_MS) claimedAt = await claim();
    },
    /** Best effort and outside the queue, so a cancelled build still lets go; else the lease expires. */
    async release() {
      if (released) return;
      released = true;
      try {
        if (LockSchema.safeParse(await collection.get(LOCK_KEY)).data?.owner === owner) await collection.remove(LOCK_KEY);
      } catch {
        // The lease runs out by itself.
      }
    },
  };
}
