import { isActivityId, type ActivityId } from '../activity';
import { HORIZON_IDS, METRIC_IDS, type BucketIndex, type HorizonId, type MetricId } from './metrics';
import type { PrincipleId } from './principles';

/*
 * Role keys name every item the build draws, e.g. `keyMetrics/leadTime/today/bucket/1`.
 * Re-runs, the tally and the review find items by these keys, so the grammar lives in one place.
 */

/** The text items every activity frame has, stacked in its left column. */
export type SidebarRole = 'title' | 'timebox' | 'goal' | 'steps' | 'prompt';

/** Area names per activity (the `<area>` in `<activity>/area/<area>`). */
export type AreaNames = {
  kickoff: 'introductions';
  principles: PrincipleId | 'same' | 'different' | 'surprised';
  nirvana: `group-${number}` | 'shared';
  keyMetrics: 'stories';
  okrs: `objective-${number}`;
  useCases: `brainstorm-${number}` | 'efficiency' | 'experience' | 'discarded' | 'selected';
  dataProducts: 'products' | 'map';
  review: 'nextSteps' | 'learnings';
  futurespective: 'posts';
  checkout: 'words';
};

/** `<activity>/<role>`: one of the left-column text items every frame has. */
export function sidebarKey(activity: ActivityId, role: SidebarRole): string {
  return `${activity}/${role}`;
}
/** `<activity>/title`. */
export function titleKey(activity: ActivityId): string {
  return sidebarKey(activity, 'title');
}
/** `<activity>/goal`. */
export function goalKey(activity: ActivityId): string {
  return sidebarKey(activity, 'goal');
}
/** `<activity>/steps`. */
export function stepsKey(activity: ActivityId): string {
  return sidebarKey(activity, 'steps');
}
/** `<activity>/prompt`. */
export function promptKey(activity: ActivityId): string {
  return sidebarKey(activity, 'prompt');
}

/** Single items with a fixed role, outside the left column and the areas. */
export const KICKOFF_PURPOSE_KEY = 'kickoff/purpose';
export const KICKOFF_GROUND_RULES_KEY = 'kickoff/groundRules';
export const COVER_AGENDA_KEY = 'cover/agenda';
export const COVER_LEGEND_KEY = 'cover/legend';
export const COVER_WELCOME_KEY = 'cover/welcome';
export const PREP_CHECKLIST_KEY = 'prep/checklist';
export const DORA_NOTE_KEY = 'keyMetrics/doraNote';
export const OKR_HINT_KEY = 'okrs/hint';
export const USE_CASE_TEMPLATE_KEY = 'useCases/template';
/** The data product template sticky: a template, not a data product. */
export const DATA_PRODUCT_TEMPLATE_KEY = 'dataProducts/template';
export const DATA_PRODUCT_TEMPLATE_HINT_KEY = 'dataProducts/templateHint';

/** `<activity>/area/<area>`: a rectangle shape participants put stickies in. */
export function areaKey<A extends ActivityId>(activity: A, area: AreaNames[A]): string {
  return `${activity}/area/${area}`;
}

/** `nirvana/area/group-<g>`, g = 1..groups. */
export function nirvanaGroupAreaKey(group: number): string {
  return areaKey('nirvana', `group-${group}`);
}
/** The "Our Nirvana is…" sticky drawn in a group's area. */
export function nirvanaStarterKey(group: number): string {
  return `nirvana/group-${group}/starter`;
}
/** `useCases/area/brainstorm-<g>`, g = 1..groups. */
export function useCaseBrainstormAreaKey(group: number): string {
  return areaKey('useCases', `brainstorm-${group}`);
}
/** `okrs/area/objective-<n>`. */
export function objectiveAreaKey(n: number): string {
  return areaKey('okrs', `objective-${n}`);
}
/** `principles/<principle>/explanation`: the one-line explanation text. */
export function principleExplanationKey(principle: PrincipleId): string {
  return `principles/${principle}/explanation`;
}
/** `principles/area/<principle>`: where that principle's challenges go. */
export function principleAreaKey(principle: PrincipleId): string {
  return areaKey('principles', principle);
}

/** The metric's title-and-question label. */
export function metricTitleKey(metric: MetricId): string {
  return `keyMetrics/${metric}/title`;
}
/** The label in front of one horizon's scale of a metric. */
export function horizonLabelKey(metric: MetricId, horizon: HorizonId): string {
  return `keyMetrics/${metric}/${horizon}/label`;
}
/** One bucket shape; index 1 is the worst bucket, 6 the best. */
export function bucketKey(metric: MetricId, horizon: HorizonId, index: BucketIndex): string {
  return `keyMetrics/${metric}/${horizon}/bucket/${index}`;
}
/** A ready-made dot in the palette, n = 1..12. Palette dots are not votes. */
/** `keyMetrics/<metric>/<horizon>/notSure`: the place for a dot when someone does not know; counted apart. */
export function notSureKey(metric: MetricId, horizon: HorizonId): string {
  return `keyMetrics/${metric}/${horizon}/notSure`;
}
export function paletteDotKey(horizon: HorizonId, n: number): string {
  return `keyMetrics/palette/${horizon}/dot/${n}`;
}
/** The label over one horizon's ready-made dots. */
export function paletteLabelKey(horizon: HorizonId): string {
  return `keyMetrics/palette/${horizon}/label`;
}

/** What a bucket key names. */
export type BucketRef = { metric: MetricId; horizon: HorizonId; index: BucketIndex };

const BUCKET_KEY = /^keyMetrics\/([A-Za-z]+)\/([A-Za-z]+)\/bucket\/([1-6])$/;
const PALETTE_DOT_KEY = /^keyMetrics\/palette\/([A-Za-z]+)\/dot\/([1-9][0-9]*)$/;
const AREA_KEY = /^([A-Za-z]+)\/area\/([A-Za-z0-9-]+)$/;

function isMetricId(value: string): value is MetricId {
  return (METRIC_IDS as readonly string[]).includes(value);
}
function isHorizonId(value: string): value is HorizonId {
  return (HORIZON_IDS as readonly string[]).includes(value);
}

/** The bucket a key names, or undefined when the key is not a bucket key. */
export function parseBucketKey(key: string): BucketRef | undefined {
  const match = BUCKET_KEY.exec(key);
  if (!match) return undefined;
  const [, metric = '', horizon = '', index = ''] = match;
  if (!isMetricId(metric) || !isHorizonId(horizon)) return undefined;
  return { metric, horizon, index: Number(index) as BucketIndex };
}

/** The palette dot a key names, or undefined. */
export function parsePaletteDotKey(key: string): { horizon: HorizonId; n: number } | undefined {
  const match = PALETTE_DOT_KEY.exec(key);
  if (!match) return undefined;
  const [, horizon = '', n = ''] = match;
  return isHorizonId(horizon) ? { horizon, n: Number(n) } : undefined;
}

/** The activity and area name an area key names, or undefined. */
export function parseAreaKey(key: string): { activity: ActivityId; area: string } | undefined {
  const match = AREA_KEY.exec(key);
  if (!match) return undefined;
  const [, activity = '', area = ''] = match;
  return isActivityId(activity) ? { activity, area } : undefined;
}

/** The activity whose frame holds the item with this key (its first segment), or undefined. */
export function activityOfKey(key: string): ActivityId | undefined {
  const first = key.split('/', 1)[0] ?? '';
  return isActivityId(first) ? first : undefined;
}
