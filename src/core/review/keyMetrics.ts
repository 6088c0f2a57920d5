import type { BoardSnapshot } from '../snapshot';
import { tallyBoard, type KeyMetricsTally } from '../tally/tallyBoard';

/** The tally of the 4 key metrics, or null on a board without the key metrics frame. */
export function keyMetricsReview(snapshot: BoardSnapshot): KeyMetricsTally | null {
  const frameId = snapshot.ledger?.frames.keyMetrics;
  if (!frameId || !snapshot.items.some((item) => item.id === frameId)) return null;
  return tallyBoard(snapshot);
}

/** Whether any dot was counted on any scale. */
export function hasKeyMetricDots(tally: KeyMetricsTally | null): boolean {
  return !!tally && tally.metrics.some((metric) => metric.horizons.some((scale) => scale.total > 0));
}
