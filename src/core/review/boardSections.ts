import type { RichLine } from '../layout/items';
import type { MetricTally, ScaleTally } from '../tally/tallyBoard';
import type { Entry } from './fitText';
import { hasKeyMetricDots } from './keyMetrics';
import type { ReviewSectionId } from './reviewLayout';
import { shortenForBoard as short } from './shorten';
import type { ProductEnd, Review, ReviewNote, UseCase } from './types';

/** What one section shows on the board: its entries and the lines around them (plain text). */
export type SectionContent = { entries: Entry[]; lead?: RichLine[]; tail?: RichLine[]; weights?: number[] };

/** Check-out words per line of the section: a line is what the review cuts when the page is full. */
const WORDS_PER_LINE = 12;

/** What an empty section or principle says on the board. */
export const NOTHING_CAPTURED = 'Nothing captured yet.';

const bullet = (note: ReviewNote): Entry => [`• ${short(note.text)}`];
const subheading = (text: string): RichLine => ({ strong: text });

/**
 * The board content of every section, from the review: what people wrote, as content for an
 * executive audience. Lints, reading rules and warnings stay in the panel (and the Markdown).
 */
export function boardSections(review: Review): Record<ReviewSectionId, SectionContent> {
  return {
    nirvana: nirvanaContent(review),
    okrs: okrContent(review),
    useCases: useCaseContent(review.useCases),
    dataProducts: dataProductContent(review),
    keyMetrics: keyMetricsContent(review),
    principles: principleContent(review),
    futurespective: { entries: review.futurespective.map(bullet) },
    checkout: checkoutContent(review),
  };
}

function nirvanaContent(review: Review): SectionContent {
  const { shared, groups } = review.nirvana;
  const statements = groups.flatMap(({ group, statements: notes }) => notes.map((note): Entry => [`Group ${group}: ${short(note.text, 200)}`]));
  const quotes = shared.map((note): Entry => [{ strong: `“${short(note.text, 280)}”` }]);
  if (quotes.length === 0) return { entries: statements, lead: statements.length > 0 ? [{ em: 'No shared statement yet. The groups said:' }] : [] };
  const groupsSaid: Entry[] = statements.length > 0 ? [[{ em: 'Where the groups started from:' }], ...statements] : [];
  return { entries: [...quotes, ...groupsSaid] };
}

function okrContent(review: Review): SectionContent {
  const entries = review.objectives.map((objective): Entry => {
    const statement = objective.statement === '' ? '(objective not written yet)' : short(objective.statement);
    const keyResults = objective.keyResults.map((keyResult, index) => `KR ${objective.number}.${index + 1}: ${short(keyResult.text)}`);
    return [subheading(`Objective ${objective.number}: ${statement}`), ...(keyResults.length > 0 ? keyResults : [{ em: 'No key results yet.' }])];
  });
  return { entries };
}

function useCaseContent(useCases: readonly UseCase[]): SectionContent {
  const listed = useCases.filter((useCase) => useCase.cluster !== 'discarded');
  const setAside = useCases.filter((useCase) => useCase.cluster === 'discarded');
  const entries = listed.map((useCase, index): Entry => {
    const serves = useCase.objective !== null ? `  → objective ${useCase.objective}` : '';
    const mark = useCase.cluster === 'selected' ? '★ ' : '';
    return [`${index + 1}. ${mark}${short(useCase.template?.useCase ?? useCase.text)}${serves}`];
  });
  const selected = listed.some((useCase) => useCase.cluster === 'selected');
  return {
    lead: selected ? [{ em: '★ selected to take forward' }] : [],
    entries,
    tail: setAside.length > 0 ? [{ em: `Set aside, not analytical: ${short(setAside.map((useCase) => useCase.text).join('; '), 240)}` }] : [],
  };
}

function dataProductContent(review: Review): SectionContent {
  const { products, links } = review.dataProducts;
  const names = (ends: readonly ProductEnd[]) => short(ends.map((end) => end.name).join(', ')) || '—';
  const entries = products.map((product): Entry => [
    subheading(short(product.name, 80)),
    `Job: ${short(product.job) || '—'}`,
    ...(product.useCase ? [`Use case: ${short(product.useCase)}`] : []),
    `Owner: ${short(product.owner, 80) || '—'} · Sources: ${names(product.sources)} · Consumers: ${names(product.consumers)}`,
  ]);
  const nameOf = new Map(products.map((product) => [product.itemId, short(product.name, 60)]));
  const linkLines = links.map((link) => `${nameOf.get(link.from) ?? '?'} → ${nameOf.get(link.to) ?? '?'}`);
  return { entries, tail: linkLines.length > 0 ? [{ em: `Links in the interaction map: ${linkLines.join(' · ')}` }] : [] };
}

function keyMetricsContent(review: Review): SectionContent {
  const stories = review.stories.map(bullet);
  const storyEntries: Entry[] = stories.length > 0 ? [[subheading('Stories behind the dots')], ...stories] : [];
  if (!hasKeyMetricDots(review.keyMetrics)) return { entries: storyEntries };
  const voted = (review.keyMetrics?.metrics ?? []).filter((metric) => metric.horizons.some((scale) => scale.total > 0));
  const metrics = voted.map((metric): Entry => [subheading(metric.title), plainMetricLine(metric)]);
  return { entries: [...metrics, ...storyEntries] };
}

/** "Today most of us say one week to one month; a year from now, one day to one week." */
function plainMetricLine(metric: MetricTally): string {
  const sentence = metric.summary.startsWith(`${metric.title}: `) ? metric.summary.slice(metric.title.length + 2) : metric.summary;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function checkoutContent(review: Review): SectionContent {
  const words = review.checkout.map((note) => short(note.text, 40).replace(/\s+/g, ' '));
  const lines = Array.from({ length: Math.ceil(words.length / WORDS_PER_LINE) }, (_, line) => words.slice(line * WORDS_PER_LINE, (line + 1) * WORDS_PER_LINE));
  return { entries: lines.map((line): Entry => [line.join(' · ')]), weights: lines.map((line) => line.length) };
}

/** "One to six months (spread 2, score 2) → Less than one day (spread 1, score 8), +3 buckets". */
export function metricLine(metric: MetricTally): string {
  const part = (scale: ScaleTally | undefined) => (scale?.median ? `${scale.median.label} (spread ${scale.spread}, score ${scale.score})` : 'no dots');
  const [today, nextYear] = metric.horizons;
  const shift = metric.shift ? `, ${metric.shift.buckets >= 0 ? '+' : ''}${metric.shift.buckets} buckets` : '';
  return `${part(today)} → ${part(nextYear)}${shift}`;
}

function principleContent(review: Review): SectionContent {
  const { same, different, surprised } = review.observations;
  const challenged = review.principles.filter((principle) => principle.challenges.length > 0);
  const entries: Entry[] = challenged.flatMap(({ title, challenges }) => [[subheading(title)], ...challenges.map((note): Entry => [`• ${short(note.text, 140)}`])]);
  const observed: Array<[string, readonly ReviewNote[]]> = [
    ['What was the same', same],
    ['What was different', different],
    ['What surprised us', surprised],
    ['Observations and learnings', review.learnings],
  ];
  for (const [title, notes] of observed) if (notes.length > 0) entries.push([subheading(title)], ...notes.map(bullet));
  return { entries };
}
