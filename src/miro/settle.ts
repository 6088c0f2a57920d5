import type { Clock } from './clock';

/**
 * Like `Promise.all`, but waits for every promise before it rejects with the first failure: calls
 * still in flight finish and record what they created, so a failed run leaves nothing unrecorded.
 */
export async function allSettledOrThrow<T>(promises: ReadonlyArray<Promise<T>>): Promise<T[]> {
  const results = await Promise.allSettled(promises);
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
  return results.map((result) => (result as PromiseFulfilledResult<T>).value);
}

const MIN_SETTLE_MS = 50;

/**
 * Storage has no compare-and-set: a write is read back after waiting twice as long as it took, so
 * a rival panel's write issued before ours was read lands first. Returns once that time has passed.
 */
export async function writeThenSettle(clock: Clock, write: () => Promise<void>): Promise<void> {
  const started = clock.now();
  await write();
  await clock.sleep(Math.max(MIN_SETTLE_MS, 2 * (clock.now() - started)));
}
