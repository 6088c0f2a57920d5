import { randomToken } from './pkce';

export type MuralTokens = { accessToken: string; refreshToken: string };

/** A sign-in started in this browser and not finished yet: its `state` and PKCE verifier. */
type PendingSignIn = { verifier: string; startedAt: number };

export type Session = {
  readonly id: string;
  /** Outstanding sign-ins by `state`; each is taken out on its first callback (a replay finds nothing). */
  readonly pending: Map<string, PendingSignIn>;
  tokens?: MuralTokens;
  /** The refresh in flight, so concurrent 401s refresh once (MURAL rotates refresh tokens). */
  refreshing?: Promise<MuralTokens | undefined>;
  lastUsed: number;
};

export const SIGN_IN_LIFETIME_MS = 10 * 60_000;
export const SESSION_IDLE_MS = 12 * 60 * 60_000;

/**
 * Server-side sessions in memory, keyed by an unguessable id that is the browser's only credential
 * (an HttpOnly cookie). Tokens live here and nowhere else. One process, so a restart signs everyone out.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly now: () => number) {}

  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.now() - session.lastUsed > SESSION_IDLE_MS) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastUsed = this.now();
    return session;
  }

  create(): Session {
    this.sweep();
    const session: Session = { id: randomToken(), pending: new Map(), lastUsed: this.now() };
    this.sessions.set(session.id, session);
    return session;
  }

  /** A new id for a session that just signed in (no session fixation): the old id stops working. */
  renew(session: Session): Session {
    this.sessions.delete(session.id);
    const renewed: Session = { id: randomToken(), pending: new Map(), lastUsed: this.now(), ...(session.tokens ? { tokens: session.tokens } : {}) };
    this.sessions.set(renewed.id, renewed);
    return renewed;
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  /** Takes out a pending sign-in if it is this session's and still fresh. */
  takeSignIn(session: Session, state: string): PendingSignIn | undefined {
    const pending = session.pending.get(state);
    session.pending.delete(state);
    if (!pending || this.now() - pending.startedAt > SIGN_IN_LIFETIME_MS) return undefined;
    return pending;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, session] of this.sessions) if (now - session.lastUsed > SESSION_IDLE_MS) this.sessions.delete(id);
  }
}
