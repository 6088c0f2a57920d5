import type { ActivityId } from '../core/activity';
import type { PlannedItem } from '../core/plan';
import { acquireBuildLease } from './buildLease';
import { isRecordWidget } from './ownershipRecord';
import { readMural, type MuralRead } from './readMural';
import type { MuralClient } from './restClient';
import { draftOf, isKindOf } from './widgetDrafts';

/**
 * Whether syncing `planned` into an activity's area will create a widget (a first run, or one
 * removed): only then is the build lease worth its requests. False when the area has no record.
 */
export function areaNeedsCreates({ widgets, ownership }: MuralRead, activity: ActivityId, planned: readonly PlannedItem[]): boolean {
  const stored = ownership.records.get(activity);
  if (!stored) return false;
  return planned.some((item) => {
    const widget = widgets.get(stored.record.items[item.key] ?? '');
    return !widget || !isKindOf(widget, draftOf(item, stored.record.area));
  });
}

/**
 * Runs `run` on the mural as read, holding the build lease when it has widgets to create, so two
 * pages running the same action at once make them once: the second reads again after the first is
 * done and finds them recorded. An unchanged re-run takes no lease (reads only). `plan` (what the
 * action computes from a read) is computed once per read and handed to both `needsCreates` and `run`.
 */
export async function withLeaseForCreates<P, T>(
  client: MuralClient,
  read: MuralRead,
  steps: { plan: (read: MuralRead) => P; needsCreates: (read: MuralRead, plan: P) => boolean; run: (read: MuralRead, plan: P) => Promise<T> },
): Promise<T> {
  const planned = steps.plan(read);
  if (!steps.needsCreates(read, planned)) return steps.run(read, planned);
  const lease = await acquireBuildLease(client, () => undefined);
  try {
    const changed = lease.waited || lease.texts.some((text) => isRecordWidget(text) && read.widgets.get(text.id)?.text !== text.text);
    if (!changed) return await steps.run(read, planned);
    const fresh = await readMural(client);
    return await steps.run(fresh, steps.plan(fresh));
  } finally {
    await lease.release();
  }
}
