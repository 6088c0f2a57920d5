import type { FrameId } from '../core/activity';
import type { WorkshopConfig } from '../core/config';
import type { BoardPlan } from '../core/plan';
import { reportedFrames, type BuildProgress, type BuildReport } from '../actions/types';
import { createArea, createWidgets, type CreateContext, type KeyedDraft } from './createWidgets';
import { absoluteTopLeftOf, areaTopLeftOf } from './geometry';
import { acquireBuildLease } from './buildLease';
import { isAppMetadata, isRecordWidget } from './ownershipRecord';
import { readMural, type MuralRead } from './readMural';
import type { MuralClient } from './restClient';
import { areaBody, draftOf, isAreaOf, isExactly } from './widgetDrafts';
import { heightOf, type MuralWidgetRead } from './widgetModel';
import { writeRecords, type RecordUpdate } from './writeRecords';

/** Space left between people's content and a new layout, px. */
const LAYOUT_GAP = 400;

export type MuralBuildOptions = {
  config: WorkshopConfig;
  onProgress?: (progress: BuildProgress) => void;
  /** Whether the run waits for MURAL's rate limit now; the build sets `onChange` to report each change. */
  rateLimit?: { waiting: boolean; onChange?: () => void };
};

/**
 * Builds (or completes) the plan on a mural: one area per planned frame, every planned item inside
 * its area, then each area's ownership record. Reads the mural once; creates areas one by one and
 * everything else in arrays of up to 1000; takes back what a cut-off run or a lost answer left
 * (exactly as planned, in no record) instead of making it twice; never touches anything else.
 */
export async function buildMural(client: MuralClient, plan: BoardPlan, options: MuralBuildOptions): Promise<BuildReport> {
  const read = await readMural(client);
  if (plan.frames.every((frame) => read.ownership.records.has(frame.activity))) return buildFrom(client, plan, options, read);
  // Areas to make: one page at a time (another facilitator may click Build now too).
  let waiting = false;
  const lease = await acquireBuildLease(client, (now) => {
    waiting = now;
    options.onProgress?.({ done: 0, total: plannedCount(plan), waitingForCredits: false, waitingForAnotherBuild: now });
  });
  let report: BuildReport;
  try {
    const changed = lease.waited || waiting || lease.texts.some((text) => isRecordWidget(text) && read.widgets.get(text.id)?.text !== text.text);
    report = await buildFrom(client, plan, options, changed ? await readMural(client) : read);
  } finally {
    await lease.release();
  }
  return { ...report, calls: client.stats.requests };
}

