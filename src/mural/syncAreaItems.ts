import type { PlannedItem } from '../core/plan';
import { createWidgets, type CreateContext, type KeyedDraft } from './createWidgets';
import { deleteWidget } from './deleteWidget';
import { draftOf, isExactly, isKindOf, patchFor, type BatchRoute } from './widgetDrafts';
import type { MuralWidgetRead } from './widgetModel';

export type SyncCounts = { created: number; updated: number; removed: number };

/**
 * Makes the app's widgets under `keyPrefix` in one area match `planned` (frame space = the area's
 * space): updates only what differs (so an unchanged re-run writes nothing), creates what is
 * missing in arrays, removes what is no longer planned. Only ids in `items` (the area's record)
 * are ever updated or removed. Mutates `items`; the caller writes the record.
 */
export async function syncAreaItems(
  context: CreateContext,
  args: { areaId: string; keyPrefix: string; planned: readonly PlannedItem[]; widgets: ReadonlyMap<string, MuralWidgetRead>; owned: ReadonlySet<string>; items: Record<string, string> },
): Promise<SyncCounts> {
  const { client } = context;
  const { areaId, keyPrefix, planned, widgets, owned, items } = args;
  const counts: SyncCounts = { created: 0, updated: 0, removed: 0 };
  const plannedKeys = new Set(planned.map((item) => item.key));
  const toCreate: KeyedDraft[] = [];
  const adopted = new Set<string>();
  for (const item of planned) {
    const draft = draftOf(item, areaId);
    const recorded = items[item.key];
    const widget = recorded !== undefined ? widgets.get(recorded) : undefined;
    if (widget && isKindOf(widget, draft)) {
      const patch = patchFor(widget, draft);
      if (patch) {
        await client.request({ method: 'PATCH', path: `/widgets/${draft.route}/${encodeURIComponent(widget.id)}`, route: `PATCH /murals/{muralId}/widgets/${draft.route}/{widgetId}`, body: patch });
        counts.updated++;
      }
      continue;
    }
    if (widget) {
      await deleteWidget(client, widget.id);
      counts.removed++;
    }
    delete items[item.key];
    // A key no record names may have landed in a run cut short: take back the exact widget.
    const left =
      recorded === undefined
        ? [...widgets.values()].find((candidate) => !owned.has(candidate.id) && !adopted.has(candidate.id) && isExactly(candidate, draft))
        : undefined;
    if (left) {
      adopted.add(left.id);
      items[item.key] = left.id;
    } else toCreate.push({ key: item.key, draft });
  }
  for (const [key, id] of Object.entries(items)) {
    if (!key.startsWith(keyPrefix) || plannedKeys.has(key)) continue;
    if (widgets.has(id)) {
      await deleteWidget(client, id);
      counts.removed++;
    }
    delete items[key];
  }
  if (toCreate.length > 0) {
    const made = await createWidgets(context, toCreate);
    for (const [key, id] of made) items[key] = id;
    counts.created += made.size;
  }
  return counts;
}

export type { BatchRoute };
