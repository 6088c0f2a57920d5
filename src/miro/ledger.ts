import type { Miro } from '@mirohq/websdk-types';
import { parseLedger, type Ledger } from '../core/ledger';

/** The ledger lives in one shared storage value, so every panel and every re-run reads it in one call. */
export const STORAGE_COLLECTION = 'accelerate-board';
const LEDGER_KEY = 'ledger';

const collection = (miro: Miro) => miro.board.storage.collection(STORAGE_COLLECTION);

export async function readLedgerValue(miro: Miro): Promise<Ledger | undefined> {
  return parseLedger(await collection(miro).get(LEDGER_KEY));
}

export async function writeLedgerValue(miro: Miro, ledger: Ledger): Promise<void> {
  await collection(miro).set(LEDGER_KEY, ledger);
}
