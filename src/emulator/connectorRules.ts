import type { BoardStore } from './boardStore';
import {
  assertMiroHtml,
  assertNumberInRange,
  assertOneOf,
  assertPlainObject,
  assertKnownKeys,
  fail,
} from './contentRules';

const SNAP_TO = ['auto', 'top', 'left', 'bottom', 'right'] as const;
const CONNECTOR_SHAPES = ['straight', 'elbowed', 'curved'] as const;

export type Endpoint = { item: string; snapTo?: string; position?: { x: number; y: number } };

/**
 * Miro: no loose or dangling connectors, and each end gives `snapTo` or `position`, not both
 * (developers.miro.com/docs/connector_connector-1 "you must specify … the location of the two
 * terminal points"), so an end with neither throws too. Which items may be ends is not documented;
 * conservative: frames, unsupported items and other connectors may not.
 */
export function endpointChecked(method: string, field: string, value: unknown, store: BoardStore): Endpoint {
  const end = assertPlainObject(method, field, value);
  assertKnownKeys(method, field, end, ['item', 'snapTo', 'position']);
  if (typeof end['item'] !== 'string') fail(method, `${field}.item must be the id of an item on the board (no loose or dangling connectors)`);
  const target = store.item(end['item']);
  if (!target) fail(method, `${field}.item ${end['item']} is not on the board`);
  if (target.type === 'frame' || target.type === 'connector' || target.unsupported) {
    fail(method, `${field}.item may not be a ${target.type} (conservative: only sticky notes, shapes, text and cards)`);
  }
  const hasSnap = end['snapTo'] !== undefined;
  const hasPosition = end['position'] !== undefined;
  if (hasSnap === hasPosition) fail(method, `${field} takes snapTo or position, ${hasSnap ? 'not both' : 'one is required'}`);
  if (hasSnap) return { item: target.id, snapTo: assertOneOf(method, `${field}.snapTo`, end['snapTo'], SNAP_TO) };
  const position = assertPlainObject(method, `${field}.position`, end['position']);
  assertKnownKeys(method, `${field}.position`, position, ['x', 'y']);
  // position is relative to the item box: 0..1 on each axis (changelog 2022-11-07: x: 1 = right edge).
  return {
    item: target.id,
    position: {
      x: assertNumberInRange(method, `${field}.position.x`, position['x'], 0, 1),
      y: assertNumberInRange(method, `${field}.position.y`, position['y'], 0, 1),
    },
  };
}

export function endpointsChecked(method: string, start: unknown, end: unknown, store: BoardStore): { start: Endpoint; end: Endpoint } {
  const startEnd = endpointChecked(method, 'start', start, store);
  const endEnd = endpointChecked(method, 'end', end, store);
  if (startEnd.item === endEnd.item) fail(method, 'start.item and end.item must be different items');
  return { start: startEnd, end: endEnd };
}

export function connectorShapeChecked(method: string, value: unknown): string {
  return assertOneOf(method, 'shape', value, CONNECTOR_SHAPES);
}

/** Caption position scale is not documented (0..1 or 0..100); conservative: 0..1 only. */
export function captionsChecked(method: string, value: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(value)) fail(method, 'captions must be an array');
  return value.map((caption: unknown, index) => {
    const field = `captions[${index}]`;
    const given = assertPlainObject(method, field, caption);
    assertKnownKeys(method, field, given, ['content', 'position', 'textAlignVertical']);
    const checked: Record<string, unknown> = {};
    if (given['content'] !== undefined) checked['content'] = assertMiroHtml(method, `${field}.content`, given['content']);
    if (given['position'] !== undefined) checked['position'] = assertNumberInRange(method, `${field}.position`, given['position'], 0, 1);
    if (given['textAlignVertical'] !== undefined) {
      checked['textAlignVertical'] = assertOneOf(method, `${field}.textAlignVertical`, given['textAlignVertical'], ['top', 'middle', 'bottom']);
    }
    return checked;
  });
}
