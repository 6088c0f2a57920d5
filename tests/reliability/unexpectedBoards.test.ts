import { describe, expect, test } from 'vitest';
import { addDataProduct } from '../../src/actions/addDataProduct';
import type { InteractionMapReport } from '../../src/actions/drawInteractionMap';
import type { ReviewReport } from '../../src/actions/generateReview';
import type { TallyReport } from '../../src/actions/tallyKeyMetrics';
import { bucketKey } from '../../src/core/workshop/keys';
import { appOwnedIds, fillWorkshop, itemsExcept, runAction, workshopBoard } from './helpers';

const count = (tally: TallyReport, metric: string, horizon: string, index: number) =>
  tally.metrics.find((m) => m.id === metric)!.horizons.find((h) => h.id === horizon)!.buckets[index - 1]!.count;

describe('boards the app did not expect', () => {
  test('Kanban, Table and User Story Map children (x = y = -Infinity) are ignored by every action', async () => {
    const board = await workshopBoard();
    await fillWorkshop(board);
    const products = board.item((await board.ledger()).items['dataProducts/area/products'])!;
    const { participant } = board.emulated;
    const containers = (['kanban', 'table', 'usm'] as const).map((type, i) =>
      participant.addUnsupported({ type, x: products.boardX - 300 + i * 300, y: products.boardY, width: 260, height: 200, parentId: board.frames.dataProducts }),
    );
    for (const container of containers) {
      participant.addToContainer(container, { type: 'card', text: 'Ghost product' });
      participant.addToContainer(container, { type: 'sticky_note', text: 'Ghost note\nSources: Customer 360' });
    }
    expect(board.emulated.items().filter((item) => item.boardX === -Infinity)).toHaveLength(6);
    const before = itemsExcept(board.emulated, appOwnedIds(await board.ledger()));

    const tally = (await runAction(board, 'tally')) as TallyReport;
    const map = (await runAction(board, 'map')) as InteractionMapReport;
    const review = (await runAction(board, 'review')) as ReviewReport;
    const card = await addDataProduct(board.miro, { name: 'Added beside a kanban' });

    expect(count(tally, 'leadTime', 'today', 2)).toBe(3);
    expect(map.products.map((product) => product.name)).not.toContain('Ghost product');
    expect(map.products.map((product) => product.name)).toContain('Customer 360');
    expect(review.markdown).not.toMatch(/Ghost/);
    expect(board.item(card)?.parentId).toBe(board.frames.dataProducts);
    const after = itemsExcept(board.emulated, appOwnedIds(await board.ledger()));
    for (const [id, serialised] of before) expect(after.get(id), id).toBe(serialised);
  });

  test('a dot is any small unsupported item whose type is not a documented non-dot; the report names the types counted', async () => {
    const board = await workshopBoard();
    const bucket = board.item((await board.ledger()).items[bucketKey('leadTime', 'today', 3)])!;
    const { participant } = board.emulated;
    const at = (i: number) => ({ x: bucket.boardX - 60 + i * 20, y: bucket.boardY + 20, parentId: board.frames.keyMetrics });
    // Counted: names Miro never documents (a stamp, a sticker), an emoji, a circle.
    participant.addUnsupported({ type: 'stamp', width: 48, height: 48, ...at(0) });
    participant.addUnsupported({ type: 'reaction_sticker_v2', width: 40, height: 40, ...at(1) });
    participant.addUnsupported({ type: 'emoji', width: 32, height: 32, ...at(2) });
    participant.addShape({ shape: 'circle', width: 24, height: 24, ...at(3) });
    // Not counted: documented non-dot types, and an unknown type too big to be a dot.
    for (const type of ['comment', 'stroke', 'curve', 'document', 'mockup']) participant.addUnsupported({ type, width: 40, height: 40, ...at(4) });
    participant.addUnsupported({ type: 'stamp', width: 121, height: 60, ...at(5) });

    const tally = (await runAction(board, 'tally')) as TallyReport;

    expect(count(tally, 'leadTime', 'today', 3)).toBe(4);
    expect(tally.dotTypes).toEqual({ emoji: 1, reaction_sticker_v2: 1, shape: 1, stamp: 1 });
  });

  test('Miro reading back upper-case colours and rounded half pixels: an unchanged re-run of every action writes nothing', async () => {
    const board = await workshopBoard({ emulator: { normaliseReadBack: true } });
    await fillWorkshop(board);
    for (const action of ['build', 'tally', 'map', 'review'] as const) await runAction(board, action);
    const read = await board.miro.board.get();
    expect(read.some((item) => /#[0-9A-F]{6}/.test(JSON.stringify((item as { style?: unknown }).style ?? {})))).toBe(true);
    board.emulated.resetStats();
    for (const action of ['build', 'tally', 'map', 'review'] as const) await runAction(board, action);
    // The build's lock (set and remove) and its zoom are not writes to the board's items.
    const writes = Object.keys(board.emulated.stats().byMethod).filter((method) => !/\.get$|getById|viewport|collection\./.test(method));
    expect(writes).toEqual([]);
  });
});
