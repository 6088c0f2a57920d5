import { beforeAll, describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { generateReview, type ReviewReport } from '../../src/actions/generateReview';
import { csvRecords } from './csvParse';
import { reviewBoard } from './helpers';
import { fillBoard } from './fullBoard';

const fileOf = (report: ReviewReport, id: string) => {
  const file = report.exports.find((candidate) => candidate.id === id);
  if (!file) throw new Error(`no ${id} export`);
  return file;
};
const yamlDocs = (text: string) => parseAllDocuments(text).map((document) => {
  expect(document.errors).toEqual([]);
  return document.toJSON() as Record<string, any>;
});

let report: ReviewReport;
let formulaNote: string;

beforeAll(async () => {
  const board = await reviewBoard({ workshopName: 'Acme & <Co>' });
  await fillBoard(board);
  formulaNote = await board.add('futurespective', 'posts', '=HYPERLINK("http://evil","click")');
  await board.add('dataProducts', 'products', 'Retention dashboard feed\nJob: churn per region\nSources: Churn forecast, Customer 360\nConsumers: Regional managers\nOwner: Marketing');
  report = await generateReview(board.emulated.miro);
});

describe('exports, parsed back', () => {
  test('the panel gets the review, notes, tally, JSON, the ODPS stream and one ODPS file per product, with distinct names', () => {
    expect(report.exports.map((file) => [file.id, file.filename])).toEqual([
      ['markdown', 'accelerate-review.md'],
      ['notesCsv', 'accelerate-notes.csv'],
      ['tallyCsv', 'accelerate-tally.csv'],
      ['json', 'accelerate-workshop.json'],
      ['dataProductsOdps', 'accelerate-data-products.odps.yaml'],
      ['dataProductOdps', 'data-product-customer-360.odps.yaml'],
      ['dataProductOdps', 'data-product-churn-forecast.odps.yaml'],
      ['dataProductOdps', 'data-product-retention-dashboard-feed.odps.yaml'],
    ]);
    expect(fileOf(report, 'markdown').text).toBe(report.markdown);
  });

  test('Markdown: the title and every section, in order', () => {
    const headings = report.markdown.split('\n').filter((line) => /^##? /.test(line));
    expect(headings).toEqual([
      '# Workshop review: Acme \\& \\<Co\\>',
      '## Our Nirvana',
      '## Objectives and key results',
      '## Use cases, in priority order',
      '## Data products',
      '## The 4 key metrics',
      '## Challenges per principle',
      '## Observations',
      '## Future LinkedIn posts',
      '## One word before leaving',
      '## Next steps',
      '## Lints',
    ]);
    expect(report.markdown).toContain('| Lead time for changes | One to six months (spread 0, score 2) → Less than one day (spread 0, score 8), +3 buckets | 3 | 1 |');
    expect(report.markdown).toContain('### Objective 2: analysts answer questions in minutes');
  });

  test('notes CSV: every note with its activity and area, complete, formulas neutralised', () => {
    const rows = csvRecords(fileOf(report, 'notesCsv').text);
    expect(Object.keys(rows[0]!)).toEqual(['activity', 'area', 'type', 'text', 'item_id', 'x', 'y', 'color']);
    expect(rows).toHaveLength(report.review.notes.length);
    expect(rows).toContainEqual(expect.objectContaining({ activity: 'okrs', area: 'objective-1', text: 'Churn from 8 % to 5 %', type: 'sticky_note' }));
    expect(rows).toContainEqual(expect.objectContaining({ activity: 'dataProducts', area: 'products', text: expect.stringContaining('Customer 360\nJob: one view') }));
    expect(rows).toContainEqual(expect.objectContaining({ activity: 'review', area: 'nextSteps' }));
    expect(rows.find((row) => row.item_id === formulaNote)?.text).toBe('\'=HYPERLINK("http://evil","click")');
  });

  test('tally CSV: a row per bucket of every scale with the dots counted', () => {
    const rows = csvRecords(fileOf(report, 'tallyCsv').text);
    expect(rows).toHaveLength(4 * 2 * 6);
    expect(rows.filter((row) => row.metric === 'Lead time for changes' && row.horizon === 'Today').map((row) => Number(row.dots))).toEqual([0, 3, 0, 0, 0, 0]);
  });

  test('JSON: the whole workshop state', () => {
    const state = JSON.parse(fileOf(report, 'json').text);
    expect(state).toMatchObject({ format: 'accelerate-board/workshop', version: 2, workshopName: 'Acme & <Co>' });
    expect(state.nirvana.shared[0].text).toBe('Every team finds, trusts and uses the data it needs');
    expect(state.objectives.map((objective: { statement: string }) => objective.statement)).toEqual(['Customers stay with us longer', 'analysts answer questions in minutes']);
    expect(state.useCases).toHaveLength(3);
    expect(state.dataProducts.products).toHaveLength(3);
    expect(state.dataProducts.links).toHaveLength(3);
    expect(state.keyMetrics.metrics[0].horizons[0].total).toBe(3);
    expect(state.checkout.map((note: { text: string }) => note.text)).toEqual(['Energised', 'Curious']);
    expect(state.notes).toHaveLength(report.review.notes.length);
    expect(state.notes[0]).toEqual(expect.objectContaining({ activity: expect.any(String), area: expect.any(String), text: expect.any(String) }));
    expect(state.odpsDataProducts.map((product: { name: string; status: string }) => [product.name, product.status])).toEqual([
      ['Customer 360', 'proposed'],
      ['Churn forecast', 'proposed'],
      ['Retention dashboard feed', 'proposed'],
    ]);
  });

  test('ODPS YAML: one document per data product, the same as in the JSON (details in odpsExport.test.ts)', () => {
    const docs = yamlDocs(fileOf(report, 'dataProductsOdps').text);
    expect(docs).toEqual(JSON.parse(fileOf(report, 'json').text).odpsDataProducts);
  });

  test('an empty board exports empty sections, no data product documents and an all-zero tally', async () => {
    const empty = await generateReview((await reviewBoard()).emulated.miro);
    expect(yamlDocs(fileOf(empty, 'dataProductsOdps').text)).toEqual([]);
    expect(fileOf(empty, 'dataProductsOdps').text).toContain('# No data products captured yet.');
    expect(empty.exports.filter((file) => file.id === 'dataProductOdps')).toEqual([]);
    expect(csvRecords(fileOf(empty, 'notesCsv').text)).toEqual([]);
    expect(csvRecords(fileOf(empty, 'tallyCsv').text).every((row) => row.dots === '0')).toBe(true);
    const state = JSON.parse(fileOf(empty, 'json').text);
    expect([state.objectives, state.useCases, state.notes, state.lints]).toEqual([[], [], [], []]);
  });
});
