import { useEffect, useState } from 'preact/hooks';
import {
  createMural, getMural, listRoomMurals, listRooms, listWorkspaces, muralIdFrom,
  type MuralInfo, type Page,
} from './muralDirectory';

export type MuralChooserProps = {
  workshopName: string;
  onWorkshopName: (name: string) => void;
  preferredWorkspace?: string | undefined;
  onChosen: (mural: MuralInfo) => void;
};

type Option = { id: string; name: string };

/** A paged list kept as it grows: the first page, then "More" appends the next. */
function usePaged<T>(load: ((next?: string) => Promise<Page<T> | undefined>) | null, key: string) {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | undefined>();
  const [unavailable, setUnavailable] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fetchPage = (cursor?: string) => {
    if (!load) return;
    load(cursor).then(
      (page) => {
        if (!page) return setUnavailable(true);
        setItems((before) => (cursor ? [...before, ...page.items] : page.items));
        setNext(page.next);
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  };
  useEffect(() => {
    setItems([]);
    setNext(undefined);
    setUnavailable(false);
    setError(null);
    fetchPage();
  }, [key]);
  return { items, more: next ? () => fetchPage(next) : null, unavailable, error };
}

/** **Choose a mural** (workspace → room → mural, paged) or **Create a mural** in the room, titled with the workshop name. */
export function MuralChooser({ workshopName, onWorkshopName, preferredWorkspace, onChosen }: MuralChooserProps) {
  const [workspace, setWorkspace] = useState('');
  const [room, setRoom] = useState<number | null>(null);
  const [pasted, setPasted] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const workspaces = usePaged<Option>((next) => listWorkspaces(next), 'workspaces');
  const rooms = usePaged<{ id: number; name: string }>(workspace ? (next) => listRooms(workspace, next) : null, `rooms|${workspace}`);
  const murals = usePaged<MuralInfo>(room !== null ? (next) => listRoomMurals(room, next) : null, `murals|${room}`);

  useEffect(() => {
    if (workspace || workspaces.items.length === 0) return;
    setWorkspace(workspaces.items.find((w) => w.id === preferredWorkspace)?.id ?? workspaces.items[0]!.id);
  }, [workspaces.items]);
  useEffect(() => {
    if (room === null && rooms.items.length > 0) setRoom(rooms.items[0]!.id);
  }, [rooms.items]);

  const run = (what: () => Promise<MuralInfo>) => {
    setBusy(true);
    setMessage(null);
    what().then(onChosen, (failure: unknown) => {
      setBusy(false);
      setMessage(failure instanceof Error ? failure.message : String(failure));
    });
  };
  const openPasted = () => {
    const id = muralIdFrom(pasted);
    if (!id) return setMessage('Paste the mural’s link (…/m/<workspace>/<number>/…) or its id (<workspace>.<number>).');
    run(() => getMural(id));
  };

  return (
    <section class="mural-chooser" aria-label="Choose a mural">
      <h2 class="h4">Choose a mural</h2>
      <label class="label" for="mural-workspace">Workspace</label>
      <select id="mural-workspace" class="select" value={workspace} onChange={(e) => { setWorkspace((e.target as HTMLSelectElement).value); setRoom(null); }}>
        {workspaces.items.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
      </select>
      {workspaces.more ? <button type="button" class="button button-tertiary button-small" onClick={workspaces.more}>More workspaces</button> : null}
      <label class="label" for="mural-room">Room</label>
      <select id="mural-room" class="select" value={room ?? ''} onChange={(e) => setRoom(Number((e.target as HTMLSelectElement).value))}>
        {rooms.items.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
      </select>
      {rooms.more ? <button type="button" class="button button-tertiary button-small" onClick={rooms.more}>More rooms</button> : null}
      {murals.items.length > 0 ? (
        <ul class="mural-list">
          {murals.items.map((mural) => (
            <li key={mural.id}>
              <button type="button" class="button button-secondary button-small" disabled={busy} onClick={() => onChosen(mural)}>{mural.title || mural.id}</button>
            </li>
          ))}
        </ul>
      ) : null}
      {murals.more ? <button type="button" class="button button-tertiary button-small" onClick={murals.more}>More murals</button> : null}
      <label class="label" for="mural-link">{murals.unavailable ? 'Mural link or id' : 'Or paste a mural link or id'}</label>
      <div class="mural-row">
        <input id="mural-link" class="input" value={pasted} onInput={(e) => setPasted((e.target as HTMLInputElement).value)} placeholder="https://app.mural.co/t/…/m/…" />
        <button type="button" class="button button-secondary button-small" disabled={busy} onClick={openPasted}>Open</button>
      </div>
      <h2 class="h4">Create a mural</h2>
      <label class="label" for="mural-workshop-name">Workshop name (the new mural’s title)</label>
      <input id="mural-workshop-name" class="input" value={workshopName} onInput={(e) => onWorkshopName((e.target as HTMLInputElement).value)} />
      <button type="button" class="button button-primary" disabled={busy || room === null || workshopName.trim() === ''} onClick={() => room !== null && run(() => createMural(room, workshopName.trim()))}>
        Create a mural
      </button>
      {message || workspaces.error || rooms.error ? <p class="p-small mural-error" role="alert">{message ?? workspaces.error ?? rooms.error}</p> : null}
    </section>
  );
}
