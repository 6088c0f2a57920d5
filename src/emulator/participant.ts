import type { BoardChanges } from './boardChanges';
import type { BoardStore } from './boardStore';
import { endpointsChecked } from './connectorRules';
import { assertFiniteNumber, assertOneOf, assertPositive, fail, SHAPE_NAMES } from './contentRules';
import { attachToFrame, frameHolding, lies, requireFrame } from './frameRules';
import { editorHtml, escapedText } from './html';
import { copyData, PARTICIPANT, type ItemRecord } from './records';
import { stickyNoteSize, textHeight } from './sizing';
import { DEFAULT_STYLES, styleMerged } from './styleRules';
import type { Participant, UnsupportedType } from './types';

/** Containers whose children the SDK returns with x = y = -Infinity ("children inside parent items"). */
const CONTAINER_TYPES: ReadonlySet<string> = new Set(['kanban', 'table', 'usm']);
const TEXT_TYPES = new Set(['sticky_note', 'shape', 'text']);

function assertNonEmpty(method: string, type: string): string {
  if (typeof type !== 'string' || type.trim() === '') fail(method, 'type must be a non-empty string');
  return type;
}


/**
 * Other people on the board. Their changes cost no credits, never fail, and fire the board events.
 * They act like Miro's UI: an item created or dropped with its centre inside a frame is the frame's
 * child (the smallest such frame); dropped outside, it leaves its frame.
 */
