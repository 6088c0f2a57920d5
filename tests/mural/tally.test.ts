import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard, connectMural, tallyKeyMetrics } from '../../src/index';
import { KEY_METRICS } from '../../src/core/workshop/metrics';
import { absoluteTopLeft, asParticipant, muralSetup, muralShape } from './harness';

type Setup = ReturnType<typeof muralSetup>;

/** Builds, tallies once (no dots) and returns where each bucket of the first metric's scales is. */
async function builtMural(setup: Setup) {
  const { frames } = await buildAccelerateBoard(setup.target);
  const first = await tallyKeyMetrics(setup.target);
  const [today, nextYear] = first.metrics[0]!.horizons;
  const bucketIds = { today: today!.buckets.map((bucket) => bucket.itemId), nextYear: nextYear!.buckets.map((bucket) => bucket.itemId) };
  const area = setup.emulated.widgets().find((widget) => widget.id === frames.keyMetrics)!;
  return { frames, bucketIds, area };
}

/** The centre of a widget relative to `area`'s top-left (where a participant's widget inside the area goes). */
function inArea(setup: Setup, areaId: string, id: string) {
  const widgets = setup.emulated.widgets();
  const widget = widgets.find((candidate) => candidate.id === id)!;
  const at = absoluteTopLeft(widgets, id);
  const area = absoluteTopLeft(widgets, areaId);
  return { x: at.x - area.x + widget.width / 2, y: at.y - area.y + (widget.height ?? 0) / 2 };
}

