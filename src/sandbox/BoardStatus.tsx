import type { EmulatorStats } from '../index';

type BoardStatusProps = { itemCount: number; stats: EmulatorStats; notice: string | null };

/** What the emulated board has cost so far: the figures a facilitator would watch on a real board. */
export function BoardStatus({ itemCount, stats, notice }: BoardStatusProps) {
  return (
    <div class="sandbox-status" aria-live="polite">
      <span>
        {itemCount} items · {stats.calls} SDK calls · {stats.credits.toLocaleString('en')} credits
      </span>
      {notice ? <span class="sandbox-notice"> · {notice}</span> : null}
    </div>
  );
}