export function createParticipant(store: BoardStore, changes: BoardChanges): Participant {
  const place = (method: string, fields: Pick<ItemRecord, 'type' | 'x' | 'y' | 'width' | 'height' | 'props'> & { unsupported?: boolean }, parentId?: string): string => {
    assertFiniteNumber(method, 'x', fields.x);
    assertFiniteNumber(method, 'y', fields.y);
    const record = store.newRecord(PARTICIPANT, fields);
    if (parentId !== undefined) {
      const frame = requireFrame(method, store, parentId);
      if (!lies(store, frame, store.boardRect(record), 'centre')) fail(method, `the item's centre is not inside frame ${parentId}`);
      store.insert(record);
      store.setParent(record, parentId);
    } else {
      store.insert(record);
    }
    changes.created([record]);
    return record.id;
  };

  /** `geometry: false` (a text or style edit): Miro sends no update event for it. */
  const edited = (records: ItemRecord[], geometry = true) => {
    for (const record of records) store.touch(record, PARTICIPANT);
    if (geometry) changes.updated(records);
    else changes.other();
  };

  return {
    addStickyNote({ text, x, y, width, color, parentId }) {
      const method = 'participant.addStickyNote';
      return place(method, {
        type: 'sticky_note', x, y,
        ...stickyNoteSize(method, 'square', width, undefined),
        props: {
          shape: 'square',
          content: editorHtml(text),
          style: styleMerged(method, 'sticky_note', DEFAULT_STYLES['sticky_note'] ?? {}, color === undefined ? undefined : { fillColor: color }),
          tagIds: [],
        },
      }, parentId);
    },
    addShape({ shape, text, x, y, width, height, fillColor, parentId }) {
      const method = 'participant.addShape';
      return place(method, {
        type: 'shape', x, y,
        width: assertPositive(method, 'width', width),
        height: assertPositive(method, 'height', height),
        props: {
          shape: shape === undefined ? 'rectangle' : assertOneOf(method, 'shape', shape, SHAPE_NAMES),
          content: text === undefined ? '' : editorHtml(text),
          rotation: 0,
          style: styleMerged(method, 'shape', DEFAULT_STYLES['shape'] ?? {}, fillColor === undefined ? undefined : { fillColor }),
        },
      }, parentId);
    },
    addCard({ title, description, x, y, parentId }) {
      return place('participant.addCard', {
        type: 'card', x, y, width: 320, height: 94,
        props: {
          title: escapedText(title),
          description: description === undefined ? '' : escapedText(description),
          rotation: 0,
          style: { ...DEFAULT_STYLES['card'] },
          taskStatus: 'none',
          tagIds: [],
        },
      }, parentId);
    },
    addUnsupported({ type, x, y, width, height, parentId }) {
      const method = 'participant.addUnsupported';
      return place(method, {
        // Any type string: Miro names types the docs never list (what a stamp is called is undocumented).
        type: assertNonEmpty(method, type),
        unsupported: true, x, y,
        width: assertPositive(method, 'width', width),
        height: assertPositive(method, 'height', height),
        props: {},
      }, parentId);
    },
    addToContainer(containerId, { type, text }) {
      const method = 'participant.addToContainer';
      const container = store.requireItem(method, containerId);
      if (!CONTAINER_TYPES.has(container.type)) fail(method, `a ${container.type} holds no items; use a kanban, table or usm`);
      // Strictest reading of "children inside parent items": returned by get, at x = y = -Infinity.
      const props =
        type === 'card'
          ? { title: escapedText(text), description: '', rotation: 0, style: { ...DEFAULT_STYLES['card'] }, taskStatus: 'none', tagIds: [] }
          : { shape: 'square', content: editorHtml(text), style: { ...DEFAULT_STYLES['sticky_note'] }, tagIds: [] };
      const record = store.newRecord(PARTICIPANT, { type, x: -Infinity, y: -Infinity, width: type === 'card' ? 320 : 199, height: type === 'card' ? 94 : 228, props });
      record.parentId = container.id;
      store.insert(record);
      changes.created([record]);
      return record.id;
    },
    addConnector({ start, end }) {
      const method = 'participant.addConnector';
      const ends = endpointsChecked(method, { item: start, snapTo: 'auto' }, { item: end, snapTo: 'auto' }, store);
      return place(method, { type: 'connector', x: 0, y: 0, width: 0, height: 0, props: { ...ends, shape: 'curved', style: { ...DEFAULT_STYLES['connector'] }, captions: [] } });
    },

    move(id, boardX, boardY) {
      const method = 'participant.move';
      const record = store.requireItem(method, id);
      if (record.type === 'connector') fail(method, 'connectors follow their ends');
      Object.assign(record, store.sdkPosition(assertFiniteNumber(method, 'boardX', boardX), assertFiniteNumber(method, 'boardY', boardY), record.parentId));
      if (record.type !== 'frame') {
        const holder = frameHolding(store, store.boardCentre(record), record.id);
        if ((holder?.id ?? null) !== record.parentId) store.setParent(record, holder?.id ?? null);
      }
      edited([record]);
    },
    editText(id, text) {
      const method = 'participant.editText';
      const record = store.requireItem(method, id);
      if (!TEXT_TYPES.has(record.type)) fail(method, `a ${record.type} has no text content`);
      record.props['content'] = editorHtml(text);
      if (record.type === 'text') record.height = textHeight(editorHtml(text), record.props['style'] as Record<string, unknown>, record.width);
      edited([record], false);
    },
    resize(id, width, height) {
      const method = 'participant.resize';
      const record = store.requireItem(method, id);
      assertPositive(method, 'width', width);
      assertPositive(method, 'height', height);
      const updated = [record];
      if (record.type === 'sticky_note') {
        // A sticky note keeps its aspect ratio: the width decides, the height follows.
        Object.assign(record, stickyNoteSize(method, String(record.props['shape']), width, undefined));
      } else if (record.type === 'text') {
        record.width = width;
        record.height = textHeight(String(record.props['content']), record.props['style'] as Record<string, unknown>, width);
      } else if (record.type === 'card') {
        record.width = width;
      } else if (record.type === 'frame') {
        updated.push(...resizeFrame(store, record, width, height));
      } else {
        Object.assign(record, { width, height });
      }
      edited(updated);
    },
    startEditing(id) {
      return store.locks.start(store.requireItem('participant.startEditing', id).id);
    },
    duplicate(id) {
      const method = 'participant.duplicate';
      const original = store.requireItem(method, id);
      if (original.type === 'frame' || original.type === 'connector') fail(method, `duplicate a single item, not a ${original.type}`);
      // Miro's copy lands beside the original, in the same parent; no items:create event for it.
      const copy = store.newRecord(PARTICIPANT, { type: original.type, unsupported: original.unsupported, x: original.x + original.width + 20, y: original.y, width: original.width, height: original.height, props: copyData(original.props) });
      copy.parentId = original.parentId;
      store.insert(copy);
      changes.other();
      return copy.id;
    },
    remove(id) {
      store.requireItem('participant.remove', id);
      const selectionBefore = store.selection.size;
      changes.deleted(store.removeItem(id), selectionBefore);
    },
    addToFrame(frameId, itemId) {
      const method = 'participant.addToFrame';
      const frame = requireFrame(method, store, frameId);
      const record = store.requireItem(method, itemId);
      edited([frame, ...attachToFrame(method, store, frame, { id: record.id, type: record.type }, 'centre')]);
    },
    select(ids) {
      store.selection.clear();
      for (const id of ids) store.selection.add(store.requireItem('participant.select', id).id);
      changes.selectionChanged();
    },
  };
}

/** Resizing a frame by hand keeps its children where they are; those whose centre ends up outside leave the frame. */
function resizeFrame(store: BoardStore, frame: ItemRecord, width: number, height: number): ItemRecord[] {
  const children = store.childIds(frame.id).flatMap((childId) => store.item(childId) ?? []);
  const childCentres = children.map((child) => store.boardCentre(child));
  Object.assign(frame, { width, height });
  children.forEach((child, index) => {
    const centre = childCentres[index] ?? { x: 0, y: 0 };
    const stillInside = lies(store, frame, { ...centre, width: child.width, height: child.height }, 'centre');
    Object.assign(child, store.sdkPosition(centre.x, centre.y, frame.id));
    if (!stillInside) store.setParent(child, null);
  });
  return children;
}
