import type { Ledger } from '../../src/core/ledger';
import type { BoardSnapshot, SnapshotItem } from '../../src/core/snapshot';

/** A tiny board: the data products frame (id `F`, centred at 0,0, 4000 × 2000) and what a test adds. */
export function snapshotWith(args: {
  stickies?: Record<string, string>;
  connectors?: Array<{ id: string; start: string; end: string }>;
  ledgerItems?: Record<string, string>;
  extra?: SnapshotItem[];
}): BoardSnapshot {
  const frame: SnapshotItem = { id: 'F', type: 'frame', x: 0, y: 0, width: 4000, height: 2000, parentId: null, text: 'Data products', color: null, shape: null };
  const stickies = Object.entries(args.stickies ?? {}).map(
    ([id, text], index): SnapshotItem => ({ id, type: 'sticky_note', x: -1500 + (index % 8) * 250, y: -800 + Math.floor(index / 8) * 250, width: 199, height: 228, parentId: 'F', text, color: 'light_yellow', shape: 'square' }),
  );
  const connectors = (args.connectors ?? []).map(
    ({ id, start, end }): SnapshotItem => ({ id, type: 'connector', x: 0, y: 0, width: 0, height: 0, parentId: null, text: '', color: null, shape: null, start, end }),
  );
  const ledger: Ledger = { version: 1, origin: { x: 0, y: 0 }, frames: { dataProducts: 'F' }, items: { ...args.ledgerItems } };
  return { items: [frame, ...stickies, ...connectors, ...(args.extra ?? [])], ledger };
}
