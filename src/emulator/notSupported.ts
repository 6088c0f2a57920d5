/**
 * Names that test runners, devtools and `await` probe on any object; answering `undefined` keeps
 * `expect(x)`, `console.log(x)` and `Promise.resolve(x)` working on the SDK objects.
 */
const PROBED_NAMES = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'inspect', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@', '_isMockFunction']);

/** Members of `miro.board` in @mirohq/websdk-types 2.17.2 (stable client plus `experimental`). */
export const BOARD_SDK_MEMBERS: ReadonlySet<string> = new Set(
  ('action bringInFrontOf bringToFront canUse collaboration createAppCard createCard createConnector createEmbed ' +
    'createFrame createGroup createImage createMindmapNode createPreview createShape createStickyNote createTag createText ' +
    'deselect events experimental findEmptySpace get getAppData getById getIdToken getInfo getLayerIndex getMetadata ' +
    'getOnlineUsers getSelection getUserInfo goToLink group history items notifications remove select sendBehindOf ' +
    'sendToBack setAppData setMetadata storage sync timer tools ui viewport').split(' '),
);

/**
 * Wraps an SDK namespace so that reading a member the SDK has but the emulator does not implement
 * throws `miro.board.<name> is not supported by the emulator` — at the first touch, not later as
 * "undefined is not a function". A member the SDK itself lacks (`miro.board.id`) reads `undefined`,
 * as in Miro, when `sdkMembers` lists what the SDK has.
 */
export function notSupportedProxy<T extends object>(path: string, target: T, sdkMembers?: ReadonlySet<string>): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object || PROBED_NAMES.has(property)) {
        return Reflect.get(object, property, receiver) as unknown;
      }
      if (sdkMembers && !sdkMembers.has(property)) return undefined;
      throw new Error(`${path}.${property} is not supported by the emulator`);
    },
  });
}
