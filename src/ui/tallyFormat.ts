import type { MetricTally, ScaleTally } from '../core/tally/tallyBoard';

/**
 * Bucket labels short enough to sit under a 53 px bar. Durations keep their words' order; deployment
 * frequency reads as deploys per period. The full label stays in the bar's tooltip and accessible name.
 */
const SHORT_LABELS: Readonly<Record<string, string>> = {
  'More than six months': '> 6 mo',
  'One to six months': '1–6 mo',
  'One week to one month': '1 wk–1 mo',
  'One day to one week': '1 d–1 wk',
  'Less than one day': '< 1 day',
  'Less than one hour': '< 1 h',
  'Less than once per six months': '< 2 / yr',
  'Between once per month and once every six months': '2–12 / yr',
  'Between once per week and once per month': '1–4 / mo',
  'Between once per day and once per week': '1–7 / wk',
  'Between once per hour and once per day': '1–24 / d',
  'On demand (multiple deploys per day)': 'on demand',
};

const SHORT_MAX = 10;

export function shortBucketLabel(label: string): string {
  const known = SHORT_LABELS[label];
  if (known) return known;
  const compact = label.replace(/\s+%/g, '%');
  return compact.length <= SHORT_MAX ? compact : `${compact.slice(0, SHORT_MAX - 1)}…`;
}

/** 0–10 with at most one decimal; '–' without dots. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : String(Math.round(score * 10) / 10);
}

export function formatSigned(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${Math.abs(rounded)}` : '±0';
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "4 dots · median 1–6 mo · score 2 / 10", or "no dots yet". */
export function scaleCaption(scale: ScaleTally): string {
  if (!scale.median) return scale.total > 0 ? plural(scale.total, 'dot') : 'no dots yet';
  return `${plural(scale.total, 'dot')} · median ${shortBucketLabel(scale.median.label)} · score ${formatScore(scale.score)} / 10`;
}

/** "Score 2 → 6 (+4), median +2 buckets", or why there is no shift yet. */
export function shiftText(metric: MetricTally): string {
  const [today, nextYear] = metric.horizons;
  if (!metric.shift) return 'Shift: needs dots on both scales.';
  const buckets = plural(Math.abs(metric.shift.buckets), 'bucket');
  const direction = metric.shift.buckets === 0 ? 'median unchanged' : `median ${metric.shift.buckets > 0 ? '+' : '−'}${buckets}`;
  return `Shift: score ${formatScore(today?.score ?? null)} → ${formatScore(nextYear?.score ?? null)} (${formatSigned(metric.shift.score)}), ${direction}.`;
}

/** The accessible name of one bar: what it counts, how it stands out, and what activating it does. */
export function bucketBarName(
  bucket: { label: string; count: number; missing: boolean },
  flags: { outlier: boolean; median: boolean },
): string {
  if (bucket.missing) return `${bucket.label}: missing from the board`;
  const notes = [flags.median ? 'median' : '', flags.outlier ? 'outlier' : ''].filter(Boolean);
  return `${bucket.label}: ${plural(bucket.count, 'dot')}${notes.length > 0 ? `, ${notes.join(', ')}` : ''}. Zoom to bucket`;
}

export function unplacedDotsText(count: number): string {
  return `${plural(count, 'dot')} on the key metrics frame ${count === 1 ? 'lies' : 'lie'} outside every bucket and ${count === 1 ? 'is' : 'are'} not counted.`;
}

/** What was counted as a dot, by the item type Miro reported: "Counted as dots: 3 × shape, 1 × stamp". */
export function dotTypesText(dotTypes: Readonly<Record<string, number>>): string {
  return `Counted as dots: ${Object.entries(dotTypes).map(([type, count]) => `${count} × ${type}`).join(', ')}`;
}
