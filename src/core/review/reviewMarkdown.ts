import { escapeMarkdown, escapeMarkdownLine, markdownListItem } from '../export/markdown';
import { USE_CASE_TEMPLATE } from '../workshop/templates';
import { metricLine } from './boardSections';
import { OKR_READING_RULE } from './okrs';
import { REVIEW_SECTION_TITLES } from './reviewLayout';
import type { Review, ReviewNote, UseCaseCluster } from './types';

const NOTHING = '_Nothing captured yet._';
const CLUSTER_LABEL: Record<UseCaseCluster, string> = {
  selected: 'selected',
  efficiency: 'efficiency gain',
  experience: 'experience improvement',
  brainstorm: 'brainstorm',
  unsorted: 'not sorted yet',
  discarded: 'set aside: not analytical',
};

/**
 * The whole review as Markdown: every section, every note complete (nothing shortened), each
 * participant's text escaped so it shows as typed and never as markup or HTML.
 */
export function reviewMarkdown(review: Review): string {
  const title = review.workshopName ? `Workshop review: ${review.workshopName}` : 'Workshop review';
  const blocks = [
    `# ${escapeMarkdownLine(title)}`,
    '_Data Mesh Accelerate workshop, generated from the board by Accelerate Board._',
    section(REVIEW_SECTION_TITLES.nirvana, nirvana(review)),
    section(REVIEW_SECTION_TITLES.okrs, okrs(review)),
    section(REVIEW_SECTION_TITLES.useCases, useCases(review)),
    section(REVIEW_SECTION_TITLES.dataProducts, dataProducts(review)),
    section(REVIEW_SECTION_TITLES.keyMetrics, keyMetrics(review)),
    section('Challenges per principle', principles(review)),
    section('Observations', observations(review)),
    section(REVIEW_SECTION_TITLES.futurespective, list(review.futurespective)),
    section(REVIEW_SECTION_TITLES.checkout, list(review.checkout)),
    section('Next steps', [...list(review.nextSteps), ...(review.reviewNotes.length > 0 ? ['', 'Other notes on the review frame:', '', ...list(review.reviewNotes)] : [])]),
    section('Lints', review.lints.length === 0 ? ['_No pitfalls found._'] : review.lints.map((lint) => `- ${escapeMarkdownLine(lint.message)}${lint.text ? ` (“${escapeMarkdown(lint.text, '  ')}”)` : ''}`)),
  ];
  return `${blocks.join('\n\n')}\n`;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function section(title: string, body: readonly string[]): string {
  return [`## ${escapeMarkdownLine(title)}`, '', ...(body.length > 0 ? body : [NOTHING])].join('\n');
}

function list(notes: readonly ReviewNote[]): string[] {
  return notes.map((note) => markdownListItem(note.text));
}

function nirvana(review: Review): string[] {
  const { shared, groups } = review.nirvana;
  const groupLines = groups.flatMap(({ group, statements }) => statements.map((note) => `- Group ${group}: ${escapeMarkdown(note.text, '  ')}`));
  if (shared.length === 0) return groupLines.length > 0 ? ['No shared statement yet. The groups said:', '', ...groupLines] : [];
  return [...list(shared), ...(groupLines.length > 0 ? ['', 'Group statements:', '', ...groupLines] : [])];
}

function okrs(review: Review): string[] {
  if (review.objectives.length === 0) return [];
  const lines = [`_${escapeMarkdownLine(OKR_READING_RULE)}_`];
  for (const objective of review.objectives) {
    const statement = objective.statement === '' ? '_(objective not written yet)_' : escapeMarkdownLine(objective.statement.replace(/\s+/g, ' '));
    lines.push('', `### Objective ${objective.number}: ${statement}`, '');
    lines.push(...(objective.keyResults.length > 0 ? objective.keyResults.map((keyResult) => markdownListItem(keyResult.text)) : ['_No key results yet._']));
  }
  return lines;
}

function useCases(review: Review): string[] {
  if (review.useCases.length === 0) return [];
  return [
    `Template: ${escapeMarkdownLine(USE_CASE_TEMPLATE)}`,
    '',
    ...review.useCases.flatMap((useCase) => {
      const status = useCase.template
        ? `follows the template; goal: ${escapeMarkdownLine(useCase.template.goal)}; ${useCase.objective !== null ? `objective ${useCase.objective}` : 'matches no objective'}`
        : 'not in the template form';
      return [`- ${escapeMarkdown(useCase.text, '  ')}`, `  _(${CLUSTER_LABEL[useCase.cluster]}; ${status})_`];
    }),
  ];
}

function dataProducts(review: Review): string[] {
  const { products, links } = review.dataProducts;
  if (products.length === 0) return [];
  const names = (ends: ReadonlyArray<{ name: string }>) => (ends.length > 0 ? ends.map((end) => escapeMarkdownLine(end.name)).join(', ') : '—');
  const lines = [`${plural(products.length, 'data product')}, ${plural(links.length, 'link')} in the interaction map.`];
  for (const product of products) {
    lines.push('', `### ${escapeMarkdownLine(product.name)}`, '');
    lines.push(`- Job: ${product.job ? escapeMarkdown(product.job, '  ') : '—'}`);
    lines.push(`- Owner: ${product.owner ? escapeMarkdownLine(product.owner) : '—'}`);
    lines.push(`- Sources: ${names(product.sources)}`, `- Consumers: ${names(product.consumers)}`);
  }
  return lines;
}

function keyMetrics(review: Review): string[] {
  const tally = review.keyMetrics;
  const stories = review.stories.length > 0 ? ['', 'Stories behind the dots:', '', ...list(review.stories)] : [];
  if (!tally || tally.metrics.every((metric) => metric.horizons.every((scale) => scale.total === 0))) return stories.slice(1);
  return [
    'Today → a year from now: median bucket (spread in buckets, DORA Quick Check–style score 0–10).',
    '',
    '| Metric | Today → a year from now | Dots today | Dots a year from now |',
    '|---|---|---|---|',
    ...tally.metrics.map((metric) => {
      const [today, nextYear] = metric.horizons;
      return `| ${escapeMarkdownLine(metric.title)} | ${escapeMarkdownLine(metricLine(metric))} | ${today?.total ?? 0} | ${nextYear?.total ?? 0} |`;
    }),
    ...stories,
  ];
}

function principles(review: Review): string[] {
  if (review.principles.every((principle) => principle.challenges.length === 0)) return [];
  return review.principles.flatMap(({ title, challenges }) => [
    '',
    `### ${escapeMarkdownLine(title)}`,
    '',
    ...(challenges.length > 0 ? list(challenges) : [NOTHING]),
  ]).slice(1);
}

function observations(review: Review): string[] {
  const parts = [
    ['What was the same', review.observations.same],
    ['What was different', review.observations.different],
    ['What surprised us', review.observations.surprised],
    ['Observations and learnings (wrap-up)', review.learnings],
  ] as const;
  if (parts.every(([, notes]) => notes.length === 0)) return [];
  return parts.flatMap(([label, notes]) => (notes.length > 0 ? ['', `${label}:`, '', ...list(notes)] : [])).slice(1);
}
