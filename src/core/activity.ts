/** The workshop's activities, in agenda order. Each becomes one frame on the board. */
export const ACTIVITY_IDS = [
  'kickoff',
  'principles',
  'nirvana',
  'keyMetrics',
  'okrs',
  'useCases',
  'dataProducts',
  'review',
  'futurespective',
  'checkout',
] as const;

export type ActivityId = (typeof ACTIVITY_IDS)[number];

/** Activities a facilitator may leave out of the board. */
export const OPTIONAL_ACTIVITIES = ['futurespective', 'checkout'] as const satisfies readonly ActivityId[];
export type OptionalActivityId = (typeof OPTIONAL_ACTIVITIES)[number];
