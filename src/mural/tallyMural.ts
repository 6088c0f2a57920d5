import { tallyBoard, type KeyMetricsTally } from '../core/tally/tallyBoard';
import { TALLY_KEY_PREFIX, tallyChartItems } from '../core/tally/tallyChart';
import { acquireBuildLease } from './buildLease';
import type { CreateContext } from './createWidgets';
import { isRecordWidget } from './ownershipRecord';
import { readMural, type MuralRead } from './readMural';
import type { MuralClient } from './restClient';
import { syncAreaItems, type SyncCounts } from './syncAreaItems';
import { draftOf, isKindOf } from './widgetDrafts';
import { writeRecords } from './writeRecords';

export type MuralTallyResult = KeyMetricsTally & { board: SyncCounts };

/**
 * Tally on a mural: reads every widget once (one page per 100), counts with the core's
 * `tallyBoard` (dots by the bucket holding their centre, parent chains resolved), and makes the
 * chart in the 4 key metrics area match (`tallyChartItems`). An unchanged re-tally only reads.
 * A tally that has chart widgets to create holds the build lease, so two pages never draw two charts.
 */
export async function tallyMural(client: MuralClient): Promise<MuralTallyResult> {
  const read = await readMural(client);
  if (!chartNeedsCreates(read)) return tallyFrom(client, read);
  const lease = await acquireBuildLease(client, () => undefined);
  try {
    const changed = lease.waited || lease.texts.some((text) => isRecordWidget(text) && read.widgets.get(text.id)?.text !== text.text);
    return await tallyFrom(client, changed ? await readMural(client) : read);
  } finally {
    await lease.release();
  }
}

/** Whether the chart lacks a widget (a first tally, or one removed): only then is a lease worth its requests. */
function chartNeedsCreates({ widgets, ownership, snapshot }: MuralRead): boolean {
  const stored = ownership.records.get('keyMetrics');
  if (!stored) return false;
  let planned;
  try {
    planned = tallyChartItems(tallyBoard(snapshot));
  } catch {
    return false;
  }
  return planned.some((item) => {
    const widget = widgets.get(stored.record.items[item.key] ?? '');
    return !widget || !isKindOf(widget, draftOf(item, stored.record.area));
  });
}

async function tallyFrom(client: MuralClient, { widgets, ownership, snapshot }: MuralRead): Promise<MuralTallyResult> {
  const tally = tallyBoard(snapshot);
  const stored = ownership.records.get('keyMetrics');
  if (!stored) throw new Error('The 4 key metrics area is missing: click "Build Accelerate board" to restore it.');
  const items = { ...stored.record.items };
  const context: CreateContext = { client, claimed: new Set(widgets.keys()) };
  const board = await syncAreaItems(context, {
    areaId: stored.record.area,
    keyPrefix: TALLY_KEY_PREFIX,
    planned: tallyChartItems(tally),
    widgets,
    owned: ownership.owned,
    items,
  });
  await writeRecords(context, [{ activity: 'keyMetrics', areaId: stored.record.area, origin: stored.record.origin, config: stored.record.config, items, stored }]);
  return { ...tally, board };
}