async function buildFrom(client: MuralClient, plan: BoardPlan, options: MuralBuildOptions, read: MuralRead): Promise<BuildReport> {
  const { widgets, ownership } = read;
  // Records and leases are the adapter's metadata: never content, never taken back.
  const all = [...widgets.values()].filter((widget) => !isAppMetadata(widget));
  // Everything already on the mural is someone's: a lost answer is only ever matched to a new widget.
  const context: CreateContext = { client, claimed: new Set(widgets.keys()) };
  const adopted = new Set<string>();
  const adoptable = (widget: MuralWidgetRead) => !ownership.owned.has(widget.id) && !adopted.has(widget.id);
  const origin = ownership.ledger?.origin ?? originFor(all, plan);

  const total = plannedCount(plan);
  let done = 0;
  const report = () => options.onProgress?.({ done, total, waitingForCredits: options.rateLimit?.waiting ?? false, waitingForAnotherBuild: false });
  if (options.rateLimit) options.rateLimit.onChange = report;
  const advance = (count: number) => {
    done += count;
    report();
  };
  context.onCreated = advance;
  report();

  let created = 0;
  let reused = 0;
  const frames = new Map<FrameId, string>();
  const updates: RecordUpdate[] = [];
  for (const frame of plan.frames) {
    const stored = ownership.records.get(frame.activity);
    let areaId = stored?.record.area;
    if (areaId === undefined) {
      const body = areaBody(frame, areaTopLeftOf(origin, frame));
      const left = all.find((widget) => adoptable(widget) && isAreaOf(widget, body));
      if (left) {
        adopted.add(left.id);
        areaId = left.id;
        reused++;
      } else {
        areaId = await createArea(context, body);
        created++;
      }
    } else {
      reused++;
      await growArea(client, widgets.get(areaId), frame);
    }
    frames.set(frame.activity, areaId);
    updates.push({ activity: frame.activity, areaId, origin, config: options.config, items: { ...(stored?.record.items ?? {}) }, stored });
    advance(1);
  }

  const drafts: Array<KeyedDraft & { update: RecordUpdate }> = [];
  plan.frames.forEach((frame, index) => {
    const update = updates[index]!;
    for (const item of frame.items) {
      const recorded = update.items[item.key];
      if (recorded !== undefined && widgets.has(recorded)) {
        reused++;
        advance(1);
        continue;
      }
      // A ready-made dot someone took away is theirs now: never made again.
      if (recorded !== undefined && item.consumable) {
        advance(1);
        continue;
      }
      delete update.items[item.key];
      const draft = draftOf(item, update.areaId);
      // Only a key no record names is taken back: a recorded widget that is gone stays gone, and a
      // participant's copy of it (same text and place) stays theirs.
      const left = recorded === undefined ? all.find((widget) => adoptable(widget) && isExactly(widget, draft)) : undefined;
      if (left) {
        adopted.add(left.id);
        update.items[item.key] = left.id;
        reused++;
        advance(1);
      } else drafts.push({ key: item.key, draft, update });
    }
  });

  const made = await createWidgets(context, drafts);
  for (const entry of drafts) {
    const id = made.get(entry.key);
    if (id !== undefined) entry.update.items[entry.key] = id;
  }
  created += made.size;
  await writeRecords(context, updates);
  report();
  return { ...reportedFrames(frames), created, reused, calls: client.stats.requests };
}

const plannedCount = (plan: BoardPlan) => plan.frames.reduce((sum, frame) => sum + 1 + frame.items.length, 0);

/** A recorded area smaller than its planned frame (the layout grew since) is grown, so the new items fit; never shrunk or moved. */
async function growArea(client: MuralClient, area: MuralWidgetRead | undefined, frame: { width: number; height: number }): Promise<void> {
  if (!area || (area.width >= frame.width && heightOf(area) >= frame.height)) return;
  await client.request({
    method: 'PATCH',
    path: `/widgets/area/${encodeURIComponent(area.id)}`,
    route: 'PATCH /murals/{muralId}/widgets/area/{widgetId}',
    body: { width: Math.max(area.width, frame.width), height: Math.max(heightOf(area), frame.height) },
  });
}

/**
 * Where a new layout starts: below everything people have on the mural. Root areas titled like a
 * planned frame (a cut-off run's, to be taken back) and what lies in them do not count, so a
 * resumed run finds the same origin as the run it completes.
 */
function originFor(widgets: readonly MuralWidgetRead[], plan: BoardPlan): { x: number; y: number } {
  const titles = new Set(plan.frames.map((frame) => frame.title));
  const byId = new Map(widgets.map((widget) => [widget.id, widget]));
  const ours = new Set(widgets.filter((widget) => widget.type === 'area' && widget.parentId === undefined && titles.has(widget.title ?? '')).map((widget) => widget.id));
  const inside = (widget: MuralWidgetRead): boolean => {
    let parentId = widget.parentId;
    const seen = new Set<string>();
    while (parentId !== undefined && !seen.has(parentId)) {
      if (ours.has(parentId)) return true;
      seen.add(parentId);
      parentId = byId.get(parentId)?.parentId;
    }
    return false;
  };
  let bottom: number | undefined;
  for (const widget of widgets) {
    if (ours.has(widget.id) || inside(widget)) continue;
    const topLeft = absoluteTopLeftOf(widget, byId);
    bottom = Math.max(bottom ?? -Infinity, topLeft.y + heightOf(widget));
  }
  return bottom === undefined ? { x: 0, y: 0 } : { x: 0, y: Math.ceil(bottom) + LAYOUT_GAP };
}
