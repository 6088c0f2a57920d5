import { ApiError, invalidBody, roomNotFound, tagNotFound, workspaceNotFound } from './apiError';
import { violations } from './bodySpec';
import type { Tag } from './muralStore';
import { param, type Route, type RouteContext, type RouteResult } from './router';
import type { Json, JsonObject } from './types';
import { CREATE_MURAL, CREATE_TAG, UPDATE_TAG } from './widgetBodies';
import { throwIfAny } from './widgetRules';

/** Identity, workspaces, rooms, murals and tags: the non-widget operations of the OpenAPI subset. */

const paged = (page: { value: Json[]; next?: string }): RouteResult => ({
  status: 200,
  body: page.next === undefined ? { value: page.value } : { value: page.value, next: page.next },
});

function me(context: RouteContext): RouteResult {
  const { member } = context;
  const workspace = [...context.store.workspaces.values()][0];
  return {
    status: 200,
    body: {
      value: {
        id: member.id,
        type: 'member',
        firstName: member.firstName,
        lastName: member.lastName,
        avatar: `https://app.mural.co/avatars/${member.id}.png`,
        email: `${member.firstName.toLowerCase().replace(/[^a-z0-9]/g, '') || 'member'}@example.com`,
        ...(workspace ? { lastActiveWorkspace: workspace.id } : {}),
      },
    },
  };
}

function workspaces(context: RouteContext): RouteResult {
  const items = [...context.store.workspaces.values()].map((workspace, index) => ({
    seq: index + 1,
    value: { id: workspace.id, name: workspace.name, description: '', sharingSettings: {}, locked: false, suspended: false, createdOn: workspace.createdOn },
  }));
  return paged(context.cursors.page({ items, query: context.query, binding: 'workspaces', now: context.now, mismatchCode: 'PAGINATION_INVALID' }));
}

/** An unknown workspace → `404 WORKSPACE_NOT_FOUND` (not in this operation's OpenAPI, which lists no 404; strict choice). */
function rooms(context: RouteContext): RouteResult {
  const workspaceId = param(context, 'workspaceId');
  if (!context.store.workspaces.has(workspaceId)) throw workspaceNotFound();
  const items = [...context.store.rooms.values()]
    .filter((room) => room.workspaceId === workspaceId)
    .map((room, index) => ({
      seq: index + 1,
      value: {
        id: room.id, name: room.name, description: '', createdOn: room.createdOn, createdBy: { id: room.createdBy },
        updatedOn: room.createdOn, updatedBy: { id: room.createdBy }, type: 'private', confidential: false,
        workspaceId, isMember: true, favorite: false,
      },
    }));
  const binding = `rooms|${workspaceId}`;
  return paged(context.cursors.page({ items, query: context.query, binding, now: context.now, mismatchCode: 'PAGINATION_INVALID' }));
}

function createMural(context: RouteContext): RouteResult {
  throwIfAny(violations(context.body, CREATE_MURAL, ''));
  const body = context.body as JsonObject;
  const room = context.store.rooms.get(body.roomId as number);
  if (!room) throw roomNotFound();
  const { roomId: _roomId, visitorsSettings: _visitors, ...fields } = body;
  const mural = context.store.addMural(room, fields, context.member);
  return { status: 201, body: { value: structuredClone(mural.info) } };
}

function getMural(context: RouteContext): RouteResult {
  return { status: 200, body: { value: structuredClone(context.store.mural(param(context, 'muralId')).info) } };
}

const tagJson = (tag: Tag): Json => structuredClone(tag);

function listTags(context: RouteContext): RouteResult {
  const mural = context.store.mural(param(context, 'muralId'));
  return { status: 200, body: { value: [...mural.tags.values()].map(tagJson) } };
}

/** `widgets` attaches the new tag to those sticky notes; an unknown or non-sticky widget → `400 BODY`, detail `WIDGET_REFERENCE_NOT_FOUND` (the only 4xx codes this operation lists are BODY, MURAL_NOT_FOUND). */
function createTag(context: RouteContext): RouteResult {
  const mural = context.store.mural(param(context, 'muralId'));
  throwIfAny(violations(context.body, CREATE_TAG, ''));
  const { widgets = [], ...fields } = context.body as JsonObject;
  if (mural.tags.size >= context.options.tagLimit) throw new ApiError(400, 'MURAL_TAG_LIMIT_REACHED', 'The limit of tags has been reached.');
  const targets = (widgets as JsonObject[]).map((ref) => {
    const stored = mural.widgets.get(ref.id as string);
    if (!stored || stored.drawing || stored.widget.type !== 'sticky note') {
      throw invalidBody([{ code: 'WIDGET_REFERENCE_NOT_FOUND', message: `Widget ${JSON.stringify(ref.id)} is not a sticky note of this mural.` }]);
    }
    return stored.widget;
  });
  const tag = { ...(fields as Omit<Tag, 'id'>), id: context.store.newTagId() };
  mural.tags.set(tag.id, tag);
  for (const widget of targets) widget.tags = [...((widget.tags as string[] | undefined) ?? []), tag.id];
  return { status: 201, body: { value: tagJson(tag) } };
}

/** `null` clears a colour. */
function updateTag(context: RouteContext): RouteResult {
  const mural = context.store.mural(param(context, 'muralId'));
  const tag = mural.tags.get(param(context, 'tagId'));
  if (!tag) throw tagNotFound();
  throwIfAny(violations(context.body, UPDATE_TAG, ''));
  const next: Record<string, Json> = { ...tag };
  for (const [key, value] of Object.entries(context.body as JsonObject)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  const updated = next as Tag;
  mural.tags.set(tag.id, updated);
  return { status: 200, body: { value: tagJson(updated) } };
}

/** Deleting a tag also takes it off every sticky note. */
function deleteTag(context: RouteContext): RouteResult {
  const mural = context.store.mural(param(context, 'muralId'));
  const tagId = param(context, 'tagId');
  if (!mural.tags.delete(tagId)) throw tagNotFound();
  for (const stored of mural.widgets.values()) {
    const tags = stored.widget.tags;
    if (Array.isArray(tags)) stored.widget.tags = tags.filter((id) => id !== tagId);
  }
  return { status: 204 };
}

export const MURAL_ROUTES: Route[] = [
  { method: 'GET', template: '/users/me', scope: 'identity:read', handler: me },
  { method: 'GET', template: '/workspaces', scope: 'workspaces:read', handler: workspaces },
  { method: 'GET', template: '/workspaces/{workspaceId}/rooms', scope: 'rooms:read', handler: rooms },
  { method: 'POST', template: '/murals', scope: 'murals:write', handler: createMural },
  { method: 'GET', template: '/murals/{muralId}', scope: 'murals:read', handler: getMural },
  { method: 'GET', template: '/murals/{muralId}/tags', scope: 'murals:read', handler: listTags },
  { method: 'POST', template: '/murals/{muralId}/tags', scope: 'murals:write', handler: createTag },
  { method: 'PATCH', template: '/murals/{muralId}/tags/{tagId}', scope: 'murals:write', handler: updateTag },
  { method: 'DELETE', template: '/murals/{muralId}/tags/{tagId}', scope: 'murals:write', handler: deleteTag },
];
