import { BoardSnapshotSchema, type BoardSnapshot, type SnapshotItem } from '../core/snapshot';
import { absoluteTopLeftOf, boardCentreOf } from './geometry';
import { listWidgets } from './listWidgets';
import { isAppMetadata, ownershipFrom, type MuralOwnership } from './ownershipRecord';
import type { MuralClient } from './restClient';
import { heightOf, type MuralWidgetRead } from './widgetModel';

/** The mural as read once: MURAL's widgets by id (x, y as MURAL keeps them), the records, and the core's snapshot. */
export type MuralRead = {
  widgets: ReadonlyMap<string, MuralWidgetRead>;
  ownership: MuralOwnership;
  snapshot: BoardSnapshot;
};

/**
 * MURAL's widget types in the core's vocabulary (the one the Miro adapter speaks), so the pure core
 * reads both platforms the same: an area stands for a frame, an arrow for a connector; an icon stays
 * an icon (like a stamp on Miro: a kind the core does not know, a dot when small); a file is a document.
 */
const CORE_TYPES: Record<string, string> = {
  area: 'frame',
  'sticky note': 'sticky_note',
  text: 'text',
  shape: 'shape',
  arrow: 'connector',
  image: 'image',
  icon: 'icon',
  comment: 'comment',
  file: 'document',
  table: 'table',
  'table cell': 'table',
};

/** Every widget (one page per 100), the records, and the snapshot: absolute CENTRES, plain text. */
export async function readMural(client: MuralClient): Promise<MuralRead> {
  const list = await listWidgets(client);
  return muralReadFrom(list);
}

export function muralReadFrom(list: readonly MuralWidgetRead[]): MuralRead {
  const widgets = new Map(list.map((widget) => [widget.id, widget]));
  const ownership = ownershipFrom(list);
  const items = list.filter((widget) => !isAppMetadata(widget)).map((widget) => snapshotItemOf(widget, widgets));
  const snapshot = BoardSnapshotSchema.parse({ items, ...(ownership.ledger ? { ledger: ownership.ledger } : {}) });
  return { widgets, ownership, snapshot };
}

function snapshotItemOf(widget: MuralWidgetRead, byId: ReadonlyMap<string, MuralWidgetRead>): SnapshotItem {
  const centre = boardCentreOf(widget, absoluteTopLeftOf(widget, byId));
  const style = widget.style ?? {};
  const type = CORE_TYPES[widget.type] ?? widget.type;
  const color = widget.type === 'sticky note' || widget.type === 'shape' ? (typeof style.backgroundColor === 'string' ? style.backgroundColor : null) : null;
  const item: SnapshotItem = {
    id: widget.id,
    type,
    x: centre.x,
    y: centre.y,
    width: Math.max(0, widget.width),
    height: Math.max(0, heightOf(widget)),
    parentId: widget.parentId ?? null,
    text: widget.type === 'area' ? (widget.title ?? '') : (widget.text ?? ''),
    color,
    // Sticky notes keep their shape too: a round one is a dot on MURAL.
    shape: (widget.type === 'shape' || widget.type === 'sticky note') && widget.shape !== undefined ? widget.shape : null,
  };
  if (widget.type === 'arrow') {
    if (widget.startRefId !== undefined) item.start = widget.startRefId;
    if (widget.endRefId !== undefined) item.end = widget.endRefId;
  }
  return item;
}
