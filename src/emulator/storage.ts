import type { SdkCall } from './callGate';
import { fail, isJson, jsonByteSize } from './contentRules';
import { copyData, type JsonValue } from './records';

/** Miro: up to 64 KB per key (docs/storage). */
export const STORAGE_VALUE_MAX_BYTES = 64 * 1024;

type ValueHandler = (value: JsonValue | undefined, version: string) => void;

type Entry = { value: JsonValue | undefined; version: number; handlers: Set<ValueHandler> };

/**
 * `miro.board.storage`: named collections of JSON values shared by everyone on the board, with no
 * compare-and-set (last write wins). `onValue` sends the current value on subscribe, then fires (on
 * a microtask) after every set or remove of the key, including the app's own
 * (websdk-reference-collection). `collectionFor(call)` is one client's view: its calls, its latency.
 */
export function createStorage(changed: () => void) {
  const collections = new Map<string, Map<string, Entry>>();

  const entryOf = (collectionName: string, key: string): Entry => {
    let collection = collections.get(collectionName);
    if (!collection) {
      collection = new Map();
      collections.set(collectionName, collection);
    }
    let entry = collection.get(key);
    if (!entry) {
      entry = { value: undefined, version: 0, handlers: new Set() };
      collection.set(key, entry);
    }
    return entry;
  };

  const checkedKey = (method: string, key: unknown): string => {
    if (typeof key !== 'string' || key === '') fail(method, 'key must be a non-empty string');
    return key;
  };

  const write = (entry: Entry, value: JsonValue | undefined) => {
    entry.value = value;
    entry.version++;
    const delivered = copyData(value);
    const version = String(entry.version);
    for (const handler of [...entry.handlers]) queueMicrotask(() => handler(copyData(delivered), version));
    changed();
  };

  const collection = (call: SdkCall, name: string) => {
    if (typeof name !== 'string' || name === '') fail('board.storage.collection', 'name must be a non-empty string');
    return {
      set: (key: unknown, value: unknown) =>
        call('collection.set', () => {
          const checked = checkedKey('collection.set', key);
          if (value === undefined || !isJson(value)) fail('collection.set', 'value must be JSON (no undefined, functions, NaN or class instances)');
          const size = jsonByteSize(value);
          if (size > STORAGE_VALUE_MAX_BYTES) fail('collection.set', `value is ${size} bytes; the emulator allows ${STORAGE_VALUE_MAX_BYTES} per value`);
          write(entryOf(name, checked), copyData(value as JsonValue));
        }),
      get: (key: unknown) => call('collection.get', () => copyData(entryOf(name, checkedKey('collection.get', key)).value)),
      remove: (key: unknown) => call('collection.remove', () => write(entryOf(name, checkedKey('collection.remove', key)), undefined)),
      onValue: (key: unknown, handler: unknown) => {
        if (typeof handler !== 'function') fail('collection.onValue', 'handler must be a function');
        const entry = entryOf(name, checkedKey('collection.onValue', key));
        entry.handlers.add(handler as ValueHandler);
        const current = copyData(entry.value);
        const version = String(entry.version);
        queueMicrotask(() => (handler as ValueHandler)(current, version));
        return Promise.resolve();
      },
      offValue: (key: unknown, handler: unknown) => {
        entryOf(name, checkedKey('collection.offValue', key)).handlers.delete(handler as ValueHandler);
        return Promise.resolve();
      },
    };
  };

  return { collectionFor: (call: SdkCall) => (name: string) => collection(call, name) };
}
