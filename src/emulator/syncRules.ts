import type { BoardStore } from './boardStore';
import { captionsChecked, connectorShapeChecked, endpointsChecked } from './connectorRules';
import { assertFiniteNumber, assertMiroHtml, assertOneOf, assertPositive, assertString, fail, SHAPE_NAMES, TAG_COLORS } from './contentRules';
import { tagIdsChecked } from './createRules';
import { rectContains, rectHoldsPoint, type BoardRect } from './geometry';
import { copyData, sameData, type ItemRecord } from './records';
import { frameSize, stickyNoteSize, textHeight } from './sizing';
import { styleMerged } from './styleRules';

/** Properties the app may change before `sync()`, per item type. Everything else is read-only. */
const WRITABLE: Record<string, readonly string[]> = {
  frame: ['x', 'y', 'width', 'height', 'title', 'style', 'showContent'],
  sticky_note: ['x', 'y', 'width', 'height', 'shape', 'content', 'style', 'tagIds'],
  shape: ['x', 'y', 'width', 'height', 'rotation', 'shape', 'content', 'style'],
  text: ['x', 'y', 'width', 'rotation', 'content', 'style'],
  card: ['x', 'y', 'width', 'rotation', 'title', 'description', 'style', 'tagIds', 'taskStatus', 'dueDate', 'startDate', 'assignee', 'fields'],
  connector: ['shape', 'start', 'end', 'style', 'captions'],
};
/** Unsupported items: the SDK can move them, nothing else (developers.miro.com unsupported reference). */
const UNSUPPORTED_WRITABLE = ['x', 'y'];

export type SyncOutcome = { record: ItemRecord; childPositions: Array<{ child: ItemRecord; x: number; y: number }> };

/**
 * Validates an item object against the board and returns the record it syncs to, without touching
 * the board, so a rejected sync has no effect. `read` is the data the object was handed out with.
 *
 * Like the real SDK, sync writes every writable property of the object: values the app did not
 * touch but that went stale (a participant moved the note) overwrite the board.
 */
export function syncOutcome(method: string, store: BoardStore, record: ItemRecord, object: Record<string, unknown>, read: Record<string, unknown>, board: Record<string, unknown>): SyncOutcome {
  const writable = record.unsupported ? UNSUPPORTED_WRITABLE : (WRITABLE[record.type] ?? []);
  const changedByApp = (key: string) => key in object && !sameData(object[key], read[key]);
  for (const key of Object.keys(object)) {
    if (typeof object[key] === 'function' || writable.includes(key)) continue;
    if (!(key in board) && !(key in read) && object[key] !== undefined) fail(method, `${key} is not a ${record.type} property`);
    if (changedByApp(key)) {
      if (record.unsupported && (key === 'width' || key === 'height')) fail(method, 'the SDK cannot resize unsupported items');
      fail(method, `${key} is read-only${key === 'parentId' ? '; use frame.add / frame.remove' : ''}`);
    }
  }
  if ('parentId' in object && object['parentId'] !== record.parentId) {
    fail(method, 'the item was attached to or detached from a frame since it was read (its x/y are in another space); re-read it');
  }
  if (record.type === 'frame' && 'childrenIds' in object && !sameData(sortedIds(object['childrenIds']), sortedIds(board['childrenIds']))) {
    fail(method, "the frame's childrenIds are stale (children were added or removed since it was read); re-read the frame before changing it");
  }

  const draft = copyData(record);
  const value = (key: string) => (key in object && object[key] !== undefined ? object[key] : board[key]);
  if (writable.includes('x')) {
    draft.x = assertFiniteNumber(method, 'x', value('x'));
    draft.y = assertFiniteNumber(method, 'y', value('y'));
  }
  applyTypeRules(method, store, draft, value, changedByApp);

  // Only a child the app moves or resizes must end up inside: people may leave one overhanging.
  const parent = draft.parentId ? store.item(draft.parentId) : undefined;
  const reshaped = draft.x !== record.x || draft.y !== record.y || draft.width !== record.width || draft.height !== record.height;
  if (parent && reshaped && !rectContains(frameBox(parent), draft)) {
    fail(method, 'a frame child must stay inside its frame (x/y are relative to the frame top-left); frame.remove it first to move it out');
  }
  return { record: draft, childPositions: draft.type === 'frame' ? childPositions(method, store, record, draft) : [] };
}

