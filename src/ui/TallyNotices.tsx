import { unplacedDotsText } from './tallyFormat';

type TallyNoticesProps = { unplacedDots: number; missingBuckets: readonly string[] };

/** What the count could not include: dots off every bucket, and buckets no longer on the board. */
export function TallyNotices({ unplacedDots, missingBuckets }: TallyNoticesProps) {
  if (unplacedDots === 0 && missingBuckets.length === 0) return null;
  return (
    <div class="action-result action-result-warning tally-notices" role="status">
      {missingBuckets.length > 0 ? (
        <>
          <p class="p-small">
            <strong>{missingBuckets.length === 1 ? 'A bucket is missing' : `${missingBuckets.length} buckets are missing`}</strong>{' '}
            from the board, so dots there cannot be counted. Run “Build Accelerate board” again to restore{' '}
            {missingBuckets.length === 1 ? 'it' : 'them'}:
          </p>
          <ul class="tally-missing-list">
            {missingBuckets.map((bucket) => (
              <li key={bucket}>{bucket}</li>
            ))}
          </ul>
        </>
      ) : null}
      {unplacedDots > 0 ? <p class="p-small">{unplacedDotsText(unplacedDots)}</p> : null}
    </div>
  );
}
