import type { Miro } from '@mirohq/websdk-types';
import { describe, expect, test } from 'vitest';
import type { InteractionMapReport } from '../../src/actions/drawInteractionMap';
import { mergeLedgerItems } from '../../src/core/ledger';
import { MAP_ITEM_PREFIX, PRODUCT_LINK_PREFIX } from '../../src/core/map/mapKeys';
import { STORAGE_VALUE_MAX_BYTES } from '../../src/emulator/storage';
import { LedgerChangedWhileReadingError, readLedgerValue, STORAGE_COLLECTION, writeLedgerValue } from '../../src/miro/ledger';
import { boardShape } from '../support/boardShape';
import { beforeStorageGet, fillWorkshop, runAction, workshopBoard, type WorkshopBoard } from './helpers';

/** Enough data products that the ledger outgrows one storage value (about 100 do at 64 KB, with the rest of a workshop). */
const PRODUCTS = 110;

async function workshopWithManyProducts(): Promise<WorkshopBoard & { appLinks: number }> {
  const board = await workshopBoard();
  await fillWorkshop(board);
  for (let i = 0; i < PRODUCTS; i++) {
    board.add('dataProducts/area/products', `Product ${i}\nJob: job ${i}\nSources: Product ${(i * 7) % PRODUCTS}, System ${i % 7}\nConsumers: Team ${i % 3}\nOwner: Team`);
  }
  await runAction(board, 'tally');
  const map = (await runAction(board, 'map')) as InteractionMapReport;
  await runAction(board, 'review');
  return Object.assign(board, { appLinks: map.edges.filter((edge) => edge.drawnBy === 'app').length });
}

const storedValue = (miro: Miro, key: string) => miro.board.storage.collection(STORAGE_COLLECTION).get(key);
const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('a ledger larger than one storage value', () => {
  test('every action records all it drew, in values within the limit, and another panel reads it whole', async () => {
    const board = await workshopWithManyProducts();
    const ledger = await board.ledger();
    expect(jsonBytes(ledger)).toBeGreaterThan(STORAGE_VALUE_MAX_BYTES);
    expect(board.appLinks).toBeGreaterThan(PRODUCTS / 2);
    expect(Object.keys(ledger.items).filter((key) => key.startsWith(PRODUCT_LINK_PREFIX))).toHaveLength(board.appLinks);
    expect(Object.keys(ledger.items).filter((key) => key.startsWith(MAP_ITEM_PREFIX)).length).toBeGreaterThan(PRODUCTS);

    const head = (await storedValue(board.miro, 'ledger')) as { parts: { token: string; count: number } };
    expect(head.parts.count).toBeGreaterThan(1);
    expect(jsonBytes(head)).toBeLessThanOrEqual(STORAGE_VALUE_MAX_BYTES);
    for (let index = 0; index < head.parts.count; index++) {
      expect(jsonBytes(await storedValue(board.miro, `ledger-${head.parts.token}-${index}`))).toBeLessThanOrEqual(STORAGE_VALUE_MAX_BYTES);
    }
    expect(await readLedgerValue(board.emulated.connectClient())).toEqual(ledger);
  });

  test('re-running every action recognises all the app’s items: nothing new, nothing doubled', async () => {
    const board = await workshopWithManyProducts();
    const shape = boardShape(board.emulated);
    for (const action of ['build', 'tally', 'map', 'review'] as const) await runAction(board, action);
    expect(boardShape(board.emulated)).toEqual(shape);
  });

  test('a read that meets parts another panel has replaced is not taken for a smaller ledger: it is read again', async () => {
    const board = await workshopWithManyProducts();
    const stale = await storedValue(board.miro, 'ledger');
    const ledger = await board.ledger();
    await writeLedgerValue(board.miro, { ...ledger, items: { ...ledger.items, 'review/generated/extra': '1' } });
    const current = await storedValue(board.miro, 'ledger');

    const collection = board.miro.board.storage.collection(STORAGE_COLLECTION);
    await collection.set('ledger', stale as never);
    await expect(readLedgerValue(board.miro)).rejects.toThrow(LedgerChangedWhileReadingError);

    // Another panel's write lands between this read's first attempt and its retry.
    let heads = 0;
    const racing = beforeStorageGet(board.miro, async (key) => {
      if (key === 'ledger' && heads++ === 1) await collection.set('ledger', current as never);
    });
    const shape = boardShape(board.emulated);
    await runAction(board, 'review', racing);
    expect(boardShape(board.emulated)).toEqual(shape);
  });
});

describe('a run’s ledger changes stored over another panel’s', () => {
  const before = { kept: '1', stale: '2', shared: '3' };

  test('keys the run did not touch keep what the other panel stored; its own changes apply', () => {
    const stored = { ...before, theirs: '10' };
    const ours = { kept: '1', shared: '3', mine: '20' }; // removed `stale`, added `mine`
    expect(mergeLedgerItems(stored, before, ours)).toEqual({ items: { kept: '1', shared: '3', theirs: '10', mine: '20' }, duplicates: [] });
  });

  test('a key both panels recorded keeps the stored item; the run’s own is a duplicate', () => {
    const stored = { ...before, chart: '10', shared: '11' };
    const ours = { ...before, chart: '20', shared: '21' };
    const { items, duplicates } = mergeLedgerItems(stored, before, ours);
    expect(items).toEqual(stored);
    expect(duplicates.sort()).toEqual(['20', '21']);
  });

  test('a key the run removed but the other panel recorded anew stays recorded', () => {
    const stored = { ...before, stale: '12' };
    const ours = { kept: '1', shared: '3' };
    expect(mergeLedgerItems(stored, before, ours)).toEqual({ items: stored, duplicates: [] });
  });
});
