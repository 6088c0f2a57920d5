import type { VotingResult } from '@mirohq/websdk-types';
import type { BoardParts } from './boardItemsApi';
import { queryBoard } from './boardQuery';
import { assertFiniteNumber, assertNumberInRange, assertOneOf, assertPlainObject, assertPositive, fail, isJson, jsonByteSize } from './contentRules';
import { rectEmptySpaceNear } from './geometry';
import { APP_USER, copyData, type JsonValue } from './records';
import type { SdkObject } from './sdkItems';
import type { EmulatorOptions } from './types';

/** App data: up to 30 KB per app (websdk-reference-board; the 2023 changelog's 512 B is superseded). */
export const APP_DATA_MAX_BYTES = 30 * 1024;

export type BoardInfoState = {
  appData: Record<string, JsonValue>;
  votingResults: VotingResult[];
  createdAt: string;
};

/** Board-level reads and app data: info, user, features, app data, metadata, empty space, voting. */
export function createBoardInfoApi({ store, factory, call, operations }: BoardParts, options: EmulatorOptions, state: BoardInfoState) {
  const features = options.features ?? {};
  return {
    getInfo: () => call('board.getInfo', () => ({ id: 'uXjVEmulatedBoard=', locale: 'en', createdAt: state.createdAt, updatedAt: store.timestamp() })),
    getUserInfo: () => call('board.getUserInfo', () => ({ ...APP_USER })),
    getOnlineUsers: () => call('board.getOnlineUsers', () => [{ ...APP_USER }]),
    canUse: (feature: unknown) =>
      call('board.canUse', () => features[assertOneOf('board.canUse', 'feature', feature, ['voting', 'timer'])] === true),

    getAppData: (key?: unknown) =>
      call('board.getAppData', () => copyData(key === undefined ? state.appData : state.appData[String(key)])),
    setAppData: (key: unknown, value: unknown) =>
      call('board.setAppData', () => {
        if (typeof key !== 'string' || key === '') fail('board.setAppData', 'key must be a non-empty string');
        if (!isJson(value)) fail('board.setAppData', 'value must be JSON (no undefined, functions, NaN or class instances)');
        const next = { ...state.appData, [key]: copyData(value as JsonValue) };
        const size = jsonByteSize(next);
        if (size > APP_DATA_MAX_BYTES) fail('board.setAppData', `app data is limited to ${APP_DATA_MAX_BYTES} bytes per app per board (would be ${size})`);
        state.appData = next;
        return copyData(next);
      }),

    getMetadata: (item: unknown, key?: string) => operations.getMetadata('board.getMetadata', item as SdkObject, key),
    setMetadata: (item: unknown, key: string, value: unknown) => operations.setMetadata('board.setMetadata', item as SdkObject, key, value),

    /** Returns a centre-based Rect of the requested size that overlaps no item, `offset` kept clear around it. */
    findEmptySpace: (dimensions: unknown) =>
      call('board.findEmptySpace', () => {
        const method = 'board.findEmptySpace';
        const given = assertPlainObject(method, 'dimensions', dimensions);
        const request = {
          x: assertFiniteNumber(method, 'x', given['x']),
          y: assertFiniteNumber(method, 'y', given['y']),
          width: assertPositive(method, 'width', given['width']),
          height: assertPositive(method, 'height', given['height']),
        };
        const offset = given['offset'] === undefined ? 0 : assertNumberInRange(method, 'offset', given['offset'], 0, Number.MAX_SAFE_INTEGER);
        // Frame children lie inside their frames, so top-level items are every obstacle there is.
        const obstacles = [...store.items.values()]
          .filter((record) => record.parentId === null && record.type !== 'connector')
          .map((record) => store.boardRect(record));
        return rectEmptySpaceNear(request, offset, obstacles);
      }),

    experimental: {
      get: (filter?: unknown) => call('experimental.get', () => queryBoard('experimental.get', store, factory, filter)),
      /** "available only on paid plans that have access to the voting feature" (changelog 2023-06-14). */
      getVotingResults: () =>
        call('experimental.getVotingResults', () => {
          if (features.voting !== true) fail('experimental.getVotingResults', 'voting is available only on paid plans with the voting feature');
          // Also needs the voting plugin installed for the team, which canUse('voting') does not tell.
          if (features.votingPlugin === false) fail('experimental.getVotingResults', 'the voting plugin is not installed for this team');
          return copyData(state.votingResults);
        }),
    },
  };
}
