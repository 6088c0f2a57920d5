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

/**
 * The board's frames: the cover and the facilitator's prep checklist (no activity: not on the
 * agenda), then one frame per activity. Every adapter keys its frames by these ids.
 */
export const EXTRA_FRAME_IDS = ['cover', 'prep'] as const;
export const FRAME_IDS = [...EXTRA_FRAME_IDS, ...ACTIVITY_IDS] as const;
export type ExtraFrameId = (typeof EXTRA_FRAME_IDS)[number];
export type FrameId = (typeof FRAME_IDS)[number];

export function isActivityId(value: string): value is ActivityId {
  return (ACTIVITY_IDS as readonly string[]).includes(value);
}

/** Activities a facilitator may leave out of the board. */
export const OPTIONAL_ACTIVITIES = ['futurespective', 'checkout'] as const satisfies readonly ActivityId[];
export type OptionalActivityId = (typeof OPTIONAL_ACTIVITIES)[number];
