import { ApiError } from './apiError';
import { mulberry32, randomHex } from './random';
import type { Json } from './types';

/** 1–100; anything else (0, negative, non-integer, > 100) → `400 LIMIT_INVALID`. */
export const MAX_LIMIT = 100;

type Cursor = { binding: string; afterSeq: number; issuedAt: number };

export type PageRequest = {
  /** The list, in a stable order, each item with its insertion sequence. */
  items: { seq: number; value: Json }[];
  query: URLSearchParams;
  /** What a cursor is bound to besides `limit`: the route and its filters (e.g. the *set* of types, the parentId). */
  binding: string;
  now: number;
  /**
   * Code for a cursor used with another limit or filter. The OpenAPI of `GET /widgets` admits only
   * `NEXT_TOKEN_EXPIRED | LIMIT_INVALID` on 400, so that route answers `NEXT_TOKEN_EXPIRED`; the
   * workspace and room lists answer `PAGINATION_INVALID`.
   */
  mismatchCode: 'PAGINATION_INVALID' | 'NEXT_TOKEN_EXPIRED';
};

/**
 * Opaque `next` cursors, kept server-side: bound to the route, the filters and the exact `limit`
 * (a follow-up must send the same `limit`, or omit it both times), valid for `ttlMs`, reusable until
 * then (a client may retry a page). Pages are keyset-based (items after the last one returned), so a
 * widget deleted between pages does not make the next page skip another one.
 */
export class Cursors {
  private readonly cursors = new Map<string, Cursor>();
  private readonly random: () => number;

  constructor(
    private readonly defaultPageSize: number,
    private readonly ttlMs: number,
    seed: number,
  ) {
    this.random = mulberry32(seed ^ 0xc0ffee);
  }

  page(request: PageRequest): { value: Json[]; next?: string } {
    const rawLimit = request.query.get('limit');
    const limit = rawLimit === null ? this.defaultPageSize : parseLimit(rawLimit);
    const binding = `${request.binding}|limit=${rawLimit ?? ''}`;
    let afterSeq = 0;
    const next = request.query.get('next');
    if (next !== null) {
      const cursor = this.cursors.get(next);
      if (!cursor || request.now - cursor.issuedAt >= this.ttlMs) {
        throw new ApiError(400, 'NEXT_TOKEN_EXPIRED', 'The next token has expired or does not exist.');
      }
      if (cursor.binding !== binding) {
        throw new ApiError(400, request.mismatchCode, 'The pagination is invalid: send the same limit and filters as the first page.');
      }
      afterSeq = cursor.afterSeq;
    }
    const rest = request.items.filter((item) => item.seq > afterSeq);
    const page = rest.slice(0, limit);
    const last = page[page.length - 1];
    if (rest.length <= limit || !last) return { value: page.map((item) => item.value) };
    const token = randomHex(this.random, 32);
    this.cursors.set(token, { binding, afterSeq: last.seq, issuedAt: request.now });
    return { value: page.map((item) => item.value), next: token };
  }
}

function parseLimit(raw: string): number {
  const limit = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ApiError(400, 'LIMIT_INVALID', `Request query string for "limit" should be between 1 and ${MAX_LIMIT}; ${JSON.stringify(raw)} sent.`);
  }
  return limit;
}
