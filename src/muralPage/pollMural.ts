/**
 * MURAL has no events: the page polls. While the page is visible it reads the mural, and when people's
 * widgets changed (added, moved, removed, edited) it calls `onChange` (the recount). Its own requests
 * and everything they set off (the recount's reads and chart writes) draw on one budget of
 * `REQUESTS_PER_SECOND` (a tenth of MURAL's 25/s per user: the facilitator uses other MURAL tools too),
 * measured by counting the target's requests, so the average never exceeds it. Hidden page: no polling.
 */
export const REQUESTS_PER_SECOND = 2.5;
/** Shortest time between two reads: a changed dot shows within about this plus one recount. */
export const MIN_POLL_MS = 2000;
/** The budget saved while idle is capped, so a burst after a quiet spell stays short. */
const MAX_SAVED_REQUESTS = 10;
/**
 * The most one burst is charged. A recount after a moved dot (a few reads, a few bar updates) is
 * charged in full; the facilitator's own big actions (the first chart, a build) are not the polling's
 * and delay it by at most this many requests' worth (4 s).
 */
export const MAX_CHARGED_BURST = 10;

export type PollDeps = {
  /** Reads the mural; resolves to a fingerprint of people's widgets (equal when nothing changed). */
  read: () => Promise<string>;
  /** Requests made to this mural so far by anything on the page (the poll's and the recount's included). */
  requestsMade: () => number;
  onChange: () => void;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  isVisible: () => boolean;
  /** Resolves the next time the page becomes visible. */
  whenVisible: () => Promise<void>;
};

/** Starts polling; the returned function stops it. */
export function pollMural(deps: PollDeps): () => void {
  let stopped = false;
  void (async () => {
    let last: string | undefined;
    // The first read (the baseline the next ones are compared with) goes at once.
    let saved = MAX_SAVED_REQUESTS; // requests the budget allows now
    let counted = deps.requestsMade();
    let at = deps.now();
    let perRead = 1; // requests one read took last time (one per page of 100 widgets)
    const settle = () => {
      const now = deps.now();
      const made = deps.requestsMade();
      const earned = saved + ((now - at) / 1000) * REQUESTS_PER_SECOND;
      saved = Math.max(-MAX_CHARGED_BURST, Math.min(Math.max(MAX_SAVED_REQUESTS, perRead), earned) - (made - counted));
      counted = made;
      at = now;
    };
    while (!stopped) {
      if (!deps.isVisible()) {
        // The last fingerprint is kept: what changed while hidden shows at the first read back.
        await deps.whenVisible();
        continue;
      }
      settle();
      if (saved < perRead) {
        await deps.sleep(Math.ceil(((perRead - saved) / REQUESTS_PER_SECOND) * 1000));
        continue;
      }
      const before = deps.requestsMade();
      try {
        const print = await deps.read();
        perRead = Math.max(1, deps.requestsMade() - before);
        if (stopped) return;
        if (last !== undefined && print !== last) deps.onChange();
        last = print;
      } catch {
        // A failed read (offline, signed out) is tried again at the next turn.
      }
      await deps.sleep(MIN_POLL_MS);
    }
  })();
  return () => {
    stopped = true;
  };
}
