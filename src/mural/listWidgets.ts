import type { MuralClient } from './restClient';
import { parseWidget, type MuralWidgetRead } from './widgetModel';

/** MURAL's largest page; every follow-up page must send the same `limit` (and the same filters). */
export const PAGE_LIMIT = 100;
const ROUTE = 'GET /murals/{muralId}/widgets';
/** A cursor loop that never ends is a server bug; 1000 pages = 100,000 widgets. */
const MAX_PAGES = 1000;

export type WidgetFilter = {
  /** MURAL's plural vocabulary: `areas`, `shapes`, `sticky notes`, `texts`, `icons`, `images`, … */
  types?: readonly string[];
  /** Direct children of this area (the emulator's strict reading; MURAL does not say). */
  parentId?: string;
};

/** Every widget the filter selects, all pages, `limit` 100 (one read per 100 widgets). */
export async function listWidgets(client: MuralClient, filter: WidgetFilter = {}): Promise<MuralWidgetRead[]> {
  const base: Record<string, string> = { limit: String(PAGE_LIMIT) };
  if (filter.types && filter.types.length > 0) base.type = filter.types.join(',');
  if (filter.parentId !== undefined) base.parentId = filter.parentId;
  const out: MuralWidgetRead[] = [];
  const seen = new Set<string>();
  let next: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await client.request({ method: 'GET', path: '/widgets', route: ROUTE, query: next === undefined ? base : { ...base, next } });
    if (!Array.isArray(answer.value)) throw new Error(`MURAL answered ${ROUTE} without a list of widgets.`);
    for (const raw of answer.value) {
      const widget = parseWidget(raw, ROUTE);
      // A widget moved between two pages may come twice: keep the first.
      if (!seen.has(widget.id)) {
        seen.add(widget.id);
        out.push(widget);
      }
    }
    if (answer.next === undefined) return out;
    next = answer.next;
  }
  throw new Error(`MURAL kept sending pages of ${ROUTE} past ${MAX_PAGES}.`);
}
