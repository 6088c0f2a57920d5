/** The chart's marks explained once, above the four metrics. */
export function ChartLegend() {
  return (
    <p class="tally-legend" aria-hidden="true">
      <span><svg width="10" height="10" viewBox="0 0 10 10"><rect width="10" height="10" rx="2" fill="#4262ff" /></svg> dots</span>
      <span><svg width="10" height="10" viewBox="0 0 10 10"><rect x=".75" y=".75" width="8.5" height="8.5" rx="2" fill="#ffb23f" stroke="#050038" stroke-width="1.5" /></svg> outlier</span>
      <span><svg width="10" height="10" viewBox="0 0 10 10"><path d="M5 1 l 4.5 7 h -9 z" fill="#050038" /></svg> median</span>
      <span>Click a bar to zoom to it</span>
    </p>
  );
}
