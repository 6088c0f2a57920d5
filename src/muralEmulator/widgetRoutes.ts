import { invalidBody, invalidProperty, type ErrorDetail } from './apiError';
import { isObject, violations, withDefaults, type FieldSpec } from './bodySpec';
import { absolutePosition, type Mural } from './muralStore';
import { param, type Route, type RouteContext, type RouteResult } from './router';
import type { Json, JsonObject, MuralWidget } from './types';
import * as bodies from './widgetBodies';
import {
  arrowReferenceViolations,
  asWidget,
  baseFields,
  htmlTextViolations,
  mergePatch,
  placementViolations,
  plainText,
  requireTags,
  throwIfAny,
  unsupportedType,
} from './widgetRules';

/** How one typed route builds a widget from a body item with its defaults applied. */
type Kind = {
  route: string;
  type: string;
  create: FieldSpec;
  update: FieldSpec;
  /** Fields MURAL returns that the create body cannot set. */
  extra: (item: JsonObject) => JsonObject;
  /** The widget this typed PATCH route may update. */
  owns: (widget: MuralWidget) => boolean;
  /** The OpenAPI of this PATCH route lists `UNSUPPORTED_WIDGET_TYPE`; otherwise a wrong type is `400 BODY` with that detail code. */
  wrongTypeCode: boolean;
};

const textOf = (item: JsonObject): JsonObject =>
  typeof item.htmlText === 'string' ? { text: plainText(item.htmlText) } : { text: typeof item.text === 'string' ? item.text : '' };

/** Shape styles are read back with text fields the create body cannot set; MURAL's defaults are undocumented, these are the sticky-note ones. */
const SHAPE_TEXT_STYLE: JsonObject = { bold: false, italic: false, underline: false, strike: false, font: 'proxima-nova', fontSize: 23, textAlign: 'center' };

export const KINDS: Record<string, Kind> = {
  area: { route: 'area', type: 'area', create: bodies.CREATE_AREA, update: bodies.UPDATE_AREA, extra: () => ({}), owns: (w) => w.type === 'area', wrongTypeCode: true },
  'sticky-note': {
    route: 'sticky-note', type: 'sticky note', create: bodies.CREATE_STICKY_NOTES, update: bodies.UPDATE_STICKY_NOTE,
    extra: (item) => ({ ...textOf(item), tags: item.tags ?? [] }), owns: (w) => w.type === 'sticky note', wrongTypeCode: false,
  },
  shape: {
    route: 'shape', type: 'shape', create: bodies.CREATE_SHAPES, update: bodies.UPDATE_SHAPE,
    extra: (item) => ({ ...textOf(item), style: { ...SHAPE_TEXT_STYLE, ...(isObject(item.style) ? item.style : {}) } }),
    owns: (w) => w.type === 'shape', wrongTypeCode: true,
  },
  textbox: {
    route: 'textbox', type: 'text', create: bodies.CREATE_TEXTBOXES, update: bodies.UPDATE_TEXTBOX,
    extra: () => ({ fixedWidth: true }), owns: (w) => w.type === 'text' && w.fixedWidth === true, wrongTypeCode: false,
  },
  title: {
    route: 'title', type: 'text', create: bodies.CREATE_TITLES, update: bodies.UPDATE_TITLE,
    extra: () => ({ fixedWidth: false }), owns: (w) => w.type === 'text' && w.fixedWidth === false, wrongTypeCode: false,
  },
  arrow: { route: 'arrow', type: 'arrow', create: bodies.CREATE_ARROW, update: bodies.UPDATE_ARROW, extra: () => ({}), owns: (w) => w.type === 'arrow', wrongTypeCode: true },
};

/** `type` query vocabulary of GET /widgets (plural) → the widgets' `type`. */
export const TYPE_FILTERS: Record<string, string> = {
  areas: 'area', arrows: 'arrow', comments: 'comment', files: 'file', 'sticky notes': 'sticky note',
  texts: 'text', icons: 'icon', images: 'image', shapes: 'shape',
};

const copy = (widget: MuralWidget): Json => structuredClone(widget);

/** Checks one item (after defaults) beyond its schema; `path` prefixes detail names in batches ("[3]."). */
function itemViolations(mural: Mural, kind: Kind, item: JsonObject, path: string, selfId?: string): ErrorDetail[] {
  const out = placementViolations(mural, item, path, kind.type === 'area' ? selfId : undefined);
  if (typeof item.htmlText === 'string') out.push(...htmlTextViolations(item.htmlText, `${path}htmlText`));
  if (kind.type === 'arrow') out.push(...arrowReferenceViolations(mural, item, selfId));
  return out;
}

function build(context: RouteContext, mural: Mural, kind: Kind, item: JsonObject): MuralWidget {
  const { store, member, now } = context;
  const stackingOrder = typeof item.stackingOrder === 'number' ? item.stackingOrder : store.nextStackingOrder(mural);
  const widget = { ...baseFields(store.newWidgetId(), kind.type, member, now, stackingOrder), ...item, ...kind.extra(item) };
  return asWidget(widget);
}

/** `parentId: ""` on create is ignored and the widget lands on the mural (reported live by a third party). */
function prepared(kind: Kind, raw: JsonObject): JsonObject {
  const spec = kind.create.kind === 'array' ? kind.create.items : kind.create;
  const item = withDefaults(raw, spec);
  if (item.parentId === '') delete item.parentId;
  return item;
}

