import type { Connector, Item, Miro } from '@mirohq/websdk-types';
import type { Ledger } from '../../core/ledger';
import type { ConnectorChanges } from '../../core/map/reconcileConnectors';
import type { CallQueue } from '../callQueue';
import { createReconciled, type CreateJob } from '../createReconciled';
import { allSettledOrThrow } from '../settle';
import { removeItem } from '../removeItem';

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
        await removeItem(miro, queue, connector);
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
  args: { connectors: ReadonlyArray<{ key: string; start: string; end: string }>; ledger: Ledger; items: ReadonlyMap<string, Item> },
): Promise<number> {
  const jobs = args.connectors.map(({ start, end }): CreateJob<Connector> => ({
    create: () =>
      miro.board.createConnector({
        start: { item: start, snapTo: 'auto' },
        end: { item: end, snapTo: 'auto' },
        style: { endStrokeCap: 'arrow' },
        shape: 'curved',
      }),
    // A copy that landed without an answer: new since the run read the board, the same ends, an arrow at the end.
    madeIt: (item) => {
      if (item.type !== 'connector') return false;
      const connector = item as Connector;
      return connector.start?.item === start && connector.end?.item === end && connector.style.endStrokeCap === 'arrow';
    },
  }));
  const known = new Set([...args.items.keys(), ...Object.values(args.ledger.items)]);
  await createReconciled(miro, queue, jobs, known, (index, connector) => {
    args.ledger.items[args.connectors[index]!.key] = connector.id;
  });
  return args.connectors.length;
}
