import { invalidScope, tokenExpired, unauthorized } from './apiError';
import type { Member } from './muralStore';
import { mulberry32, randomHex } from './random';
import type { MuralScope } from './types';

export const ALL_SCOPES: readonly MuralScope[] = [
  'murals:read', 'murals:write', 'rooms:read', 'rooms:write', 'workspaces:read',
  'workspaces:write', 'users:read', 'identity:read', 'templates:read', 'templates:write',
];

export type Grant = { member: Member; clientId: string; scopes: readonly MuralScope[] };
type AccessToken = Grant & { expiresAt: number; revoked: boolean };
type RefreshToken = Grant & { used: boolean; access: string };

/**
 * Access and refresh tokens. Access tokens are opaque (not JWTs: read nothing into them), expire
 * `lifetimeMs` after issue (at exactly that instant: `now >= issuedAt + lifetime` → `401 TOKEN_EXPIRED`),
 * carry their grant's scopes. A refresh rotates both tokens: the old refresh token is refused from then on
 * and the old access token stops working at once (strict choice; the docs say only that both rotate).
 */
export class Tokens {
  private readonly access = new Map<string, AccessToken>();
  private readonly refresh = new Map<string, RefreshToken>();
  private readonly random: () => number;

  constructor(
    private readonly now: () => number,
    private readonly lifetimeMs: number,
    seed: number,
  ) {
    this.random = mulberry32(seed ^ 0x70c3e5);
  }

  get lifetimeSeconds(): number {
    return Math.round(this.lifetimeMs / 1000);
  }

  issue(grant: Grant): { accessToken: string; refreshToken: string } {
    const accessToken = `emu-at-${randomHex(this.random, 40)}`;
    const refreshToken = `emu-rt-${randomHex(this.random, 40)}`;
    this.access.set(accessToken, { ...grant, expiresAt: this.now() + this.lifetimeMs, revoked: false });
    this.refresh.set(refreshToken, { ...grant, used: false, access: accessToken });
    return { accessToken, refreshToken };
  }

  /** The grant of a valid access token, else the right 401. */
  authenticate(header: string | null): Grant {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    const token = match?.[1] ? this.access.get(match[1]) : undefined;
    if (!token || token.revoked) throw unauthorized();
    return token;
  }

  /** Identifies the token's user without checking expiry (rate limits count expired-token requests too). */
  isExpired(header: string | null): boolean {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    const token = match?.[1] ? this.access.get(match[1]) : undefined;
    return token !== undefined && this.now() >= token.expiresAt;
  }

  requireScope(grant: Grant, scope: MuralScope): void {
    if (!grant.scopes.includes(scope)) throw invalidScope();
  }

  throwIfExpired(header: string | null): void {
    if (this.isExpired(header)) throw tokenExpired();
  }

  /** Rotates a refresh token; `undefined` when it is unknown, used or belongs to another client. */
  rotate(refreshToken: string, clientId: string): { accessToken: string; refreshToken: string; grant: Grant } | undefined {
    const stored = this.refresh.get(refreshToken);
    if (!stored || stored.used || stored.clientId !== clientId) return undefined;
    stored.used = true;
    const previous = this.access.get(stored.access);
    if (previous) previous.revoked = true;
    const grant = { member: stored.member, clientId: stored.clientId, scopes: stored.scopes };
    return { ...this.issue(grant), grant };
  }

  /** True while `token` is a valid, unexpired access token. */
  isValid(token: string): boolean {
    const stored = this.access.get(token);
    return stored !== undefined && !stored.revoked && this.now() < stored.expiresAt;
  }
}
