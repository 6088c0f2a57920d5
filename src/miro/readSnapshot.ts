import type { Item, Miro } from '@mirohq/websdk-types';
import { plainTextFromHtml } from '../core/html';
import { BoardSnapshotSchema, type BoardSnapshot, type SnapshotItem } from '../core/snapshot';
import { boardCentreOf } from './boardGeometry';
import { isPositioned, type PositionedItem } from './itemGuards';
import { readLedgerValue } from './ledger';

/** The board as read once: SDK item objects (for the rare update) and their plain snapshot. */
export type BoardRead = { items: ReadonlyMap<string, Item>; snapshot: BoardSnapshot };

/**
 * One `board.get` (every type: unsupported stamps and stickers have no type filter of their own)
 * plus one storage read for the ledger, validated at the boundary.
 */
export async function readBoard(miro: Miro): Promise<BoardRead> {
  const [items, ledger] = await Promise.all([miro.board.get(), readLedgerValue(miro)]);
  return { items: new Map(items.map((item) => [item.id, item])), snapshot: snapshotFrom(items, ledger) };
}

export async function readSnapshot(miro: Miro): Promise<BoardSnapshot> {
  return (await readBoard(miro)).snapshot;
}

export function snapshotFrom(items: readonly Item[], ledger: BoardSnapshot['ledger']): BoardSnapshot {
  const positioned = new Map<string, PositionedItem>();
  for (const item of items) if (isPositioned(item)) positioned.set(item.id, item);
  const parentOf = (id: string) => positioned.get(id);
  const records: SnapshotItem[] = [];
  for (const item of items) {
    if (item.type === 'connector') records.push(connectorRecord(item));
    else if (isPositioned(item)) {
      const record = positionedRecord(item, parentOf);
      // Children of a Kanban, Table or User Story Map come back at x = y = -Infinity: nowhere on the board.
      if (Number.isFinite(record.x) && Number.isFinite(record.y)) records.push(record);
    }
  }
  return BoardSnapshotSchema.parse({ items: records, ledger });
}

function positionedRecord(item: PositionedItem, parentOf: (id: string) => PositionedItem | undefined): SnapshotItem {
  const centre = boardCentreOf(item, parentOf);
  const props = item as unknown as Record<string, unknown>;
  const style = (props.style ?? {}) as Record<string, unknown>;
  return {
    id: item.id,
    type: item.type,
    x: centre.x,
    y: centre.y,
    width: numberOr(props.width, 0),
    height: numberOr(props.height, 0),
    parentId: item.parentId ?? null,
    text: textOf(props),
    color: typeof style.fillColor === 'string' ? style.fillColor : null,
    shape: typeof props.shape === 'string' ? props.shape : null,
  };
}

function connectorRecord(item: Item): SnapshotItem {
  const props = item as unknown as { start?: { item?: string }; end?: { item?: string }; captions?: Array<{ content?: string }> };
  return {
    id: item.id,
    type: 'connector',
    x: 0,
    y: 0,
    width: 0,
    height: 0,
    parentId: null,
    text: (props.captions ?? []).map((caption) => plainTextFromHtml(caption.content ?? '')).join('\n'),
    color: null,
    shape: null,
    start: props.start?.item,
    end: props.end?.item,
  };
}

function textOf(props: Record<string, unknown>): string {
  if (props.type === 'frame') return String(props.title ?? '');
  if (props.type === 'card' || props.type === 'app_card') {
    return [props.title, props.description]
      .filter((part): part is string => typeof part === 'string' && part.length > 0)
      .map(plainTextFromHtml)
      .join('\n');
  }
  return typeof props.content === 'string' ? plainTextFromHtml(props.content) : '';
}

const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
