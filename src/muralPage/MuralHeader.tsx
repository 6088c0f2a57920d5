import type { MuralInfo, MuralUser } from './muralDirectory';
import { muralLink } from './muralDirectory';

export type MuralHeaderProps = { user: MuralUser | null; mural: MuralInfo | null; rehearsal: boolean; onChangeMural?: () => void };

/** Who is connected, which mural the panel acts on, a link that opens it in MURAL, and sign-out. */
export function MuralHeader({ user, mural, rehearsal, onChangeMural }: MuralHeaderProps) {
  return (
    <header class="mural-header" aria-label="MURAL connection">
      <p class="p-small">
        {rehearsal ? <strong class="mural-rehearsal-badge">Rehearsal (emulated MURAL) </strong> : null}
        {user ? <span>Signed in to MURAL as <strong>{`${user.firstName} ${user.lastName}`.trim()}</strong></span> : 'Signed in to MURAL'}
      </p>
      {mural ? (
        <p class="p-small">
          Mural: <strong>{mural.title || mural.id}</strong>{' '}
          {rehearsal ? null : (
            <a href={muralLink(mural)} target="_blank" rel="noopener noreferrer">
              Open in MURAL
            </a>
          )}{' '}
          {onChangeMural ? (
            <button type="button" class="button button-secondary button-small" onClick={onChangeMural}>
              Choose another mural
            </button>
          ) : null}
        </p>
      ) : null}
      <form method="post" action="/mural/auth/signout">
        <button type="submit" class="button button-tertiary button-small">
          Sign out
        </button>
      </form>
    </header>
  );
}
