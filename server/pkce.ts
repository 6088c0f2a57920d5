import { createHash, randomBytes } from 'node:crypto';

/** An unguessable token (state, PKCE verifier, session id): 32 random bytes, base64url. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The PKCE S256 code challenge of a verifier: base64url(SHA-256(verifier)) (RFC 7636 §4.2). */
export function s256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}
