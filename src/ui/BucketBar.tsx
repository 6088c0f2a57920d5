import type { BucketTally } from '../core/tally/tallyBoard';
import { CHART, CHART_BASELINE, type BarLayout } from './tallyChartLayout';
import { bucketBarName, shortBucketLabel } from './tallyFormat';

type BucketBarProps = {
  bucket: BucketTally;
  layout: BarLayout;
  outlier: boolean;
  median: boolean;
  onZoom: (itemId: string, label: string) => void;
};

/** One bucket of a scale chart: its bar and count, and a button that zooms the board to the bucket. */
export function BucketBar({ bucket, layout, outlier, median, onZoom }: BucketBarProps) {
  const { slotX, slotWidth, cx, barX, barY, barHeight } = layout;
  const name = bucketBarName(bucket, { outlier, median });
  const activate = () => {
    if (!bucket.missing) onZoom(bucket.itemId, bucket.label);
  };
  const kind = bucket.missing ? 'missing' : outlier ? 'outlier' : bucket.count > 0 ? 'filled' : 'empty';

  return (
    <g
      class={`tally-bar tally-bar-${kind}`}
      role="button"
      tabindex={bucket.missing ? -1 : 0}
      aria-label={name}
      aria-disabled={bucket.missing ? 'true' : undefined}
      data-count={bucket.count}
      data-outlier={outlier ? 'true' : undefined}
      data-median={median ? 'true' : undefined}
      onClick={activate}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          activate();
        }
      }}
    >
      <title>{bucket.missing ? `${bucket.label} — missing from the board` : `${bucket.label} — ${bucket.count} · click to zoom`}</title>
      <rect class="tally-bar-hit" x={slotX + 1} y={1} width={slotWidth - 2} height={CHART.height - 2} rx={4} fill="transparent" />
      {bucket.missing ? (
        <>
          <rect x={barX} y={CHART.top} width={CHART.barWidth} height={CHART.barArea} rx={2}
            fill="none" stroke="#a5a5bc" stroke-width={1.2} stroke-dasharray="3 2" />
          <text x={cx} y={CHART.top + CHART.barArea / 2 + 4} text-anchor="middle" font-size={11} fill="#7c7c99">×</text>
        </>
      ) : (
        <>
          <rect
            x={barX} y={barY} width={CHART.barWidth} height={barHeight} rx={2}
            fill={outlier ? '#ffb23f' : bucket.count > 0 ? '#4262ff' : '#c7cad9'}
            stroke={outlier ? '#050038' : 'none'}
            stroke-width={outlier ? 1.5 : 0}
          />
          <text x={cx} y={barY - 3} text-anchor="middle" font-size={11}
            font-weight={bucket.count > 0 ? 700 : 400} fill={bucket.count > 0 ? '#050038' : '#a5a5bc'}>
            {outlier ? `${bucket.count}!` : bucket.count}
          </text>
        </>
      )}
      {median ? (
        <path class="tally-median" d={`M ${cx} ${CHART_BASELINE + 1} l 4 5 h -8 z`} fill="#050038" />
      ) : null}
      <text x={cx} y={CHART_BASELINE + CHART.labelOffset} text-anchor="middle" font-size={9.5}
        fill={bucket.missing ? '#a5a5bc' : '#4a4a6a'}>
        {shortBucketLabel(bucket.label)}
      </text>
    </g>
  );
}
