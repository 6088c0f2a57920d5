import { z } from 'zod';
import { listWidgets } from './listWidgets';
import { LEASE_TITLE } from './ownershipRecord';
import { UncertainWriteError, type MuralClient } from './restClient';
import { parseWidget, type MuralWidgetRead } from './widgetModel';

/**
 * One build per mural at a time, across facilitators' pages. MURAL has no compare-and-set and no
 * app storage, so this is a lease kept in the mural: a hidden textbox at the root whose text names
 * its holder and when it lapses. Post ours, wait longer than a round trip, list the leases: the
 * oldest live one (then the smallest id) builds; the others remove theirs, wait until it is gone or
 * lapsed, and then run — finding everything built, they create nothing.
 */
/** A lease older than this belongs to a page closed mid-build. */
export const LEASE_TTL_MS = 120_000;
const POLL_MS = 2000;
const LeaseSchema = z.object({ accelerateBoardLease: z.literal(1), holder: z.string(), until: z.number() });

export type BuildLease = {
  release(): Promise<void>;
  /** The mural's text widgets as last listed (records among them), and whether another page built meanwhile. */
  texts: MuralWidgetRead[];
  waited: boolean;
};

type Live = { widget: MuralWidgetRead; holder: string };

function liveLeases(widgets: readonly MuralWidgetRead[], now: number): Live[] {
  const out: Live[] = [];
  for (const widget of widgets) {
    if (widget.type !== 'text' || widget.title !== LEASE_TITLE || widget.parentId !== undefined) continue;
    let parsed;
    try {
      parsed = LeaseSchema.safeParse(JSON.parse(widget.text ?? ''));
    } catch {
      continue;
    }
    if (parsed.success && parsed.data.until > now) out.push({ widget, holder: parsed.data.holder });
  }
  return out.sort((a, b) => (a.widget.createdOn ?? 0) - (b.widget.createdOn ?? 0) || (a.widget.id < b.widget.id ? -1 : a.widget.id > b.widget.id ? 1 : 0));
}

/** Leases that lapsed (their page closed mid-build): app metadata, removed by the next build. */
function lapsedLeases(widgets: readonly MuralWidgetRead[], now: number): string[] {
  const live = new Set(liveLeases(widgets, now).map((lease) => lease.widget.id));
  return widgets.filter((widget) => widget.type === 'text' && widget.title === LEASE_TITLE && widget.parentId === undefined && !live.has(widget.id)).map((widget) => widget.id);
}

const remove = (client: MuralClient, id: string) =>
  client.request({ method: 'DELETE', path: `/widgets/${encodeURIComponent(id)}`, route: 'DELETE /murals/{muralId}/widgets/{widgetId}', evenIfAborted: true });

/** Posts our lease; a lost answer is found again by its text (its holder is ours alone). */
async function postLease(client: MuralClient, text: string): Promise<string> {
  const body = [{ x: 0, y: 0, width: 40, height: 20, hidden: true, title: LEASE_TITLE, text, style: { fontSize: 8 } }];
  for (let round = 1; ; round++) {
    try {
      const answer = await client.request({ method: 'POST', path: '/widgets/textbox', route: 'POST /murals/{muralId}/widgets/textbox', body });
      const [made] = Array.isArray(answer.value) ? answer.value : [];
      return parseWidget(made, 'POST …/widgets/textbox').id;
    } catch (error) {
      if (!(error instanceof UncertainWriteError)) throw error;
      const landed = (await listWidgets(client, { types: ['texts'] })).find((widget) => widget.title === LEASE_TITLE && widget.text === text);
      if (landed) return landed.id;
      if (round >= 8) throw error;
    }
  }
}

/**
 * Waits until this page may build, then holds the lease until `release()`. `onWaiting` is told
 * while another page builds. Bounded: a lease lapses after `LEASE_TTL_MS`.
 */
export async function acquireBuildLease(client: MuralClient, onWaiting: (waiting: boolean) => void): Promise<BuildLease> {
  const { clock } = client;
  let waited = false;
  for (;;) {
    const holder = globalThis.crypto.randomUUID();
    const started = clock.now();
    const text = JSON.stringify({ accelerateBoardLease: 1, holder, until: started + LEASE_TTL_MS });
    const mine = await postLease(client, text);
    // Longer than a round trip, so a page that posted at the same moment is seen.
    await clock.sleep(Math.max(200, 2 * (clock.now() - started)));
    const texts = await listWidgets(client, { types: ['texts'] });
    const first = liveLeases(texts, clock.now())[0];
    if (!first || first.holder === holder) {
      for (const id of lapsedLeases(texts, clock.now())) await remove(client, id);
      let released = false;
      return {
        texts,
        waited,
        release: async () => {
          if (released) return;
          released = true;
          await remove(client, mine);
        },
      };
    }
    await remove(client, mine);
    onWaiting(true);
    const deadline = clock.now() + LEASE_TTL_MS + POLL_MS;
    while (clock.now() < deadline) {
      await clock.sleep(POLL_MS);
      const leases = liveLeases(await listWidgets(client, { types: ['texts'] }), clock.now());
      if (!leases.some((lease) => lease.widget.id === first.widget.id)) break;
    }
    onWaiting(false);
    waited = true;
    // The other page is done (or gone): take the lease ourselves and complete what it left.
  }
}
