/**
 * Names that test runners, devtools and `await` probe on any object; answering `undefined` keeps
 * `expect(x)`, `console.log(x)` and `Promise.resolve(x)` working on the SDK objects.
 */
const PROBED_NAMES = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'inspect', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@', '_isMockFunction']);

/**
 * Wraps an SDK namespace so that reading any member the emulator does not implement throws
 * `miro.board.<name> is not supported by the emulator` — at the first touch, not later as
 * "undefined is not a function".
 */
export function notSupportedProxy<T extends object>(path: string, target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object || PROBED_NAMES.has(property)) {
        return Reflect.get(object, property, receiver) as unknown;
      }
      throw new Error(`${path}.${property} is not supported by the emulator`);
    },
  });
}
