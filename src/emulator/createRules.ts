import type { BoardStore } from './boardStore';
import { captionsChecked, connectorShapeChecked, endpointsChecked } from './connectorRules';
import {
  assertFiniteNumber,
  assertKnownKeys,
  assertMiroHtml,
  assertOneOf,
  assertPlainObject,
  assertPositive,
  assertString,
  fail,
  SHAPE_NAMES,
  TAG_COLORS,
} from './contentRules';
import { CARD_HEIGHT, CARD_WIDTH, frameSize, stickyNoteSize, TEXT_DEFAULT_WIDTH, textHeight } from './sizing';
import { DEFAULT_STYLES, styleMerged } from './styleRules';
import type { ItemRecord, TagRecord } from './records';

/** A record's fields before it gets an id and timestamps. */
export type NewItem = Pick<ItemRecord, 'type' | 'x' | 'y' | 'width' | 'height' | 'props'>;

/** `linkedTo` (a URL or item link) is a documented create property (changelog 2023-08-02). */
const POSITION_KEYS = ['x', 'y', 'origin', 'relativeTo', 'linkedTo'];

/** Properties each create method accepts; anything else (including read-only ones) throws. */
const CREATE_KEYS: Record<string, string[]> = {
  frame: [...POSITION_KEYS, 'title', 'width', 'height', 'style', 'showContent'],
  sticky_note: [...POSITION_KEYS, 'content', 'shape', 'style', 'tagIds', 'width', 'height'],
  shape: [...POSITION_KEYS, 'content', 'shape', 'style', 'width', 'height', 'rotation'],
  text: [...POSITION_KEYS, 'content', 'style', 'width', 'rotation'],
  card: [...POSITION_KEYS, 'title', 'description', 'style', 'width', 'rotation', 'tagIds', 'dueDate', 'startDate', 'assignee', 'taskStatus', 'fields'],
  connector: ['start', 'end', 'shape', 'style', 'captions'],
};

function givenProps(method: string, type: string, props: unknown): Record<string, unknown> {
  const given = props === undefined ? {} : assertPlainObject(method, 'props', props);
  if (type === 'text' && given['height'] !== undefined) fail(method, 'text height is computed by the board and cannot be set');
  if (type === 'card' && given['height'] !== undefined) fail(method, 'card height is fixed by the board and cannot be set');
  // Creating a frame with children in one call is UNCONFIRMED; conservative: use frame.add.
  if (type === 'frame' && given['childrenIds'] !== undefined) fail(method, 'childrenIds cannot be set on create; create the items, then frame.add them');
  if (given['parentId'] !== undefined) fail(method, 'parentId is read-only; create the item, then frame.add it');
  assertKnownKeys(method, 'props', given, CREATE_KEYS[type] ?? []);
  if (given['origin'] !== undefined && given['origin'] !== 'center') fail(method, "origin must be 'center'");
  if (given['relativeTo'] !== undefined && given['relativeTo'] !== 'canvas_center') {
    fail(method, "new items are top-level: relativeTo must be 'canvas_center' (parent with frame.add)");
  }
  if (given['linkedTo'] !== undefined) assertString(method, 'linkedTo', given['linkedTo']);
  return given;
}

/** `linkedTo`, kept when given. */
function linkOf(given: Record<string, unknown>): { linkedTo?: string } {
  return typeof given['linkedTo'] === 'string' ? { linkedTo: given['linkedTo'] } : {};
}

function position(method: string, given: Record<string, unknown>): { x: number; y: number } {
  return {
    x: given['x'] === undefined ? 0 : assertFiniteNumber(method, 'x', given['x']),
    y: given['y'] === undefined ? 0 : assertFiniteNumber(method, 'y', given['y']),
  };
}

/** Tags must exist on the board; the same tag twice is a bug. */
export function tagIdsChecked(method: string, value: unknown, store: BoardStore): string[] {
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) fail(method, 'tagIds must be an array of tag ids');
  const ids = value as string[];
  for (const id of ids) if (!store.tags.has(id)) fail(method, `tagIds: no tag with id ${id} on the board`);
  if (new Set(ids).size !== ids.length) fail(method, 'tagIds lists a tag twice');
  if (ids.length > 8) fail(method, `an item takes at most 8 tags (got ${ids.length})`);
  return [...ids];
}

export function newFrame(method: string, props: unknown): NewItem {
  const given = givenProps(method, 'frame', props);
  // Hiding frame content needs a paid plan and board ownership (changelog 2023-02-13); conservative: throw.
  if (given['showContent'] !== undefined && given['showContent'] !== true) fail(method, 'showContent: false needs a Consultant/Enterprise plan');
  return {
    type: 'frame',
    ...position(method, given),
    ...frameSize(method, given['width'], given['height']),
    props: {
      ...linkOf(given),
      title: given['title'] === undefined ? '' : assertString(method, 'title', given['title']),
      showContent: true,
      style: styleMerged(method, 'frame', DEFAULT_STYLES['frame'] ?? {}, given['style']),
    },
  };
}

