import { describe, expect, test } from 'vitest';
import { addDataProduct } from '../../src/actions/addDataProduct';
import type { InteractionMapReport } from '../../src/actions/drawInteractionMap';
import type { ReviewReport } from '../../src/actions/generateReview';
import type { TallyReport } from '../../src/actions/tallyKeyMetrics';
import type { ActivityId } from '../../src/core/activity';
import { MAP_ITEM_PREFIX } from '../../src/core/map/mapKeys';
import { REVIEW_KEY_PREFIX } from '../../src/core/review/reviewLayout';
import { TALLY_KEY_PREFIX } from '../../src/core/tally/tallyChart';
import { bucketKey } from '../../src/core/workshop/keys';
import type { ItemView } from '../../src/emulator/types';
import { boardShape, liesInside } from '../support/boardShape';
import { appOwnedIds, fillWorkshop, runAction, workshopBoard, type ActionName, type WorkshopBoard } from './helpers';

const REBUILD = /click "Build Accelerate board"/;

/** A filled board on which every action ran once. */
async function workshopInProgress(): Promise<WorkshopBoard & { dots: Map<string, number> }> {
  const board = await workshopBoard();
  const { dots } = await fillWorkshop(board);
  for (const action of ['tally', 'map', 'review'] as const) await runAction(board, action);
  return Object.assign(board, { dots });
}

const frameOf = (board: WorkshopBoard, activity: ActivityId): ItemView => board.item(board.frames[activity])!;

/** Every item the app recorded with a parent lies inside that parent frame. */
async function appItemsInsideTheirFrames(board: WorkshopBoard): Promise<void> {
  const ids = appOwnedIds(await board.ledger());
  const items = board.emulated.items();
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const item of items) {
    if (!ids.has(item.id) || !item.parentId) continue;
    expect(liesInside(item, byId.get(item.parentId)!), `${item.id} in ${String(byId.get(item.parentId)?.props.title)}`).toBe(true);
  }
}

const countsOf = (tally: TallyReport) => tally.metrics.flatMap((metric) => metric.horizons.flatMap((scale) => scale.buckets.map((bucket) => bucket.count)));

/** What an action found on the board, independent of where items are and which ones it rewrote. */
async function reading(board: WorkshopBoard, action: 'tally' | 'map' | 'review'): Promise<unknown> {
  const report = await runAction(board, action);
  if (action === 'tally') return countsOf(report as TallyReport);
  if (action === 'map') return (report as InteractionMapReport).products.map((product) => [product.name, product.sources, product.consumers]);
  return (report as ReviewReport).markdown;
}

describe('frames the facilitator moved or resized', () => {
  test('moved frames: every action follows them; counts, data products and the review read the same', async () => {
    const board = await workshopInProgress();
    const readings = async () => [await reading(board, 'tally'), await reading(board, 'map'), await reading(board, 'review')];
    const before = await readings();
    for (const activity of ['keyMetrics', 'dataProducts', 'review', 'okrs'] as const) {
      const frame = frameOf(board, activity);
      board.emulated.participant.move(frame.id, frame.boardX + 20_000, frame.boardY - 7_000);
    }

    expect(await readings()).toEqual(before);
    await appItemsInsideTheirFrames(board);
  });

  test('a frame made larger: every action still works, in place', async () => {
    const board = await workshopInProgress();
    for (const activity of ['keyMetrics', 'dataProducts', 'review'] as const) {
      const frame = frameOf(board, activity);
      board.emulated.participant.resize(frame.id, frame.width + 800, frame.height + 600);
    }
    for (const action of ['tally', 'map', 'review', 'build'] as const) await runAction(board, action);
    await appItemsInsideTheirFrames(board);
  });

  test.each([
    ['keyMetrics', 'tally', TALLY_KEY_PREFIX],
    ['dataProducts', 'map', MAP_ITEM_PREFIX],
    ['review', 'review', REVIEW_KEY_PREFIX],
  ] as const)('the %s frame made too small for what %s draws: it says how large it must be and leaves its drawing alone; undone, it works', async (activity, action, prefix) => {
    const board = await workshopInProgress();
    const before = await reading(board, action);
    const frame = frameOf(board, activity);
    const drawing = async () => {
      const ids = new Set(Object.entries((await board.ledger()).items).filter(([key]) => key.startsWith(prefix)).map(([, id]) => id));
      return board.emulated.items().filter((item) => ids.has(item.id));
    };
    board.emulated.participant.resize(frame.id, Math.round(frame.width * 0.6), Math.round(frame.height * 0.6));
    const drawn = await drawing();

    const message = await runAction(board, action).then(() => '', (error: Error) => error.message);
    expect(message).toContain(`The "${String(frame.props.title)}" frame is too small`);
    const [width = 0, height = 0] = (/at least (\d+) × (\d+) px/.exec(message) ?? []).slice(1).map(Number);
    expect(width).toBeGreaterThan(frame.width * 0.6);
    expect(width * height).toBeLessThanOrEqual(frame.width * frame.height);
    expect(await drawing()).toEqual(drawn);

    board.emulated.participant.resize(frame.id, frame.width, frame.height); // undo
    expect(await reading(board, action)).toEqual(before);
    await appItemsInsideTheirFrames(board);
  });
  test('a rebuild that must redraw something in a frame made too small says so, completes the other frames, and works once the resize is undone', async () => {
    const board = await workshopInProgress();
    const ledger = await board.ledger();
    const frame = frameOf(board, 'keyMetrics');
    board.emulated.participant.remove(ledger.items[bucketKey('deployFrequency', 'nextYear', 6)]!);
    board.emulated.participant.remove(ledger.items['okrs/area/objective-2']!);
    board.emulated.participant.resize(frame.id, Math.round(frame.width * 0.5), frame.height);

    await expect(runAction(board, 'build')).rejects.toThrow(`The "${String(frame.props.title)}" frame is too small`);
    expect(board.item((await board.ledger()).items['okrs/area/objective-2'])).toBeDefined();

    board.emulated.participant.resize(frame.id, frame.width, frame.height);
    await runAction(board, 'build');
    expect((await runAction(board, 'tally') as TallyReport).missingBuckets).toEqual([]);
  });
});