describe('Tally on a mural', () => {
  test('counts round shapes, ellipses, round sticky notes and icons by the bucket holding their centre; the chart goes in the metrics area', async () => {
    const setup = muralSetup();
    const { frames, bucketIds, area } = await builtMural(setup);
    const { emulated, target } = setup;
    const dot = (at: { x: number; y: number }, size: number) => ({ x: at.x - size / 2, y: at.y - size / 2, width: size, height: size, parentId: area.id });
    const b1 = inArea(setup, area.id, bucketIds.today[0]!);
    const b3 = inArea(setup, area.id, bucketIds.today[2]!);
    const n6 = inArea(setup, area.id, bucketIds.nextYear[5]!);
    await asParticipant(emulated, 'Ana', 'POST', '/widgets/shape', [
      { shape: 'circle', ...dot(b1, 30) },
      { shape: 'ellipse', ...dot({ x: b3.x + 10, y: b3.y }, 40) },
      { shape: 'circle', ...dot(n6, 30) },
      // Too big to be a dot, and a square: neither counts.
      { shape: 'circle', ...dot(b3, 130) },
      { shape: 'square', ...dot(b1, 30) },
    ]);
    await asParticipant(emulated, 'Ben', 'POST', '/widgets/sticky-note', [
      { shape: 'circle', ...dot(b3, 60), text: '' },
      { shape: 'rectangle', ...dot(b3, 60), text: 'not a dot' },
    ]);
    emulated.addIcon({ user: 'Cleo', x: b1.x - 20, y: b1.y - 20, parentId: area.id });
    // A participant's own area inside the metrics area, with a dot in it: the parent chain is resolved.
    const nested = await asParticipant(emulated, 'Dan', 'POST', '/widgets/area', { x: n6.x - 60, y: n6.y - 40, width: 120, height: 80, parentId: area.id, title: 'mine' });
    await asParticipant(emulated, 'Dan', 'POST', '/widgets/shape', [{ shape: 'circle', x: 50, y: 30, width: 20, height: 20, parentId: (nested.value as { id: string }).id }]);

    const tally = await tallyKeyMetrics(target);
    const [today, nextYear] = tally.metrics[0]!.horizons;
    expect(today!.buckets.map((bucket) => bucket.count)).toEqual([2, 0, 2, 0, 0, 0]);
    expect(nextYear!.buckets.map((bucket) => bucket.count)).toEqual([0, 0, 0, 0, 0, 2]);
    expect(today!.buckets.map((bucket) => bucket.label)).toEqual(KEY_METRICS[0]!.buckets);
    expect(tally.dotTypes).toEqual({ icon: 1, shape: 4, sticky_note: 1 });
    expect(tally.unplacedDots).toBe(0);
    expect(tally.board.updated).toBeGreaterThan(0);
    // Every chart widget is the app's, inside the metrics area.
    const widgets = emulated.widgets();
    const record = widgets.find((widget) => widget.title === 'Accelerate Board record (do not edit)' && widget.parentId === frames.keyMetrics)!;
    const chartIds = Object.entries((JSON.parse(String(record.text)) as { items: Record<string, string> }).items)
      .filter(([key]) => key.startsWith('keyMetrics/tally/'))
      .map(([, id]) => id);
    expect(chartIds.length).toBeGreaterThan(48);
    for (const id of chartIds) expect(widgets.find((widget) => widget.id === id)?.parentId).toBe(frames.keyMetrics);
  }, 20_000);

  test('an unchanged re-tally writes nothing and reads at most one page per 100 widgets', async () => {
    const setup = muralSetup();
    await builtMural(setup);
    setup.emulated.resetStats();
    const again = await tallyKeyMetrics(setup.target);
    expect(again.board).toEqual({ created: 0, updated: 0, removed: 0 });
    const stats = setup.emulated.stats();
    expect(Object.keys(stats.byRoute)).toEqual(['GET /murals/{muralId}/widgets']);
    expect(stats.requests).toBeLessThanOrEqual(Math.ceil(setup.emulated.widgets().length / 100));
  }, 20_000);

  test('a moved metrics area: its dots move with it and still count; the chart follows the area', async () => {
    const setup = muralSetup();
    const { bucketIds, area } = await builtMural(setup);
    const b2 = inArea(setup, area.id, bucketIds.today[1]!);
    await asParticipant(setup.emulated, 'Ana', 'POST', '/widgets/shape', [{ shape: 'circle', x: b2.x - 15, y: b2.y - 15, width: 30, height: 30, parentId: area.id }]);
    await asParticipant(setup.emulated, 'Facilitator', 'PATCH', `/widgets/area/${area.id}`, { x: area.x + 5000, y: area.y + 700 });
    const tally = await tallyKeyMetrics(setup.target);
    expect(tally.metrics[0]!.horizons[0]!.buckets.map((bucket) => bucket.count)).toEqual([0, 1, 0, 0, 0, 0]);
    expect(tally.board.created).toBe(0);
  }, 20_000);

  test('two pages that tally at once draw one chart', async () => {
    const single = muralSetup();
    await buildAccelerateBoard(single.target);
    const alone = await tallyKeyMetrics(single.target);
    const { clock, emulated, target } = muralSetup();
    await buildAccelerateBoard(target);
    const slow = (ms: number) => async (input: string, init?: RequestInit) => {
      await clock.sleep(ms);
      return emulated.fetch(input, init);
    };
    const mine = connectMural({ fetch: slow(1), muralId: emulated.muralId, getAccessToken: () => emulated.accessToken(), clock });
    const theirs = connectMural({ fetch: slow(3), muralId: emulated.muralId, getAccessToken: () => emulated.tokenFor('Co-facilitator'), clock });
    const [a, b] = await Promise.all([tallyKeyMetrics(mine), tallyKeyMetrics(theirs)]);
    expect(a.board.created + b.board.created).toBe(alone.board.created);
    expect(muralShape(emulated.widgets())).toEqual(muralShape(single.emulated.widgets()));
  }, 20_000);

  test('the mural without a build: the same message as on Miro', async () => {
    const { target } = muralSetup();
    await expect(tallyKeyMetrics(target)).rejects.toThrow('No 4 key metrics scales on this board yet');
  });
});
