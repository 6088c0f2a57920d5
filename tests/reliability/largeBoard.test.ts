import { beforeAll, describe, expect, test } from 'vitest';
import { plainTextFromHtml } from '../../src/core/html';
import { TALLY_KEY_PREFIX } from '../../src/core/tally/tallyChart';
import { bucketKey } from '../../src/core/workshop/keys';
import { BUCKET_INDICES, HORIZONS, KEY_METRICS } from '../../src/core/workshop/metrics';
import type { TallyReport } from '../../src/actions/tallyKeyMetrics';
import type { InteractionMapReport } from '../../src/actions/drawInteractionMap';
import type { ReviewReport } from '../../src/actions/generateReview';
import { fillWorkshop, runAction, workshopBoard, type ActionName, type WorkshopBoard } from './helpers';

const BOARD_SIZE = 10_000;
const PRODUCTS = 60;
/** Generous: the actions take well under a second here; this only catches a quadratic slip. */
const ACTION_TIME_LIMIT_MS = 10_000;

let board: WorkshopBoard;
/** Dots placed per bucket key. */
const placed = new Map<string, number>();
let unplacedInFrame = 0;
const timings: Partial<Record<ActionName, number>> = {};
const reports: Partial<Record<ActionName, unknown>> = {};

async function timed(action: ActionName): Promise<unknown> {
  const start = performance.now();
  const report = await runAction(board, action);
  timings[action] = performance.now() - start;
  return report;
}

beforeAll(async () => {
  board = await workshopBoard();
  const filled = await fillWorkshop(board);
  for (const [key, count] of filled.dots) placed.set(key, count);
  const { participant } = board.emulated;

  // 20 to 80 dots in each of the 48 buckets, and a stamp in every other one.
  const ledger = await board.ledger();
  let n = 0;
  for (const metric of KEY_METRICS) {
    for (const horizon of HORIZONS) {
      for (const index of BUCKET_INDICES) {
        const key = bucketKey(metric.id, horizon.id, index);
        const count = 20 + ((n * 37) % 61);
        for (let i = 0; i < count; i++) board.dot(metric.id, horizon.id, index);
        let stamps = 0;
        if (n++ % 2 === 0) {
          const bucket = board.item(ledger.items[key])!;
          participant.addUnsupported({ type: 'stamp', x: bucket.boardX + 60, y: bucket.boardY - 40, width: 48, height: 48, parentId: board.frames.keyMetrics });
          stamps = 1;
        }
        placed.set(key, (placed.get(key) ?? 0) + count + stamps);
      }
    }
  }
  // Dots in the metrics frame but in no bucket (the stories area), and dots on no frame at all.
  const stories = board.item(ledger.items['keyMetrics/area/stories'])!;
  for (let i = 0; i < 40; i++) {
    participant.addShape({ shape: 'circle', x: stories.boardX - 300 + (i % 20) * 30, y: stories.boardY + Math.floor(i / 20) * 30, width: 24, height: 24, parentId: board.frames.keyMetrics });
    unplacedInFrame++;
  }
  for (let i = 0; i < 200; i++) participant.addShape({ shape: 'circle', x: -50_000 + i * 30, y: -50_000, width: 24, height: 24 });

  for (let i = 0; i < PRODUCTS; i++) {
    board.add('dataProducts/area/products', `Product ${i}\nJob: job ${i}\nSources: Product ${(i * 7) % PRODUCTS}, System ${i % 9}\nConsumers: Team ${i % 5}\nOwner: Team ${i % 4}`);
  }
  // Thousands of notes in every area, then loose ones outside every frame up to the board size.
  const areas = board.areaKeys.filter((key) => key !== 'dataProducts/area/map');
  let note = 0;
  while (note < 4_000) for (const key of areas) board.add(key, `Note ${note++} in ${key}`);
  const remaining = BOARD_SIZE - board.emulated.items().length;
  for (let i = 0; i < remaining; i++) participant.addStickyNote({ text: `Loose ${i}`, x: 60_000 + (i % 100) * 220, y: 60_000 + Math.floor(i / 100) * 250 });
  expect(board.emulated.items()).toHaveLength(BOARD_SIZE);

  for (const action of ['tally', 'map', 'review', 'build'] as const) reports[action] = await timed(action);
}, 60_000);

describe(`a ${BOARD_SIZE.toLocaleString('en')}-item board`, () => {
  test('the tally counts every dot in its bucket, exactly', () => {
    const tally = reports.tally as TallyReport;
    for (const metric of tally.metrics) {
      for (const scale of metric.horizons) {
        const expected = BUCKET_INDICES.map((index) => placed.get(bucketKey(metric.id, scale.id, index)) ?? 0);
        expect(scale.buckets.map((bucket) => bucket.count), `${metric.id} ${scale.id}`).toEqual(expected);
      }
    }
    expect(tally.unplacedDots).toBe(unplacedInFrame);
    expect(tally.missingBuckets).toEqual([]);
  });

  test('the chart on the board shows the same counts', async () => {
    const ledger = await board.ledger();
    const byId = new Map(board.emulated.items().map((view) => [view.id, view]));
    const tally = reports.tally as TallyReport;
    for (const metric of tally.metrics) {
      for (const scale of metric.horizons) {
        const shown = BUCKET_INDICES.map((index) => {
          const label = byId.get(ledger.items[`${TALLY_KEY_PREFIX}${metric.id}/${scale.id}/count/${index}`]!);
          return Number(plainTextFromHtml(String(label?.props.content ?? '')));
        });
        expect(shown).toEqual(scale.buckets.map((bucket) => bucket.count));
      }
    }
  });

  test('the map finds every data product and the review covers them and the tally', () => {
    const map = reports.map as InteractionMapReport;
    expect(map.products).toHaveLength(PRODUCTS + 4); // + the fixture's three products and its card
    expect(map.arranged).toMatchObject({ items: { created: expect.any(Number) } });
    const review = reports.review as ReviewReport;
    expect(review.review.dataProducts.products).toHaveLength(PRODUCTS + 4);
    expect(review.review.keyMetrics?.metrics).toEqual((reports.tally as TallyReport).metrics);
    expect(review.review.notes.length).toBeGreaterThan(4_000);
  });

  test('each action finishes within the time limit, and a second round writes nothing', async () => {
    for (const [action, ms] of Object.entries(timings)) expect(ms, action).toBeLessThan(ACTION_TIME_LIMIT_MS);
    const itemsBefore = board.emulated.items().length;
    board.emulated.resetStats();
    for (const action of ['build', 'tally', 'map', 'review'] as const) await runAction(board, action);
    const boardWrites = Object.keys(board.emulated.stats().byMethod).filter((method) => /create|sync|remove|group|\.add$/.test(method) && !method.startsWith('collection.'));
    expect(boardWrites).toEqual([]);
    expect(board.emulated.items()).toHaveLength(itemsBefore);
  });
});
