import { expect, test } from 'vitest';
import { buildAccelerateBoard, createEmulatedMiro, tallyKeyMetrics } from '../../src/index';
import { bucketKey } from '../../src/core/workshop/keys';
import type { BucketIndex, HorizonId, MetricId } from '../../src/core/workshop/metrics';
import { readSnapshot } from '../../src/miro/readSnapshot';
import { absoluteTopLeft, asParticipant, muralSetup, RECORD_TITLE } from './harness';

/** The dots of one workshop: bucket and an offset from its centre (board px). */
const VOTES: Array<[MetricId, HorizonId, BucketIndex, number]> = [
  ['leadTime', 'today', 2, -20], ['leadTime', 'today', 2, 20], ['leadTime', 'today', 5, 0], ['leadTime', 'nextYear', 4, 0],
  ['deployFrequency', 'today', 1, 0], ['deployFrequency', 'nextYear', 6, 10], ['deployFrequency', 'nextYear', 6, -10],
  ['timeToRestore', 'today', 3, 0], ['changeFailRate', 'nextYear', 2, 0], ['changeFailRate', 'today', 6, 0],
];

type Report = Awaited<ReturnType<typeof tallyKeyMetrics>>;
const comparable = (report: Report) => ({
  metrics: report.metrics.map((metric) => ({ ...metric, horizons: metric.horizons.map((scale) => ({ ...scale, buckets: scale.buckets.map(({ itemId: _id, ...bucket }) => bucket) })) })),
  unplacedDots: report.unplacedDots,
  missingBuckets: report.missingBuckets,
  dotTypes: report.dotTypes,
  votesIncluded: report.votesIncluded,
});

test('the same dots give the same tally report on Miro and on a mural (ids aside)', async () => {
  const miro = createEmulatedMiro();
  const built = await buildAccelerateBoard(miro.miro);
  const snapshot = await readSnapshot(miro.miro);
  for (const [metric, horizon, index, dx] of VOTES) {
    const bucket = snapshot.items.find((item) => item.id === snapshot.ledger!.items[bucketKey(metric, horizon, index)])!;
    miro.participant.addShape({ shape: 'circle', x: bucket.x + dx, y: bucket.y, width: 30, height: 30, fillColor: '#2d9bf0' });
  }
  const frame = snapshot.items.find((item) => item.id === built.frames.keyMetrics)!;
  // One dot in the metrics frame but in no bucket.
  miro.participant.addShape({ shape: 'circle', x: frame.x - frame.width / 2 + 100, y: frame.y + frame.height / 2 - 100, width: 30, height: 30, fillColor: '#2d9bf0' });
  const onMiro = await tallyKeyMetrics(miro.miro);

  const { emulated, target } = muralSetup();
  const { frames } = await buildAccelerateBoard(target);
  const widgets = emulated.widgets();
  const record = widgets.find((widget) => widget.title === RECORD_TITLE && widget.parentId === frames.keyMetrics)!;
  const items = (JSON.parse(String(record.text)) as { items: Record<string, string> }).items;
  const dots = VOTES.map(([metric, horizon, index, dx]) => {
    const bucket = widgets.find((widget) => widget.id === items[bucketKey(metric, horizon, index)])!;
    const at = absoluteTopLeft(widgets, bucket.id);
    return { shape: 'circle', x: at.x + bucket.width / 2 + dx - 15, y: at.y + (bucket.height ?? 0) / 2 - 15, width: 30, height: 30 };
  });
  const area = widgets.find((widget) => widget.id === frames.keyMetrics)!;
  dots.push({ shape: 'circle', x: area.x + 100 - 15, y: area.y + (area.height ?? 0) - 100 - 15, width: 30, height: 30 });
  await asParticipant(emulated, 'Ana', 'POST', '/widgets/shape', dots);
  const onMural = await tallyKeyMetrics(target);

  expect(onMural.unplacedDots).toBe(1);
  expect(comparable(onMural)).toEqual(comparable(onMiro));
}, 20_000);
