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
