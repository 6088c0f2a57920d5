/**
 * The board's own state, as Miro's server would hold it. SDK item objects are built from these
 * records on every read and never shared, so app-side edits only reach the board through `sync()`.
 */

/** One positioned board item (frames, sticky notes, shapes, text, cards, connectors, unsupported items). */
export type ItemRecord = {
  id: string;
  /** SDK type string: `frame`, `sticky_note`, …, or an unsupported kind such as `stamp`. */
  type: string;
  /** True for items the SDK reads as `Unsupported` (stamps, stickers, emoji, pen strokes). */
  unsupported: boolean;
  /** Centre as the SDK reports it: board coordinates, or relative to the parent frame's top-left. */
  x: number;
  y: number;
  width: number;
  height: number;
  parentId: string | null;
  groupId: string | null;
  createdAt: string;
  createdBy: string;
  modifiedAt: string;
  modifiedBy: string;
  /** Every other SDK-visible property (content, style, shape, title, tagIds, start, end, …). */
  props: Record<string, unknown>;
};

export type TagRecord = { id: string; title: string; color: string };

export type GroupRecord = { id: string; itemIds: string[] };

/** Who made a change: the app through the SDK, or a participant through the test helpers. */
export type Actor = { id: string; name: string };

export const APP_USER: Actor = { id: '3458764500000000001', name: 'Emulated facilitator' };
export const PARTICIPANT: Actor = { id: '3458764500000000002', name: 'Emulated participant' };

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Deep copy of plain data (records hold only JSON-like values). */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((entry: unknown) => copyData(entry)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) copy[key] = copyData(entry);
    return copy as T;
  }
  return value;
}

/** Structural equality of plain data; `undefined` properties count as absent. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((entry, index) => sameData(entry, b[index]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(aRecord), ...Object.keys(bRecord)]);
  for (const key of keys) if (!sameData(aRecord[key], bRecord[key])) return false;
  return true;
}
