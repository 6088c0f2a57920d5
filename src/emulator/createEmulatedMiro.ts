import type { Miro, VotingResult } from '@mirohq/websdk-types';
import { BoardChanges } from './boardChanges';
import { createBoardInfoApi, type BoardInfoState } from './boardInfoApi';
import { createBoardItemsApi, type BoardParts } from './boardItemsApi';
import { BoardStore } from './boardStore';
import { createBoardUi, createNotifications, type ShownNotification } from './boardUi';
import { createCallGate, type SdkCall } from './callGate';
import { EventHub } from './events';
import { createItemOperations } from './itemOperations';
import { itemViews } from './itemViews';
import { BOARD_SDK_MEMBERS, notSupportedProxy } from './notSupported';
import { createParticipant } from './participant';
import { copyData } from './records';
import { ItemFactory, type ItemOperations } from './sdkItems';
import { createStorage } from './storage';
import type { EmulatedMiro, EmulatorOptions } from './types';
import { createTimer, createViewport } from './viewportAndTimer';

/**
 * An in-memory Miro board behind the `Miro` type of @mirohq/websdk-types, strict where Miro is
 * strict or undocumented (see CONTEXT.md). Same app code runs against it and against `window.miro`.
 */
export function createEmulatedMiro(options: EmulatorOptions = {}): EmulatedMiro {
  const now = options.now ?? (() => Date.now());
  const store = new BoardStore(now);
  const events = new EventHub();
  const gate = createCallGate({ ...options, now });
  // Event payloads are built by the first client's factory; each client's own reads by its own.
  let changes: BoardChanges | undefined;
  const partsFor = (call: SdkCall): BoardParts => {
    let operations: ItemOperations | undefined;
    const factory = new ItemFactory(
      store,
      () => {
        if (!operations) throw new Error('emulator: item operations used before the board was built');
        return operations;
      },
      options.normaliseReadBack === true,
    );
    changes ??= new BoardChanges(store, factory, events);
    operations = createItemOperations(store, factory, call, changes);
    return { store, factory, call, changes, operations };
  };
  const firstParts = partsFor(gate.call);
  const boardChanges = firstParts.changes;
  const infoState: BoardInfoState = { appData: {}, votingResults: [], createdAt: store.timestamp() };
  const shownNotifications: ShownNotification[] = [];
  const storage = createStorage(() => boardChanges.other());

  // Each client is another person's panel on the same board: same items, storage, credits and
  // events, and its own round trip (`latencyMs`), so its writes land when its network delivers them.
  const connectClient = (client: { latencyMs?: number } = {}): Miro => {
    const parts = client.latencyMs === undefined && clients === 0 ? firstParts : partsFor(gate.callWithLatency(client.latencyMs ?? options.latencyMs ?? 0));
    clients++;
    const { experimental, ...info } = createBoardInfoApi(parts, options, infoState);
    const collection = storage.collectionFor(parts.call);
    const board = notSupportedProxy('miro.board', {
      ...createBoardItemsApi(parts),
      ...info,
      ui: notSupportedProxy('miro.board.ui', createBoardUi(parts.call, events)),
      notifications: notSupportedProxy('miro.board.notifications', createNotifications(parts.call, shownNotifications)),
      viewport: notSupportedProxy('miro.board.viewport', createViewport(parts.call, store)),
      storage: notSupportedProxy('miro.board.storage', {
        collection: (name: string) => notSupportedProxy(`miro.board.storage.collection('${name}')`, collection(name)),
      }),
      timer: notSupportedProxy('miro.board.timer', createTimer(parts.call, now, options.features?.timer === true)),
      experimental: notSupportedProxy('miro.board.experimental', experimental),
    }, BOARD_SDK_MEMBERS);
    // The emulator implements the subset the app uses; everything else throws through the proxy.
    return { board, clientVersion: 'emulated' } as unknown as Miro;
  };
  let clients = 0;
  const miro = connectClient();

  return {
    miro,
    connectClient,
    stats: gate.stats,
    resetStats: gate.resetStats,
    items: () => itemViews(store, firstParts.factory),
    onChange: (listener) => events.onChange(listener),
    participant: createParticipant(store, boardChanges),
    seedVotingResults: (results: VotingResult[]) => {
      infoState.votingResults = copyData(results);
    },
    notifications: () => shownNotifications.map((shown) => ({ ...shown })),
  };
}
