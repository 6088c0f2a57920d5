import type { RichLine } from '../layout/items';
import type { MetricTally, ScaleTally } from '../tally/tallyBoard';
import { USE_CASE_TEMPLATE } from '../workshop/templates';
import type { Entry, FitOptions } from './fitText';
import { hasKeyMetricDots } from './keyMetrics';
import { MAX_KEY_RESULTS } from './okrLints';
import { OKR_READING_RULE } from './okrs';
import type { ReviewSectionId } from './reviewLayout';
import { shortenForBoard as short } from './shorten';
import type { Lint, ProductEnd, Review, ReviewNote, UseCase } from './types';

/** What one section shows on the board: its entries and the lines around them (plain text). */
export type SectionContent = { entries: Entry[] } & Pick<FitOptions, 'lead' | 'tail' | 'inline'>;

/** What an empty section or principle says on the board. */
export const NOTHING_CAPTURED = 'Nothing captured yet.';
/** Key results listed per objective on the board; the rest are counted. */
const KEY_RESULTS_SHOWN = MAX_KEY_RESULTS + 1;
const CHALLENGES_SHOWN = 3;

const bullet = (note: ReviewNote): Entry => [`• ${short(note.text)}`];
const warning = (text: string): RichLine => ({ em: `⚠ ${text}` });

/** The board content of every section, from the review. */
export function boardSections(review: Review): Record<ReviewSectionId, SectionContent> {
  const lintsOf = (itemId: string | null) => review.lints.filter((lint) => lint.itemId !== null && lint.itemId === itemId);
  return {
    nirvana: nirvanaContent(review),
    okrs: okrContent(review, lintsOf),
    useCases: useCaseContent(review.useCases),
    dataProducts: dataProductContent(review, lintsOf),
    keyMetrics: keyMetricsContent(review),
    principles: principleContent(review),
    futurespective: { entries: review.futurespective.map(bullet) },
    checkout: { entries: review.checkout.map((note) => [short(note.text, 40)]), inline: ' · ' },
  };
}

function nirvanaContent(review: Review): SectionContent {
  const { shared, groups } = review.nirvana;
  if (shared.length > 0) return { entries: shared.map((note) => [`“${short(note.text, 280)}”`]) };
  const statements = groups.flatMap(({ group, statements: notes }) => notes.map((note): Entry => [`Group ${group}: ${short(note.text, 200)}`]));
  return statements.length > 0 ? { lead: [{ em: 'No shared statement yet. The groups said:' }], entries: statements } : { entries: [] };
}

function okrContent(review: Review, lintsOf: (itemId: string | null) => Lint[]): SectionContent {
  const tooMany = review.lints.find((lint) => lint.code === 'too-many-objectives');
  const entries = review.objectives.map((objective): Entry => {
    const statement = objective.statement === '' ? '(objective not written yet)' : short(objective.statement);
    const flags = lintsOf(objective.itemId).map((lint) =>
      warning(lint.code === 'objective-is-output' ? 'Reads as an output, not an outcome.' : `${objective.keyResults.length} key results: ${MAX_KEY_RESULTS} at most.`),
    );
    const shown = objective.keyResults.slice(0, KEY_RESULTS_SHOWN).map((keyResult) => {
      const measurable = lintsOf(keyResult.itemId).length === 0;
      return `– ${short(keyResult.text)}${measurable ? '' : '  ⚠ no number, % or from–to'}`;
    });
    const hidden = objective.keyResults.length - shown.length;
    const keyResults = objective.keyResults.length === 0 ? [{ em: 'No key results yet.' }] : shown;
    return [{ strong: `Objective ${objective.number}: ${statement}` }, ...flags, ...keyResults, ...(hidden > 0 ? [`+${hidden} more key results`] : [])];
  });
  return { lead: entries.length > 0 ? [{ em: OKR_READING_RULE }, ...(tooMany ? [warning(tooMany.message)] : [])] : [], entries };
}

function useCaseContent(useCases: readonly UseCase[]): SectionContent {
  const listed = useCases.filter((useCase) => useCase.cluster !== 'discarded');
  const setAside = useCases.length - listed.length;
  const entries = listed.map((useCase): Entry => {
    const status = !useCase.template
      ? warning('Not in the template form.')
      : { em: `✓ template · goal: ${short(useCase.template.goal, 60)} → ${useCase.objective !== null ? `objective ${useCase.objective}` : '⚠ matches no objective'}` };
    return [`${useCase.cluster === 'selected' ? '★' : '•'} ${short(useCase.text)}`, status];
  });
  return {
    lead: listed.length > 0 ? [{ em: `★ selected. Template: ${USE_CASE_TEMPLATE}` }] : [],
    entries,
    tail: setAside > 0 ? [`Set aside (not analytical): ${setAside}`] : [],
  };
}

function dataProductContent(review: Review, lintsOf: (itemId: string | null) => Lint[]): SectionContent {
  const { products, links } = review.dataProducts;
  const names = (ends: readonly ProductEnd[]) => short(ends.map((end) => end.name).join(', ')) || '—';
  const entries = products.map((product): Entry => [
    { strong: short(product.name, 80) },
    `Job: ${short(product.job) || '—'}`,
    `Owner: ${short(product.owner, 80) || '—'}`,
    `Sources: ${names(product.sources)}`,
    `Consumers: ${names(product.consumers)}`,
    ...lintsOf(product.itemId).map((lint) =>
      warning(lint.code === 'data-product-no-owner' ? 'No owner.' : 'Job longer than two sentences.'),
    ),
  ]);
  const count = `${products.length} data product${products.length === 1 ? '' : 's'} · ${links.length} link${links.length === 1 ? '' : 's'} in the interaction map`;
  return { lead: products.length > 0 ? [{ em: count }] : [], entries };
}

function keyMetricsContent(review: Review): SectionContent {
  if (!hasKeyMetricDots(review.keyMetrics)) return { entries: [] };
  return {
    lead: [{ em: 'Today → a year from now: median bucket (spread in buckets, score 0–10). Bars below: score, blue today, red a year from now.' }],
    entries: (review.keyMetrics?.metrics ?? []).map((metric): Entry => [{ strong: metric.title }, metricLine(metric)]),
  };
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
  const observed = same.length + different.length + surprised.length;
  const tail = observed > 0 ? [`Observations: ${same.length} same · ${different.length} different · ${surprised.length} surprised`] : [];
  if (review.principles.every((principle) => principle.challenges.length === 0)) return { entries: [], tail };
  const entries = review.principles.map(({ title, challenges }): Entry => {
    const hidden = challenges.length - CHALLENGES_SHOWN;
    const lines: RichLine[] = challenges.slice(0, CHALLENGES_SHOWN).map((note) => `• ${short(note.text, 100)}`);
    return [{ strong: title }, ...(lines.length > 0 ? lines : [{ em: NOTHING_CAPTURED }]), ...(hidden > 0 ? [`+${hidden} more`] : [])];
  });
  return { entries, tail };
}