export function newStickyNote(method: string, props: unknown, store: BoardStore): NewItem {
  const given = givenProps(method, 'sticky_note', props);
  const shape = given['shape'] === undefined ? 'square' : assertOneOf(method, 'shape', given['shape'], ['square', 'rectangle']);
  return {
    type: 'sticky_note',
    ...position(method, given),
    ...stickyNoteSize(method, shape, given['width'], given['height']),
    props: {
      ...linkOf(given),
      shape,
      content: given['content'] === undefined ? '' : assertMiroHtml(method, 'content', given['content']),
      style: styleMerged(method, 'sticky_note', DEFAULT_STYLES['sticky_note'] ?? {}, given['style']),
      tagIds: given['tagIds'] === undefined ? [] : tagIdsChecked(method, given['tagIds'], store),
    },
  };
}

export function newShape(method: string, props: unknown): NewItem {
  const given = givenProps(method, 'shape', props);
  return {
    type: 'shape',
    ...position(method, given),
    width: given['width'] === undefined ? 100 : assertPositive(method, 'width', given['width']),
    height: given['height'] === undefined ? 100 : assertPositive(method, 'height', given['height']),
    props: {
      ...linkOf(given),
      shape: given['shape'] === undefined ? 'rectangle' : assertOneOf(method, 'shape', given['shape'], SHAPE_NAMES),
      content: given['content'] === undefined ? '' : assertMiroHtml(method, 'content', given['content']),
      rotation: given['rotation'] === undefined ? 0 : assertFiniteNumber(method, 'rotation', given['rotation']),
      style: styleMerged(method, 'shape', DEFAULT_STYLES['shape'] ?? {}, given['style']),
    },
  };
}

export function newText(method: string, props: unknown): NewItem {
  const given = givenProps(method, 'text', props);
  const width = given['width'] === undefined ? TEXT_DEFAULT_WIDTH : assertPositive(method, 'width', given['width']);
  const content = given['content'] === undefined ? '' : assertMiroHtml(method, 'content', given['content']);
  const style = styleMerged(method, 'text', DEFAULT_STYLES['text'] ?? {}, given['style']);
  return {
    type: 'text',
    ...position(method, given),
    width,
    height: textHeight(content, style, width),
    props: {
      ...linkOf(given),
      content,
      style,
      rotation: given['rotation'] === undefined ? 0 : assertFiniteNumber(method, 'rotation', given['rotation']),
    },
  };
}

export function newCard(method: string, props: unknown, store: BoardStore): NewItem {
  const given = givenProps(method, 'card', props);
  const extra: Record<string, unknown> = {};
  for (const key of ['dueDate', 'startDate', 'assignee', 'fields']) if (given[key] !== undefined) extra[key] = given[key];
  return {
    type: 'card',
    ...position(method, given),
    width: given['width'] === undefined ? CARD_WIDTH : assertPositive(method, 'width', given['width']),
    height: CARD_HEIGHT,
    props: {
      ...linkOf(given),
      title: given['title'] === undefined ? '' : assertString(method, 'title', given['title']),
      description: given['description'] === undefined ? '' : assertString(method, 'description', given['description']),
      rotation: given['rotation'] === undefined ? 0 : assertFiniteNumber(method, 'rotation', given['rotation']),
      style: styleMerged(method, 'card', DEFAULT_STYLES['card'] ?? {}, given['style']),
      taskStatus: given['taskStatus'] === undefined ? 'none' : assertOneOf(method, 'taskStatus', given['taskStatus'], ['to-do', 'in-progress', 'done', 'none']),
      tagIds: given['tagIds'] === undefined ? [] : tagIdsChecked(method, given['tagIds'], store),
      ...extra,
    },
  };
}

export function newConnector(method: string, props: unknown, store: BoardStore): NewItem {
  const given = givenProps(method, 'connector', props);
  const ends = endpointsChecked(method, given['start'], given['end'], store);
  return {
    type: 'connector',
    x: 0,
    y: 0,
    width: 0,
    height: 0,
    props: {
      ...ends,
      shape: given['shape'] === undefined ? 'curved' : connectorShapeChecked(method, given['shape']),
      style: styleMerged(method, 'connector', DEFAULT_STYLES['connector'] ?? {}, given['style']),
      captions: given['captions'] === undefined ? [] : captionsChecked(method, given['captions']),
    },
  };
}

export function newTag(method: string, props: unknown, id: string): TagRecord {
  const given = props === undefined ? {} : assertPlainObject(method, 'props', props);
  assertKnownKeys(method, 'props', given, ['title', 'color']);
  const title = assertString(method, 'title', given['title']);
  if (title.trim() === '') fail(method, 'title must not be empty');
  return { id, title, color: given['color'] === undefined ? 'red' : assertOneOf(method, 'color', given['color'], TAG_COLORS) };
}