describe('app items the facilitator moved or deleted', () => {
  test('a deleted bucket is reported with its dots unplaced; a moved one is followed; the rebuild restores the deleted one', async () => {
    const board = await workshopInProgress();
    const ledger = await board.ledger();
    const deleted = bucketKey('leadTime', 'today', 2);
    const moved = board.item(ledger.items[bucketKey('changeFailRate', 'nextYear', 6)])!;
    board.emulated.participant.remove(ledger.items[deleted]!);
    board.emulated.participant.move(moved.id, moved.boardX, moved.boardY + 30); // its dots stay inside it

    const tally = (await runAction(board, 'tally')) as TallyReport;
    expect(tally.missingBuckets).toEqual(['Lead time for changes · Today · One to six months']);
    expect(tally.unplacedDots).toBe(board.dots.get(deleted));
    expect(tally.metrics.find((metric) => metric.id === 'changeFailRate')!.horizons[1]!.buckets[5]!.count).toBe(board.dots.get(bucketKey('changeFailRate', 'nextYear', 6)));

    await runAction(board, 'build');
    const rebuilt = (await runAction(board, 'tally')) as TallyReport;
    expect(rebuilt.missingBuckets).toEqual([]);
    expect(rebuilt.metrics[0]!.horizons[0]!.buckets[1]!.count).toBe(board.dots.get(deleted));
    expect(rebuilt.unplacedDots).toBe(0);
  });

  test('a deleted products area: Add data product says so; the map still reads the frame; the rebuild brings the area back', async () => {
    const board = await workshopInProgress();
    board.emulated.participant.remove((await board.ledger()).items['dataProducts/area/products']!);

    await expect(addDataProduct(board.miro, { name: 'Orders 2', job: 'every order' })).rejects.toThrow(REBUILD);
    expect(((await runAction(board, 'map')) as InteractionMapReport).products).toHaveLength(4);

    await runAction(board, 'build');
    await addDataProduct(board.miro, { name: 'Orders 2', job: 'every order' });
    expect(((await runAction(board, 'map')) as InteractionMapReport).products).toHaveLength(5);
  });

  test('a deleted map area: the map skips its copy and says how to get it back; after the rebuild it draws it', async () => {
    const board = await workshopInProgress();
    board.emulated.participant.remove((await board.ledger()).items['dataProducts/area/map']!);

    const skipped = (await runAction(board, 'map')) as InteractionMapReport;
    expect(skipped.arranged).toEqual({ skipped: expect.stringMatching(REBUILD) });

    await runAction(board, 'build');
    const drawn = (await runAction(board, 'map')) as InteractionMapReport;
    expect(drawn.arranged).toMatchObject({ items: { created: expect.any(Number) } });
    await appItemsInsideTheirFrames(board);
  });
});

describe('deleted frames', () => {
  test.each([
    ['review', 'review'],
    ['keyMetrics', 'tally'],
    ['dataProducts', 'map'],
  ] as const)('the %s frame deleted: %s says to build the board; after the rebuild it works', async (activity, action: ActionName) => {
    const board = await workshopInProgress();
    board.emulated.participant.remove(board.frames[activity]!);
    const shape = boardShape(board.emulated);

    await expect(runAction(board, action)).rejects.toThrow(/Build Accelerate board/);
    expect(boardShape(board.emulated)).toEqual(shape);

    const { frames } = (await runAction(board, 'build')) as { frames: Record<ActivityId, string> };
    expect(frames[activity]).not.toBe(board.frames[activity]);
    const report = (await runAction(board, action)) as { created?: number; board?: { created: number } };
    expect(report.created ?? report.board?.created).toBeGreaterThan(0);
    await appItemsInsideTheirFrames(board);
  });
});
