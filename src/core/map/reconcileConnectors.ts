import type { SnapshotItem } from '../snapshot';

/** A connector the app wants: its role key and the item ids of its ends (undefined while an end is not made yet). */
export type WantedConnector = { key: string; start: string | undefined; end: string | undefined };

export type ConnectorChanges = {
  /** Wanted keys whose recorded connector is on the board with the right ends. */
  kept: Array<{ key: string; connectorId: string }>;
  /** Recorded connectors to remove: no longer wanted, or attached to other items than wanted. */
  remove: Array<{ key: string; connectorId: string }>;
  /** Wanted keys to draw (again). */
  create: string[];
  /** Recorded keys whose connector is gone from the board (Miro removes a connector with either end). */
  forget: string[];
};

/**
 * What to change so that the app's connectors under `prefix` are exactly `wanted`. Only
 * connectors recorded in the ledger under `prefix` are ever removed; people's are not looked at.
 */
export function reconcileConnectors(args: {
  prefix: string;
  wanted: readonly WantedConnector[];
  recorded: Readonly<Record<string, string>>;
  connectors: ReadonlyMap<string, SnapshotItem>;
}): ConnectorChanges {
  const { prefix, wanted, recorded, connectors } = args;
  const wantedByKey = new Map(wanted.map((connector) => [connector.key, connector]));
  const changes: ConnectorChanges = { kept: [], remove: [], create: [], forget: [] };
  const keptKeys = new Set<string>();
  for (const [key, connectorId] of Object.entries(recorded)) {
    if (!key.startsWith(prefix)) continue;
    const onBoard = connectors.get(connectorId);
    if (!onBoard) {
      changes.forget.push(key);
      continue;
    }
    const want = wantedByKey.get(key);
    if (want && want.start !== undefined && want.start === onBoard.start && want.end === onBoard.end) {
      changes.kept.push({ key, connectorId });
      keptKeys.add(key);
    } else {
      changes.remove.push({ key, connectorId });
    }
  }
  changes.create = wanted.filter((connector) => !keptKeys.has(connector.key)).map((connector) => connector.key);
  return changes;
}
