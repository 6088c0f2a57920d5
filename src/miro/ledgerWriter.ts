import type { Miro } from '@mirohq/websdk-types';
import type { CallQueue } from './callQueue';
import type { Ledger } from '../core/ledger';
import { writeLedgerValue } from './ledger';

/**
 * Persists the in-memory ledger one write at a time (so an older copy never lands after a newer
 * one) and coalesces requests that arrive while a write is waiting to start.
 */
export function createLedgerWriter(miro: Miro, queue: CallQueue, ledger: Ledger) {
  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  return {
    persist(): Promise<void> {
      if (queued) return queued;
      const write = chain.then(() => {
        queued = undefined;
        const copy = structuredClone(ledger);
        return queue.run(50, () => writeLedgerValue(miro, copy));
      });
      queued = write;
      chain = write.catch(() => undefined);
      return write;
    },
  };
}
