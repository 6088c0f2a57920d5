import type { Json } from './types';

export type ErrorDetail = { code: string; message: string };

/** An API error answer: `{ code, message, details? }` with its HTTP status. Thrown by route code, turned into a response by the server. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): Json {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/** `400 BODY` with one detail per violation, as MURAL's example: `{"code":"BODY","message":"Invalid payload.","details":[…]}`. */
export function invalidBody(details: ErrorDetail[]): ApiError {
  return new ApiError(400, 'BODY', 'Invalid payload.', details);
}

export function invalidProperty(message: string): ErrorDetail {
  return { code: 'Invalid property', message };
}

export const muralNotFound = (): ApiError => new ApiError(404, 'MURAL_NOT_FOUND', 'The mural was not found or does not exist.');
export const widgetNotFound = (): ApiError => new ApiError(404, 'WIDGET_NOT_FOUND', 'The widget was not found or does not exist.');
export const tagNotFound = (): ApiError => new ApiError(404, 'TAG_NOT_FOUND', 'The tag was not found or does not exist.');
export const roomNotFound = (): ApiError => new ApiError(404, 'ROOM_NOT_FOUND', 'The room was not found or does not exist.');
export const workspaceNotFound = (): ApiError =>
  new ApiError(404, 'WORKSPACE_NOT_FOUND', 'The workspace was not found or does not exist.');

export const unauthorized = (): ApiError =>
  new ApiError(401, 'UNAUTHORIZED', "You don't have the required permissions to access this endpoint.");
export const tokenExpired = (): ApiError =>
  new ApiError(401, 'TOKEN_EXPIRED', 'Your token has expired. You need to refresh your OAuth token.');
export const invalidScope = (): ApiError =>
  new ApiError(403, 'INVALID_SCOPE', 'Logged in user does not have the right scope(s) to access this resource.');
export const internalError = (): ApiError =>
  new ApiError(500, 'INTERNAL_SERVER_ERROR', 'Emulated transient failure: nothing was changed; retry.');

/** A JSON answer; `undefined` body → no body (204). */
export function jsonResponse(status: number, body: Json | undefined, headers: Record<string, string> = {}): Response {
  if (body === undefined) return new Response(null, { status, headers });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}
