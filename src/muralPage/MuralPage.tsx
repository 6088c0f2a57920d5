import { useEffect, useMemo, useState } from 'preact/hooks';
import { defaultConfigFormValues } from '../ui/configForm';
import { Panel } from '../ui/Panel';
import { MuralChooser } from './MuralChooser';
import { currentUser, readSession, type MuralInfo, type MuralSession, type MuralUser } from './muralDirectory';
import { connectMuralThroughBroker, muralPanelActions } from './muralPanelActions';
import { MuralHeader } from './MuralHeader';
import { RehearsalView } from './RehearsalView';

const CHOSEN_KEY = 'accelerate-board:mural';
const DEFAULT_WORKSHOP = 'Data Mesh Accelerate workshop';

const SIGN_IN_OUTCOMES: Record<string, string> = {
  refused: 'That sign-in was refused (it did not start on this page, or was used already). Sign in again.',
  denied: 'MURAL did not grant access. Sign in again to allow Accelerate Board.',
  failed: 'MURAL did not complete the sign-in. Try again.',
};

/** The MURAL companion: sign in (through the broker), choose or create a mural, then the same panel as on Miro. */
export function MuralPage() {
  const [session, setSession] = useState<MuralSession | null>(null);
  const [user, setUser] = useState<MuralUser | null>(null);
  const [mural, setMural] = useState<MuralInfo | null>(() => {
    try {
      const stored = localStorage.getItem(CHOSEN_KEY);
      return stored ? (JSON.parse(stored) as MuralInfo) : null;
    } catch {
      return null;
    }
  });
  const [workshopName, setWorkshopName] = useState(DEFAULT_WORKSHOP);
  const outcome = new URLSearchParams(location.search).get('signin');

  useEffect(() => {
    readSession().then(setSession, () => setSession({ signedIn: false, mode: 'mural' }));
  }, []);
  useEffect(() => {
    if (session?.signedIn) currentUser().then(setUser, () => setUser(null));
  }, [session?.signedIn]);

  const choose = (chosen: MuralInfo | null) => {
    setMural(chosen);
    if (chosen) localStorage.setItem(CHOSEN_KEY, JSON.stringify(chosen));
    else localStorage.removeItem(CHOSEN_KEY);
  };
  const target = useMemo(() => (mural ? connectMuralThroughBroker(mural.id) : null), [mural?.id]);
  const rehearsal = session?.mode === 'rehearsal';

  if (!session) return <p class="p-medium mural-page-loading">Connecting…</p>;
  if (!session.signedIn) {
    return (
      <main class="mural-signin">
        <h1 class="h3">Accelerate Board for MURAL</h1>
        {rehearsal ? <p class="p-small">Rehearsal: this signs in to an emulated MURAL running in the dev server. Set MURAL_CLIENT_ID and MURAL_CLIENT_SECRET to use MURAL.</p> : null}
        {outcome && SIGN_IN_OUTCOMES[outcome] ? <p class="p-small mural-error" role="alert">{SIGN_IN_OUTCOMES[outcome]}</p> : null}
        <a class="button button-primary" href="/mural/auth/signin">Sign in with MURAL</a>
      </main>
    );
  }
  return (
    <div class={`mural-page${rehearsal && mural ? ' with-rehearsal' : ''}`}>
      <div class="mural-side">
        <MuralHeader user={user} mural={mural} rehearsal={rehearsal} {...(mural ? { onChangeMural: () => choose(null) } : {})} />
        {mural && target ? (
          <Panel key={mural.id} miro={target} actions={muralPanelActions} initialValues={{ ...defaultConfigFormValues, workshopName: mural.title || workshopName }} />
        ) : (
          <MuralChooser workshopName={workshopName} onWorkshopName={setWorkshopName} preferredWorkspace={user?.lastActiveWorkspace} onChosen={choose} />
        )}
      </div>
      {rehearsal && mural ? <RehearsalView muralId={mural.id} /> : null}
    </div>
  );
}
