import type { Item, Miro } from '@mirohq/websdk-types';
import type { Ledger } from '../../core/ledger';
import type { ConnectorChanges } from '../../core/map/reconcileConnectors';
import type { CallQueue } from '../callQueue';
import { allSettledOrThrow } from '../settle';

export type ConnectorCounts = { created: number; removed: number; kept: number };

/** Forgets connectors that are gone and removes the app's unwanted ones; records removals in `ledger`. */
export async function removeConnectors(
  miro: Miro,
  queue: CallQueue,
  args: { changes: ConnectorChanges; items: ReadonlyMap<string, Item>; ledger: Ledger },
): Promise<number> {
  const { changes, items, ledger } = args;
  for (const key of changes.forget) delete ledger.items[key];
  let removed = 0;
  await allSettledOrThrow(
    changes.remove.map(async ({ key, connectorId }) => {
      const connector = items.get(connectorId);
      if (connector) {
        await queue.run(50, () => miro.board.remove(connector));
        removed++;
      }
      delete ledger.items[key];
    }),
  );
  return removed;
}

/** Draws upstream → downstream connectors (arrow at the end) and records each in `ledger` under its key. */
export async function createConnectors(
  miro: Miro,
  queue: CallQueue,
  args: { connectors: ReadonlyArray<{ key: string; start: string; end: string }>; ledger: Ledger },
): Promise<number> {
  await allSettledOrThrow(
    args.connectors.map(async ({ key, start, end }) => {
      const connector = await queue.run(50, () =>
        miro.board.createConnector({
          start: { item: start, snapTo: 'auto' },
          end: { item: end, snapTo: 'auto' },
          style: { endStrokeCap: 'arrow' },
          shape: 'curved',
        }),
      );
      args.ledger.items[key] = connector.id;
    }),
  );
  return args.connectors.length;
}
