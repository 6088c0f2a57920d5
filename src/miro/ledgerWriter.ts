import type { Miro } from '@mirohq/websdk-types';
import type { CallQueue } from './callQueue';
import { mergeLedgerItems, type Ledger } from '../core/ledger';
import { readLedgerValue, writeLedgerValue } from './ledger';

/**
 * Persists the in-memory ledger one write at a time (so an older copy never lands after a newer
 * one) and coalesces requests that arrive while a write is waiting to start. Each write puts this
 * run's changes over the ledger as stored then, so records other panels' actions made during the
 * build stay (the build lock keeps other builds out; the layout fields are this run's).
 */
export function createLedgerWriter(miro: Miro, queue: CallQueue, ledger: Ledger) {
  const before = { ...ledger.items };
  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  return {
    persist(): Promise<void> {
      if (queued) return queued;
      const write = chain.then(() => {
        queued = undefined;
        const copy = structuredClone(ledger);
        return queue.run(50, async () => {
          const stored = await readLedgerValue(miro);
          await writeLedgerValue(miro, { ...copy, items: mergeLedgerItems(stored?.items ?? before, before, copy.items).items });
        });
      });
      queued = write;
      chain = write.catch(() => undefined);
      return write;
    },
  };
}
