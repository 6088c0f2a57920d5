import { ApiError, invalidBody, invalidProperty, tagNotFound, type ErrorDetail } from './apiError';
import { isObject } from './bodySpec';
import { isWithin, type Member, type Mural } from './muralStore';
import type { Json, JsonObject, MuralWidget } from './types';

/** What MURAL accepts beyond the body schema: references, placement inside the parent area, tags, htmlText. */

/** `<b> <i> <u> <s> <ul> <ol> <li>` (createstickynote) plus `<div>`, which the spec's own example uses. Anything else → 400 BODY. */
const ALLOWED_TAGS = new Set(['b', 'i', 'u', 's', 'ul', 'ol', 'li', 'div']);

export function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

export function htmlTextViolations(html: string, path: string): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const match of html.matchAll(/<\/?\s*([a-zA-Z0-9]+)[^>]*>/g)) {
    const tag = (match[1] ?? '').toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) out.push(invalidProperty(`Property '${path}' may only use <b> <i> <u> <s> <ul> <ol> <li> <div>; <${tag}> sent.`));
  }
  return out;
}

const referenceNotFound = (path: string, id: string): ErrorDetail => ({
  code: 'WIDGET_REFERENCE_NOT_FOUND',
  message: `Property '${path}': the reference widget ${JSON.stringify(id)} was not found or is not valid.`,
});

/**
 * Checks the resolved placement of one widget (x, y relative to `parentId`, top-left). Strict choices:
 * the parent must be an existing area (not itself, not inside itself); an API-placed widget must lie
 * entirely inside its parent area; width and height must be positive.
 */
export function placementViolations(mural: Mural, widget: JsonObject, path: string, selfId?: string): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const width = widget.width;
  const height = widget.height;
  if (typeof width === 'number' && width <= 0) out.push(invalidProperty(`Property '${path}width' must be greater than 0.`));
  if (typeof height === 'number' && height <= 0) out.push(invalidProperty(`Property '${path}height' must be greater than 0.`));
  const parentId = widget.parentId;
  if (typeof parentId !== 'string') return out;
  const parent = mural.widgets.get(parentId);
  if (!parent || parent.drawing || parent.widget.type !== 'area') return [...out, referenceNotFound(`${path}parentId`, parentId)];
  if (selfId !== undefined && isWithin(mural, parentId, selfId)) {
    return [...out, invalidProperty(`Property '${path}parentId' would put the area inside itself.`)];
  }
  const x = widget.x as number;
  const y = widget.y as number;
  const w = typeof width === 'number' ? width : 0;
  const h = typeof height === 'number' ? height : 0;
  const area = parent.widget;
  if (x < 0 || y < 0 || x + w > area.width || y + h > (area.height ?? 0)) {
    out.push(
      invalidProperty(
        `Widget at (${x}, ${y}) size ${w}×${h} does not fit inside its parent area ${parentId} (${area.width}×${area.height ?? 0}); x, y are relative to the area's top-left.`,
      ),
    );
  }
  return out;
}

/** Arrow ends: existing, visible, non-arrow widgets, and two different ones (strict choice). */
export function arrowReferenceViolations(mural: Mural, arrow: JsonObject, selfId?: string): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const key of ['startRefId', 'endRefId'] as const) {
    const ref = arrow[key];
    if (typeof ref !== 'string') continue;
    const target = mural.widgets.get(ref);
    if (!target || target.drawing || target.widget.type === 'arrow' || ref === selfId) out.push(referenceNotFound(key, ref));
  }
  if (typeof arrow.startRefId === 'string' && arrow.startRefId === arrow.endRefId) {
    out.push(invalidProperty("Properties 'startRefId' and 'endRefId' must name two different widgets."));
  }
  return out;
}

/** Sticky-note tags must exist in the mural: `404 TAG_NOT_FOUND` (createstickynote, updatestickynote). */
export function requireTags(mural: Mural, tags: Json | undefined): void {
  if (!Array.isArray(tags)) return;
  for (const tag of tags) if (typeof tag !== 'string' || !mural.tags.has(tag)) throw tagNotFound();
}

export function throwIfAny(details: ErrorDetail[]): void {
  if (details.length > 0) throw invalidBody(details);
}

/** The fields MURAL adds to every widget it returns (read model `required` list). */
export function baseFields(id: string, type: string, member: Member, now: number, stackingOrder: number): JsonObject {
  const by = { id: member.id, firstName: member.firstName, lastName: member.lastName };
  return {
    id,
    type,
    createdOn: now,
    createdBy: by,
    updatedOn: now,
    updatedBy: by,
    rotation: 0,
    stackingOrder,
    hidden: false,
    hideEditor: false,
    hideOwner: false,
    locked: false,
    lockedByFacilitator: false,
    invisible: false,
    presentationIndex: -1,
    title: '',
  };
}

/** Deep merge of a PATCH body into a widget: objects (style, label.format) merge, arrays and scalars replace. */
export function mergePatch(target: JsonObject, patch: JsonObject): JsonObject {
  const out: JsonObject = structuredClone(target);
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] = isObject(current) && isObject(value) ? mergePatch(current, value) : structuredClone(value);
  }
  return out;
}

export function asWidget(value: JsonObject): MuralWidget {
  return value as MuralWidget;
}

export const unsupportedType = (route: string, type: string, asBody: boolean): ApiError =>
  asBody
    ? invalidBody([{ code: 'UNSUPPORTED_WIDGET_TYPE', message: `A ${type} widget cannot be updated through the ${route} route.` }])
    : new ApiError(400, 'UNSUPPORTED_WIDGET_TYPE', `A ${type} widget cannot be updated through the ${route} route.`);
