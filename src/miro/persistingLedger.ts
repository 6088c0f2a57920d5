import type { Miro } from '@mirohq/websdk-types';
import { mergeLedgerItems, type Ledger } from '../core/ledger';
import type { CallQueue } from './callQueue';
import type { Clock } from './clock';
import { readLedgerValue, writeLedgerValue } from './ledger';
import { writeThenSettle } from './settle';
import { removeItem } from './removeItem';

const MAX_ROUNDS = 5;

/**
 * Runs `change`, which records in `ledger.items` what it creates and removes, then stores those
 * changes — also when `change` fails, so nothing it made goes unrecorded and a re-run updates it
 * instead of making it twice. A run that changed nothing only reads.
 *
 * Storage has no compare-and-set and other panels write the ledger too, so the changes go over
 * the ledger as stored by then and are read back (as the build lock does): records another panel
 * made meanwhile stay; where it drew the same item, its item stays and this run's copy is removed.
 * `ledger.items` ends up as stored.
 */
export async function persistingLedger<T>(miro: Miro, queue: CallQueue, clock: Clock, ledger: Ledger, change: () => Promise<T>): Promise<T> {
  const before = { ...ledger.items };
  try {
    return await change();
  } finally {
    if (JSON.stringify(ledger.items) !== JSON.stringify(before)) await storeChanges(miro, queue, clock, ledger, before);
  }
}

async function storeChanges(miro: Miro, queue: CallQueue, clock: Clock, ledger: Ledger, before: Readonly<Record<string, string>>): Promise<void> {
  const ours = { ...ledger.items };
  const duplicates = new Set<string>();
  let stored = await queue.run(50, () => readLedgerValue(miro));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const merged = mergeLedgerItems(stored?.items ?? before, before, ours);
    for (const id of merged.duplicates) duplicates.add(id);
    if (stored && JSON.stringify(merged.items) === JSON.stringify(stored.items)) break;
    // The layout fields (frames, origin, config) are the build's: kept as stored.
    const value = { ...(stored ?? ledger), items: merged.items };
    await writeThenSettle(clock, () => queue.run(50, () => writeLedgerValue(miro, value)));
    stored = await queue.run(50, () => readLedgerValue(miro));
  }
  const recorded = stored?.items ?? ours;
  for (const key of Object.keys(ledger.items)) delete ledger.items[key];
  Object.assign(ledger.items, recorded);

  // Best effort: one left behind is a stray copy of the app's, never a person's item.
  const kept = new Set(Object.values(recorded));
  await Promise.allSettled(
    [...duplicates]
      .filter((id) => !kept.has(id))
      .map(async (id) => {
        const item = await queue.run(50, () => miro.board.getById(id));
        await removeItem(miro, queue, item);
      }),
  );
}