function applyTypeRules(method: string, store: BoardStore, draft: ItemRecord, value: (key: string) => unknown, changedByApp: (key: string) => boolean): void {
  const props = draft.props;
  const style = (props['style'] ?? {}) as Record<string, unknown>;
  switch (draft.type) {
    case 'frame': {
      if (value('showContent') !== true) fail(method, 'showContent: false needs a Consultant/Enterprise plan');
      Object.assign(draft, frameSize(method, value('width'), value('height')));
      props['title'] = assertString(method, 'title', value('title'));
      props['style'] = styleMerged(method, 'frame', style, value('style'));
      return;
    }
    case 'sticky_note': {
      const shape = assertOneOf(method, 'shape', value('shape'), ['square', 'rectangle']);
      if (changedByApp('width') && changedByApp('height')) fail(method, 'sticky notes take width or height, not both');
      const byHeight = changedByApp('height') && !changedByApp('shape');
      Object.assign(draft, stickyNoteSize(method, shape, byHeight ? undefined : value('width'), byHeight ? value('height') : undefined));
      Object.assign(props, {
        shape,
        content: assertMiroHtml(method, 'content', value('content')),
        style: styleMerged(method, 'sticky_note', style, value('style')),
        tagIds: tagIdsChecked(method, value('tagIds'), store),
      });
      return;
    }
    case 'shape': {
      draft.width = assertPositive(method, 'width', value('width'));
      draft.height = assertPositive(method, 'height', value('height'));
      Object.assign(props, {
        shape: assertOneOf(method, 'shape', value('shape'), SHAPE_NAMES),
        content: assertMiroHtml(method, 'content', value('content')),
        rotation: assertFiniteNumber(method, 'rotation', value('rotation')),
        style: styleMerged(method, 'shape', style, value('style')),
      });
      return;
    }
    case 'text': {
      draft.width = assertPositive(method, 'width', value('width'));
      Object.assign(props, {
        content: assertMiroHtml(method, 'content', value('content')),
        rotation: assertFiniteNumber(method, 'rotation', value('rotation')),
        style: styleMerged(method, 'text', style, value('style')),
      });
      draft.height = textHeight(props['content'] as string, props['style'] as Record<string, unknown>, draft.width);
      return;
    }
    case 'card': {
      draft.width = assertPositive(method, 'width', value('width'));
      Object.assign(props, {
        title: assertString(method, 'title', value('title')),
        description: assertString(method, 'description', value('description')),
        rotation: assertFiniteNumber(method, 'rotation', value('rotation')),
        style: styleMerged(method, 'card', style, value('style')),
        tagIds: tagIdsChecked(method, value('tagIds'), store),
        taskStatus: assertOneOf(method, 'taskStatus', value('taskStatus'), ['to-do', 'in-progress', 'done', 'none']),
      });
      for (const key of ['dueDate', 'startDate', 'assignee', 'fields']) if (value(key) !== undefined) props[key] = copyData(value(key));
      return;
    }
    case 'connector': {
      Object.assign(props, endpointsChecked(method, value('start'), value('end'), store), {
        shape: connectorShapeChecked(method, value('shape')),
        style: styleMerged(method, 'connector', style, value('style')),
        captions: captionsChecked(method, value('captions') ?? []),
      });
      return;
    }
  }
}

/**
 * A frame's children move with it. On a resize they keep their board position, so their
 * frame-relative x/y shift by half the size change; a child that would fall outside throws
 * (frame reference: "remove children explicitly first").
 */
function childPositions(method: string, store: BoardStore, before: ItemRecord, after: ItemRecord): SyncOutcome['childPositions'] {
  const shiftX = (after.width - before.width) / 2;
  const shiftY = (after.height - before.height) / 2;
  return store.childIds(before.id).flatMap((childId) => {
    const child = store.item(childId);
    if (!child) return [];
    const moved = { x: child.x + shiftX, y: child.y + shiftY, width: child.width, height: child.height };
    // A child a person left overhanging the edge only has to keep its centre inside.
    const fitsNow = rectContains(frameBox(after), moved);
    const fittedBefore = rectContains(frameBox(before), child);
    if (!fitsNow && (fittedBefore || !rectHoldsPoint(frameBox(after), moved))) {
      fail(method, `resizing the frame would leave child ${child.id} outside it; remove the child from the frame first`);
    }
    return [{ child, x: moved.x, y: moved.y }];
  });
}

/** A frame's own box in its children's coordinates (origin at its top-left). */
function frameBox(frame: { width: number; height: number }): BoardRect {
  return { x: frame.width / 2, y: frame.height / 2, width: frame.width, height: frame.height };
}

export function tagOutcome(method: string, object: Record<string, unknown>): { title: string; color: string } {
  const title = assertString(method, 'title', object['title']);
  if (title.trim() === '') fail(method, 'title must not be empty');
  return { title, color: assertOneOf(method, 'color', object['color'], TAG_COLORS) };
}

function sortedIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string').sort() : [];
}