function create(context: RouteContext, kind: Kind): RouteResult {
  const mural = context.store.mural(param(context, 'muralId'));
  throwIfAny(violations(context.body, kind.create, ''));
  const batch = kind.create.kind === 'array';
  const raws = (batch ? context.body : [context.body]) as JsonObject[];
  const items = raws.map((raw) => prepared(kind, raw));
  // All or nothing: every item is checked before any is stored.
  throwIfAny(items.flatMap((item, index) => itemViolations(mural, kind, item, batch ? `[${index}].` : '')));
  for (const item of items) requireTags(mural, item.tags);
  const created = items.map((item) => context.store.insert(mural, build(context, mural, kind, item)));
  return { status: 201, body: { value: batch ? created.map(copy) : copy(created[0] as MuralWidget) } };
}

function update(context: RouteContext, kind: Kind): RouteResult {
  const mural = context.store.mural(param(context, 'muralId'));
  const widget = context.store.visibleWidget(mural, param(context, 'widgetId'));
  if (!kind.owns(widget)) throw unsupportedType(kind.route, widget.type, !kind.wrongTypeCode);
  throwIfAny(violations(context.body, kind.update, ''));
  const patch = context.body as JsonObject;
  if (patch.parentId === '') throw invalidBody([invalidProperty("Property 'parentId' cannot be empty: the API cannot take a widget out of its area.")]);
  if (patch.parentId !== undefined && patch.parentId !== widget.parentId && (patch.x === undefined || patch.y === undefined)) {
    // Strict: MURAL does not say whether x, y are re-based; a move to another area must state both, relative to it.
    throw invalidBody([invalidProperty("Changing 'parentId' needs 'x' and 'y' relative to the new parent area.")]);
  }
  const merged = mergePatch(widget, patch);
  if (typeof patch.htmlText === 'string') merged.text = plainText(patch.htmlText);
  throwIfAny(itemViolations(mural, kind, merged, '', widget.id));
  requireTags(mural, patch.tags);
  const by = { id: context.member.id, firstName: context.member.firstName, lastName: context.member.lastName };
  merged.updatedOn = context.now;
  merged.updatedBy = by;
  if (patch.text !== undefined || patch.htmlText !== undefined) {
    merged.contentEditedOn = context.now;
    merged.contentEditedBy = by;
  }
  const stored = mural.widgets.get(widget.id);
  if (stored) stored.widget = asWidget(merged);
  return { status: 200, body: { value: copy(asWidget(merged)) } };
}

function list(context: RouteContext): RouteResult {
  const muralId = param(context, 'muralId');
  const mural = context.store.mural(muralId);
  const rawTypes = context.query.get('type');
  let types: Set<string> | undefined;
  if (rawTypes !== null) {
    const names = rawTypes.split(',').map((name) => name.trim());
    const unknown = names.filter((name) => TYPE_FILTERS[name] === undefined);
    if (unknown.length > 0) {
      throw invalidBody([invalidProperty(`Query 'type' accepts ${Object.keys(TYPE_FILTERS).join(', ')}; ${JSON.stringify(unknown.join(','))} sent.`)]);
    }
    types = new Set(names.map((name) => TYPE_FILTERS[name] as string));
  }
  const parentId = context.query.get('parentId');
  const items = context.store
    .visibleWidgets(mural)
    .filter((stored) => (types ? types.has(stored.widget.type) : true))
    // Strict choice: `parentId` selects the area's direct children only.
    .filter((stored) => (parentId !== null ? stored.widget.parentId === parentId : true))
    .map((stored) => ({ seq: stored.seq, value: copy(stored.widget) }));
  const binding = `widgets|${muralId}|type=${types ? [...types].sort().join(',') : '*'}|parentId=${parentId ?? '*'}`;
  const page = context.cursors.page({ items, query: context.query, binding, now: context.now, mismatchCode: 'NEXT_TOKEN_EXPIRED' });
  return { status: 200, body: page.next === undefined ? { value: page.value } : { value: page.value, next: page.next } };
}

function getOne(context: RouteContext): RouteResult {
  const mural = context.store.mural(param(context, 'muralId'));
  return { status: 200, body: { value: copy(context.store.visibleWidget(mural, param(context, 'widgetId'))) } };
}

/** Deleting an area leaves its children on the mural root at the same absolute place (docs' open question; strict choice). */
function remove(context: RouteContext): RouteResult {
  const mural = context.store.mural(param(context, 'muralId'));
  const widget = context.store.visibleWidget(mural, param(context, 'widgetId'));
  for (const stored of mural.widgets.values()) {
    if (stored.widget.parentId !== widget.id) continue;
    const at = absolutePosition(mural, stored.widget);
    delete stored.widget.parentId;
    stored.widget.x = at.x;
    stored.widget.y = at.y;
  }
  mural.widgets.delete(widget.id);
  return { status: 204 };
}

export const WIDGET_ROUTES: Route[] = [
  { method: 'GET', template: '/murals/{muralId}/widgets', scope: 'murals:read', handler: list },
  { method: 'GET', template: '/murals/{muralId}/widgets/{widgetId}', scope: 'murals:read', handler: getOne },
  { method: 'DELETE', template: '/murals/{muralId}/widgets/{widgetId}', scope: 'murals:write', handler: remove },
  ...Object.values(KINDS).flatMap((kind): Route[] => [
    { method: 'POST', template: `/murals/{muralId}/widgets/${kind.route}`, scope: 'murals:write', handler: (c) => create(c, kind) },
    { method: 'PATCH', template: `/murals/{muralId}/widgets/${kind.route}/{widgetId}`, scope: 'murals:write', handler: (c) => update(c, kind) },
  ]),
];
