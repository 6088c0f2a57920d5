import type { Miro } from '@mirohq/websdk-types';
import { z } from 'zod';
import { parseLedger, type Ledger } from '../core/ledger';

/**
 * The ledger lives in one shared storage value, so every panel and every re-run reads it in one
 * call — until it outgrows one value (a board with many data products records a node and a
 * connector for each). Then the value at `ledger` holds everything but the items plus a pointer to
 * parts, each under its own key, named after a hash of the whole ledger so a write never touches
 * the parts an earlier head points to.
 */
export const STORAGE_COLLECTION = 'accelerate-board';
const LEDGER_KEY = 'ledger';

/**
 * Largest value the ledger writes. Miro allows 64 KB per storage key (docs/storage); kept well
 * under it so the head's other fields always fit beside a part's worth.
 */
export const LEDGER_VALUE_BUDGET = 48 * 1024;

const PartsSchema = z.object({ token: z.string(), count: z.number().int().positive() });
const PartSchema = z.object({ token: z.string(), items: z.record(z.string(), z.string()) });

/** A part that does not match its head: another panel rewrote the ledger while this one read it. */
export class LedgerChangedWhileReadingError extends Error {
  constructor() {
    super('The ledger changed while it was read; reading it again');
    this.name = 'LedgerChangedWhileReadingError';
  }
}

const collection = (miro: Miro) => miro.board.storage.collection(STORAGE_COLLECTION);
const partKey = (token: string, index: number) => `${LEDGER_KEY}-${token}-${index}`;

/** Reads the ledger, parts and all. Throws `LedgerChangedWhileReadingError` (retry it) on a torn read. */
export async function readLedgerValue(miro: Miro): Promise<Ledger | undefined> {
  const head = await collection(miro).get(LEDGER_KEY);
  const ledger = parseLedger(head);
  if (!ledger) return undefined;
  const parts = PartsSchema.safeParse((head as { parts?: unknown }).parts);
  if (!parts.success) return ledger;
  const { token, count } = parts.data;
  const values = await Promise.all(Array.from({ length: count }, (_, index) => collection(miro).get(partKey(token, index))));
  for (const value of values) {
    const part = PartSchema.safeParse(value);
    if (!part.success || part.data.token !== token) throw new LedgerChangedWhileReadingError();
    Object.assign(ledger.items, part.data.items);
  }
  return ledger;
}

export async function writeLedgerValue(miro: Miro, ledger: Ledger): Promise<void> {
  const store = collection(miro);
  if (byteSize(ledger) <= LEDGER_VALUE_BUDGET) {
    await store.set(LEDGER_KEY, ledger);
    return;
  }
  const previous = PartsSchema.safeParse(((await store.get(LEDGER_KEY)) as { parts?: unknown } | undefined)?.parts);
  const token = hashOf(JSON.stringify(ledger));
  const chunks = itemChunks(ledger.items);
  await Promise.all(chunks.map((items, index) => store.set(partKey(token, index), { token, items })));
  await store.set(LEDGER_KEY, { ...ledger, items: {}, parts: { token, count: chunks.length } });
  if (previous.success && previous.data.token !== token) {
    // Best effort: a panel still reading the old parts finds one gone and reads the head again.
    const { token: old, count } = previous.data;
    await Promise.allSettled(Array.from({ length: count }, (_, index) => store.remove(partKey(old, index))));
  }
}

/** Items split into values of at most the budget each, in key order. */
function itemChunks(items: Readonly<Record<string, string>>): Array<Record<string, string>> {
  const chunks: Array<Record<string, string>> = [];
  let chunk: Record<string, string> = {};
  let size = 0;
  const overhead = byteSize({ token: '0'.repeat(12), items: {} });
  for (const key of Object.keys(items).sort()) {
    const entry = byteSize(key) + byteSize(items[key]) + 2;
    if (size > 0 && overhead + size + entry > LEDGER_VALUE_BUDGET) {
      chunks.push(chunk);
      chunk = {};
      size = 0;
    }
    chunk[key] = items[key]!;
    size += entry;
  }
  chunks.push(chunk);
  return chunks;
}

const encoder = new TextEncoder();
const byteSize = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/** cyrb53 (53 bits, base 36): names a ledger's parts after its content. */
function hashOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
