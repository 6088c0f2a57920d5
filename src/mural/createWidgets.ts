import { listWidgets } from './listWidgets';
import { UncertainWriteError, type MuralClient } from './restClient';
import { BATCH_ROUTES, isAreaOf, isExactly, type WidgetDraft } from './widgetDrafts';
import { parseWidget, type MuralWidgetRead } from './widgetModel';

/** MURAL's cap on one sticky-note/shape/textbox/title create. */
export const BATCH_LIMIT = 1000;
/** Rounds of "create, read back what landed, create the rest" before giving up. */
const MAX_ROUNDS = 8;

export type KeyedDraft = { key: string; draft: WidgetDraft };

export type CreateContext = {
  client: MuralClient;
  /** Ids that are someone's already (recorded app widgets, people's widgets): never taken back as ours. */
  claimed: Set<string>;
  /** Told how many widgets just landed. */
  onCreated?: (count: number) => void;
};

/**
 * Creates the drafts in as few requests as MURAL allows (one array per typed route, ≤ 1000 each)
 * and returns key → widget id. A create whose answer is lost or fails took effect or not: it is
 * never repeated blindly — the areas involved are read and every widget that is exactly a draft
 * (kind, area, geometry, text) and no one's yet is taken back; only the rest is created again.
 */
export async function createWidgets(context: CreateContext, drafts: readonly KeyedDraft[]): Promise<Map<string, string>> {
  const made = new Map<string, string>();
  let pending = [...drafts];
  for (let round = 1; pending.length > 0; round++) {
    const uncertain: KeyedDraft[] = [];
    for (const route of BATCH_ROUTES) {
      const ofRoute = pending.filter((entry) => entry.draft.route === route);
      for (let start = 0; start < ofRoute.length; start += BATCH_LIMIT) {
        const chunk = ofRoute.slice(start, start + BATCH_LIMIT);
        try {
          const answer = await context.client.request({
            method: 'POST',
            path: `/widgets/${route}`,
            route: `POST /murals/{muralId}/widgets/${route}`,
            body: chunk.map((entry) => entry.draft.body),
          });
          const created = Array.isArray(answer.value) ? answer.value.map((raw) => parseWidget(raw, `POST …/widgets/${route}`)) : [];
          takeCreated(context, chunk, created, made);
          context.onCreated?.(chunk.length);
        } catch (error) {
          if (!(error instanceof UncertainWriteError)) throw error;
          uncertain.push(...chunk);
        }
      }
    }
    if (uncertain.length === 0) return made;
    const landed = await readAreaChildren(context.client, new Set(uncertain.map((entry) => String(entry.draft.body.parentId))));
    pending = [];
    for (const entry of uncertain) {
      const widget = landed.find((candidate) => !context.claimed.has(candidate.id) && isExactly(candidate, entry.draft));
      if (widget) {
        context.claimed.add(widget.id);
        made.set(entry.key, widget.id);
        context.onCreated?.(1);
      } else pending.push(entry);
    }
    if (pending.length > 0 && round >= MAX_ROUNDS) {
      throw new Error(`MURAL failed to create ${pending.length} widgets after ${MAX_ROUNDS} tries; run again to complete the board (nothing is duplicated).`);
    }
  }
  return made;
}

/** Pairs the answer with the request by content (MURAL does not promise the order), else by index. */
function takeCreated(context: CreateContext, chunk: readonly KeyedDraft[], created: readonly MuralWidgetRead[], made: Map<string, string>): void {
  const used = new Set<number>();
  chunk.forEach((entry, index) => {
    let at = created.findIndex((widget, i) => !used.has(i) && isExactly(widget, entry.draft));
    if (at < 0 && !used.has(index) && created[index]) at = index;
    const widget = created[at];
    if (!widget) throw new Error(`MURAL's answer to a create of ${chunk.length} widgets lists ${created.length}.`);
    used.add(at);
    context.claimed.add(widget.id);
    made.set(entry.key, widget.id);
  });
}

/** The widgets directly inside these areas: one listing per area for one or two areas, else one listing of the mural. */
export async function readAreaChildren(client: MuralClient, areaIds: ReadonlySet<string>): Promise<MuralWidgetRead[]> {
  if (areaIds.size <= 2) {
    const lists = [];
    for (const parentId of areaIds) lists.push(await listWidgets(client, { parentId }));
    return lists.flat();
  }
  return (await listWidgets(client)).filter((widget) => widget.parentId !== undefined && areaIds.has(widget.parentId));
}

/**
 * Creates one area (MURAL takes areas one at a time). A lost or failed answer: the root areas are
 * read and an area exactly as asked that is no one's yet is taken back instead of made twice.
 */
export async function createArea(context: CreateContext, body: Record<string, unknown>): Promise<string> {
  for (let round = 1; ; round++) {
    try {
      const answer = await context.client.request({ method: 'POST', path: '/widgets/area', route: 'POST /murals/{muralId}/widgets/area', body });
      const area = parseWidget(answer.value, 'POST …/widgets/area');
      context.claimed.add(area.id);
      return area.id;
    } catch (error) {
      if (!(error instanceof UncertainWriteError)) throw error;
      const areas = await listWidgets(context.client, { types: ['areas'] });
      const landed = areas.find((widget) => !context.claimed.has(widget.id) && isAreaOf(widget, body));
      if (landed) {
        context.claimed.add(landed.id);
        return landed.id;
      }
      if (round >= MAX_ROUNDS) throw new Error(`MURAL failed to create the area "${String(body.title)}" after ${MAX_ROUNDS} tries; run again.`);
    }
  }
}
