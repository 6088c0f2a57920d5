import { tallyBoard, type KeyMetricsTally } from '../core/tally/tallyBoard';
import { TALLY_KEY_PREFIX, tallyChartItems } from '../core/tally/tallyChart';
import type { CreateContext } from './createWidgets';
import { readMural, type MuralRead } from './readMural';
import type { MuralClient } from './restClient';
import { syncAreaItems, type SyncCounts } from './syncAreaItems';
import { areaNeedsCreates, withLeaseForCreates } from './withLeaseForCreates';
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
  return withLeaseForCreates(client, read, {
    plan: ({ snapshot }) => {
      const tally = tallyBoard(snapshot);
      return { tally, chart: tallyChartItems(tally) };
    },
    needsCreates: (current, { chart }) => areaNeedsCreates(current, 'keyMetrics', chart),
    run: (current, plan) => tallyFrom(client, current, plan),
  });
}

async function tallyFrom(
  client: MuralClient,
  { widgets, ownership }: MuralRead,
  { tally, chart }: { tally: KeyMetricsTally; chart: ReturnType<typeof tallyChartItems> },
): Promise<MuralTallyResult> {
  const stored = ownership.records.get('keyMetrics');
  if (!stored) throw new Error('The 4 key metrics area is missing: click "Build Accelerate board" to restore it.');
  const items = { ...stored.record.items };
  const context: CreateContext = { client, claimed: new Set(widgets.keys()) };
  const board = await syncAreaItems(context, {
    areaId: stored.record.area,
    keyPrefix: TALLY_KEY_PREFIX,
    planned: chart,
    widgets,
    owned: ownership.owned,
    items,
  });
  await writeRecords(context, [{ activity: 'keyMetrics', areaId: stored.record.area, origin: stored.record.origin, config: stored.record.config, items, stored }]);
  return { ...tally, board };
}
