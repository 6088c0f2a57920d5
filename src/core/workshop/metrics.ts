/**
 * The four key metrics (Accelerate / DORA) and the two horizons participants vote on.
 * Bucket labels follow the DORA Quick Check answers word for word (the article gives lead time's
 * labels, which match); change fail percentage uses the 2022 survey's six-way split.
 */
export const METRIC_IDS = ['leadTime', 'deployFrequency', 'timeToRestore', 'changeFailRate'] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** Every metric scale has this many buckets; index 1 is the worst, 6 the best. */
export const BUCKET_COUNT = 6;
export type BucketIndex = 1 | 2 | 3 | 4 | 5 | 6;
export const BUCKET_INDICES: readonly BucketIndex[] = [1, 2, 3, 4, 5, 6];

export type KeyMetric = {
  readonly id: MetricId;
  readonly title: string;
  /** The question a participant answers with a dot. */
  readonly question: string;
  /** Six labels ordered worst → best; `buckets[i]` is bucket index `i + 1`. */
  readonly buckets: readonly string[];
};

const DURATION_BUCKETS = [
  'More than six months',
  'One to six months',
  'One week to one month',
  'One day to one week',
  'Less than one day',
  'Less than one hour',
] as const;

/** The four key metrics in the order the workshop walks through them. */
export const KEY_METRICS: readonly KeyMetric[] = [
  {
    id: 'leadTime',
    title: 'Lead time for changes',
    question: 'How long does it usually take for a committed change to be running in production?',
    buckets: DURATION_BUCKETS,
  },
  {
    id: 'deployFrequency',
    title: 'Deployment frequency',
    question: 'How often do we usually deploy to production or release to our users?',
    buckets: [
      'Fewer than once per six months',
      'Between once per month and once every six months',
      'Between once per week and once per month',
      'Between once per day and once per week',
      'Between once per hour and once per day',
      'On demand (multiple deploys per day)',
    ],
  },
  {
    id: 'timeToRestore',
    title: 'Time to restore service',
    question: 'When a change or an incident degrades the service, how long does it usually take to restore it?',
    buckets: DURATION_BUCKETS,
  },
  {
    id: 'changeFailRate',
    title: 'Change fail percentage',
    question: 'What share of our changes to production degrade the service and need a fix afterwards?',
    buckets: ['76–100 %', '61–75 %', '46–60 %', '31–45 %', '16–30 %', '0–15 %'],
  },
];

/** Metrics by id, for code that starts from a parsed key. */
export const KEY_METRIC_BY_ID: Readonly<Record<MetricId, KeyMetric>> = Object.fromEntries(
  KEY_METRICS.map((metric) => [metric.id, metric]),
) as Record<MetricId, KeyMetric>;

export const HORIZON_IDS = ['today', 'nextYear'] as const;
export type HorizonId = (typeof HORIZON_IDS)[number];

export type Horizon = {
  readonly id: HorizonId;
  readonly label: string;
  readonly question: string;
  /** Hex fill of this horizon's ready-made dots; the tally tells horizons apart by it. */
  readonly dotColor: string;
  /** Hex colour for text in this horizon's colour on white (contrast ≥ 4.5:1). */
  readonly textColor: string;
  /** The dot colour in words, for the legend. */
  readonly dotColorName: string;
};

/** The two rounds of dots: where we are, and where we could be in a year. */
export const HORIZONS: readonly Horizon[] = [
  { id: 'today', label: 'Today', question: 'Where are we today?', dotColor: '#2d9bf0', dotColorName: 'Blue', textColor: '#0b5cad' },
  { id: 'nextYear', label: 'A year from now', question: 'Where could we be a year from now?', dotColor: '#f24726', dotColorName: 'Red', textColor: '#b3261e' },
];

/** Shown small next to the metrics: DORA renamed MTTR in 2023. */
export const DORA_RECOVERY_NOTE =
  'Note: since 2023 DORA calls MTTR "failed deployment recovery time": how long it takes to recover when a deployment fails.';

/** Fill of bucket `index` (1 worst … 6 best): a light red → light green ramp; dark text reads on every step. */
export const BUCKET_RAMP: readonly string[] = ['#fbd5d0', '#fce3cc', '#fdf0c8', '#eef4cc', '#dcefd0', '#c9e8cf'];
/** Fill of the "Not sure" place beside each scale. */
export const NOT_SURE_FILL = '#eceff3';
export const NOT_SURE_LABEL = 'Not sure';
/** What the 0–10 score means, for the board and the panel. */
export const SCORE_MEANING = 'Score 0–10 (as in DORA\'s Quick Check): where the middle dot sits, 0 at the worst bucket, 10 at the best. "Not sure" dots are counted apart and left out of the score.';
