import { z } from 'zod';
import { proxyFetch } from './proxyFetch';

/**
 * Who is signed in and where the murals are (workspace → room → mural), over the broker's proxy.
 * Answers are checked at the boundary; lists are paged with MURAL's `next` cursor.
 */
export const API = '/mural/api';

const Session = z.object({ signedIn: z.boolean(), mode: z.enum(['mural', 'rehearsal']) });
export type MuralSession = z.infer<typeof Session>;
const Me = z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), lastActiveWorkspace: z.string().optional() });
export type MuralUser = z.infer<typeof Me>;
const Named = z.object({ id: z.union([z.string(), z.number()]), name: z.string() });
const MuralInfo = z.object({ id: z.string(), title: z.string(), roomId: z.number().optional(), workspaceId: z.string().optional(), _canvasLink: z.string().optional() });
export type MuralInfo = z.infer<typeof MuralInfo>;
export type Page<T> = { items: T[]; next?: string };

export class NotSignedInError extends Error {
  constructor() {
    super('Sign in to MURAL first.');
    this.name = 'NotSignedInError';
  }
}

async function call<T>(path: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<T> {
  const answer = await proxyFetch(path, { ...init, headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) } });
  if (answer.status === 401) throw new NotSignedInError();
  const body = (await answer.json().catch(() => ({}))) as { code?: string; message?: string };
  if (!answer.ok) throw new Error(`MURAL answered ${answer.status}${body.code ? ` ${body.code}` : ''}${body.message ? `: ${body.message}` : ''}`);
  return schema.parse(body);
}

const pageOf = <T,>(item: z.ZodType<T>) => z.object({ value: z.array(item), next: z.string().optional() });
const withNext = (path: string, next?: string) => (next ? `${path}${path.includes('?') ? '&' : '?'}next=${encodeURIComponent(next)}` : path);
const asPage = <T,>(answer: { value: T[]; next?: string | undefined }): Page<T> => (answer.next ? { items: answer.value, next: answer.next } : { items: answer.value });

export const readSession = async (): Promise<MuralSession> => Session.parse(await (await proxyFetch('/mural/auth/session')).json());

export const currentUser = async (): Promise<MuralUser> => (await call(`${API}/users/me`, z.object({ value: Me }))).value;

export const listWorkspaces = async (next?: string): Promise<Page<{ id: string; name: string }>> =>
  asPage(await call(withNext(`${API}/workspaces?limit=20`, next), pageOf(Named.transform((w) => ({ id: String(w.id), name: w.name })))));

export const listRooms = async (workspaceId: string, next?: string): Promise<Page<{ id: number; name: string }>> =>
  asPage(await call(withNext(`${API}/workspaces/${encodeURIComponent(workspaceId)}/rooms?limit=20`, next), pageOf(Named.transform((r) => ({ id: Number(r.id), name: r.name })))));

/**
 * The murals of a room (MURAL's `GET /rooms/{roomId}/murals`). Not in the OpenAPI subset the emulated
 * MURAL follows, so in rehearsal it is not there: `undefined` then, and the page offers a link or id.
 */
export async function listRoomMurals(roomId: number, next?: string): Promise<Page<MuralInfo> | undefined> {
  try {
    return asPage(await call(withNext(`${API}/rooms/${roomId}/murals?limit=20`, next), pageOf(MuralInfo)));
  } catch (error) {
    if (error instanceof NotSignedInError) throw error;
    return undefined;
  }
}

export const getMural = async (muralId: string): Promise<MuralInfo> => (await call(`${API}/murals/${encodeURIComponent(muralId)}`, z.object({ value: MuralInfo }))).value;

export const createMural = async (roomId: number, title: string): Promise<MuralInfo> =>
  (await call(`${API}/murals`, z.object({ value: MuralInfo }), { method: 'POST', body: JSON.stringify({ roomId, title }) })).value;

/** A mural id from what a facilitator pastes: the id itself, or a mural link (`…/m/<workspace>/<number>/…`). */
export function muralIdFrom(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[\w-]+\.\d+$/.test(trimmed)) return trimmed;
  const link = /\/m\/([\w-]+)\/(\d+)/.exec(trimmed);
  return link ? `${link[1]}.${link[2]}` : undefined;
}

/** Where the mural opens in MURAL: its `_canvasLink` when MURAL gave one, else the link built from its id. */
export function muralLink(mural: MuralInfo): string {
  if (mural._canvasLink?.startsWith('https://')) return mural._canvasLink;
  const [workspace, number] = mural.id.split('.');
  return `https://app.mural.co/t/${workspace}/m/${workspace}/${number}`;
}
