import { dotsPerHorizon } from '../../src/core/layout/frames/keyMetrics';
import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard, connectMural, tallyKeyMetrics } from '../../src/index';
import { ACTIVITY_IDS, EXTRA_FRAME_IDS, FRAME_IDS } from '../../src/core/activity';
import { workshopConfigFrom } from '../../src/core/config';
import { planBoard } from '../../src/core/layout/planBoard';
import { KEY_METRICS } from '../../src/core/workshop/metrics';
import { absoluteTopLeft, asParticipant, muralShape, muralSetup, orphans, RECORD_TITLE } from './harness';

const plan = planBoard(workshopConfigFrom({}));
const plannedCount = plan.frames.reduce((sum, frame) => sum + 1 + frame.items.length, 0);

describe('Build on a mural', () => {
  test('one area per activity titled as planned; every app widget inside its area; buckets and palette; ≤ 0.15 requests per widget', async () => {
    const { emulated, target } = muralSetup();
    const progress: number[] = [];
    const report = await buildAccelerateBoard(target, { onProgress: (p) => progress.push(p.done) });
    const widgets = emulated.widgets();
    const areas = widgets.filter((widget) => widget.type === 'area');

    expect(Object.keys(report.frames)).toEqual([...ACTIVITY_IDS]);
    expect(Object.keys(report.extraFrames)).toEqual([...EXTRA_FRAME_IDS]);
    const frameIds: Record<string, string | undefined> = { ...report.frames, ...report.extraFrames };
    expect(areas).toHaveLength(plan.frames.length);
    expect(report.created).toBe(plannedCount);
    // The planned widgets plus one hidden record per area.
    expect(widgets).toHaveLength(plannedCount + plan.frames.length);
    for (const frame of plan.frames) {
      const area = areas.find((widget) => widget.id === frameIds[frame.activity])!;
      expect(area.title).toBe(frame.title);
      expect(area.parentId).toBeUndefined();
      const children = widgets.filter((widget) => widget.parentId === area.id && widget.title !== RECORD_TITLE);
      expect(children).toHaveLength(frame.items.length);
      for (const child of children) {
        // Inside the area, in mural coordinates (parent chain resolved), not only by parentId.
        const at = absoluteTopLeft(widgets, child.id);
        expect(at.x >= area.x && at.y >= area.y, child.id).toBe(true);
        expect(at.x + child.width <= area.x + area.width && at.y + (child.height ?? 0) <= area.y + (area.height ?? 0), child.id).toBe(true);
      }
      // The plan's frame-space centres become area-relative top-lefts exactly.
      const placed = new Set(children.map((child) => `${child.x + child.width / 2},${child.y + (child.height ?? 0) / 2}`));
      for (const item of frame.items) expect(placed.has(`${item.x},${item.y}`), item.key).toBe(true);
    }
    const keyMetrics = widgets.filter((widget) => widget.parentId === report.frames.keyMetrics);
    const labels = new Set(KEY_METRICS.flatMap((metric) => metric.buckets));
    expect(keyMetrics.filter((widget) => widget.type === 'shape' && widget.shape === 'rectangle' && labels.has(String(widget.text)))).toHaveLength(48);
    expect(keyMetrics.filter((widget) => widget.type === 'shape' && widget.shape === 'circle')).toHaveLength(2 * dotsPerHorizon(12));
    expect(widgets.filter((widget) => widget.title === RECORD_TITLE).every((widget) => widget.hidden === true)).toBe(true);

    const stats = emulated.stats();
    expect(stats.requests / report.created).toBeLessThanOrEqual(0.15);
    expect(report.calls).toBe(stats.requests);
    expect(stats.byRoute['POST /murals/{muralId}/widgets/area']).toBe(plan.frames.length);
    expect(progress.at(-1)).toBe(plannedCount);
    expect(orphans(emulated)).toEqual([]);
  }, 20_000);

  test('a second run creates nothing and writes nothing; a second facilitator sees the same ownership', async () => {
    const { clock, emulated, target } = muralSetup();
    const first = await buildAccelerateBoard(target);
    const before = emulated.widgets();
    emulated.resetStats();
    const again = await buildAccelerateBoard(target);
    expect(again.created).toBe(0);
    expect(again.reused).toBe(plannedCount);
    expect(again.frames).toEqual(first.frames);
    expect(Object.keys(emulated.stats().byRoute)).toEqual(['GET /murals/{muralId}/widgets']);
    expect(emulated.widgets()).toEqual(before);

    // Another facilitator's page: their own token, nothing shared but the mural.
    const other = connectMural({ fetch: emulated.fetch, muralId: emulated.muralId, getAccessToken: () => emulated.tokenFor('Co-facilitator'), clock });
    const theirs = await buildAccelerateBoard(other);
    expect(theirs.created).toBe(0);
    expect(theirs.frames).toEqual(first.frames);
    const tally = await tallyKeyMetrics(other);
    expect(tally.metrics.flatMap((metric) => metric.horizons.flatMap((scale) => scale.buckets)).every((bucket) => !bucket.missing)).toBe(true);
  }, 20_000);

  test('a run cut off anywhere is completed by the next one: same board as a clean run, no duplicate, no orphan', async () => {
    const clean = muralSetup();
    await buildAccelerateBoard(clean.target);
    const expected = muralShape(clean.emulated.widgets());
    for (const cut of [1, 2, 3, 6, 13, 14, 15, 16]) {
      const { clock, emulated } = muralSetup();
      const controller = new AbortController();
      let requests = 0;
      const cutting = connectMural({
        fetch: async (input, init) => {
          const answer = await emulated.fetch(input, init);
          if (++requests === cut) controller.abort(new Error('page closed'));
          return answer;
        },
        muralId: emulated.muralId,
        getAccessToken: () => emulated.accessToken(),
        clock,
      });
      await expect(buildAccelerateBoard(cutting, { signal: controller.signal }), `cut after ${cut}`).rejects.toThrow('page closed');
      const resumed = connectMural({ fetch: emulated.fetch, muralId: emulated.muralId, getAccessToken: () => emulated.accessToken(), clock });
      await buildAccelerateBoard(resumed);
      expect(muralShape(emulated.widgets()), `cut after ${cut}`).toEqual(expected);
      expect(orphans(emulated), `cut after ${cut}`).toEqual([]);
    }
  }, 30_000);

  test('two pages that click Build at the same moment: one builds (a lease in the mural), the other waits and creates nothing', async () => {
    const clean = muralSetup();
    await buildAccelerateBoard(clean.target);
    const expected = muralShape(clean.emulated.widgets());
    const { clock, emulated } = muralSetup();
    const slow = (ms: number) => async (input: string, init?: RequestInit) => {
      await clock.sleep(ms);
      return emulated.fetch(input, init);
    };
    const target = connectMural({ fetch: slow(1), muralId: emulated.muralId, getAccessToken: () => emulated.accessToken(), clock });
    const other = connectMural({ fetch: slow(3), muralId: emulated.muralId, getAccessToken: () => emulated.tokenFor('Co-facilitator'), clock });
    const waited: boolean[] = [];
    const [mine, theirs] = await Promise.all([
      buildAccelerateBoard(target, { onProgress: (progress) => waited.push(progress.waitingForAnotherBuild) }),
      buildAccelerateBoard(other, { onProgress: (progress) => waited.push(progress.waitingForAnotherBuild) }),
    ]);
    expect(mine.created + theirs.created).toBe(plannedCount);
    expect(mine.frames).toEqual(theirs.frames);
    expect(waited).toContain(true);
    expect(muralShape(emulated.widgets())).toEqual(expected);
  }, 20_000);

  test('a younger record for an area (a page that raced, or a copy) is ignored by every page: the oldest record wins', async () => {
    const { clock, emulated, target } = muralSetup();
    const { frames } = await buildAccelerateBoard(target);
    const widgets = emulated.widgets();
    const record = widgets.find((widget) => widget.title === RECORD_TITLE && widget.parentId === frames.keyMetrics)!;
    const content = JSON.parse(String(record.text)) as { items: Record<string, string> };
    // A participant's sticky in the metrics area, and a younger record that claims it as a bucket.
    await clock.sleep(1000);
    const sticky = await asParticipant(emulated, 'Ana', 'POST', '/widgets/sticky-note', [{ shape: 'rectangle', x: 900, y: 1500, text: 'mine', parentId: frames.keyMetrics }]);
    const stickyId = (sticky.value as Array<{ id: string }>)[0]!.id;
    const bucketKey = Object.keys(content.items).find((key) => key.endsWith('/bucket/1'))!;
    const younger = { ...content, items: { ...content.items, [bucketKey]: stickyId, 'keyMetrics/tally/leadTime/today/bar/1': stickyId } };
    await asParticipant(emulated, 'Facilitator', 'POST', '/widgets/textbox', [
      { x: 0, y: 0, width: 40, height: 20, parentId: frames.keyMetrics, hidden: true, title: RECORD_TITLE, text: JSON.stringify(younger) },
    ]);
    const before = JSON.stringify(emulated.widgets().find((widget) => widget.id === stickyId));
    const again = await buildAccelerateBoard(target);
    const tally = await tallyKeyMetrics(target);
    expect(again.created).toBe(0);
    expect(tally.metrics.find((metric) => metric.horizons[0]!.buckets[0]!.itemId === stickyId)).toBeUndefined();
    expect(JSON.stringify(emulated.widgets().find((widget) => widget.id === stickyId))).toBe(before);
  }, 20_000);

  test('an app widget someone deleted is made again; a taken palette dot is not', async () => {
    const { emulated, target } = muralSetup();
    const { frames } = await buildAccelerateBoard(target);
    const keyMetrics = emulated.widgets().filter((widget) => widget.parentId === frames.keyMetrics);
    const bucket = keyMetrics.find((widget) => widget.type === 'shape' && widget.shape === 'rectangle' && widget.text === KEY_METRICS[0]!.buckets[0])!;
    const dot = keyMetrics.find((widget) => widget.type === 'shape' && widget.shape === 'circle')!;
    for (const id of [bucket.id, dot.id]) {
      const response = await emulated.fetch(`${emulated.baseUrl}/murals/${emulated.muralId}/widgets/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${emulated.accessToken()}` } });
      expect(response.status).toBe(204);
    }
    const again = await buildAccelerateBoard(target);
    expect(again.created).toBe(1);
    const after = emulated.widgets().filter((widget) => widget.parentId === frames.keyMetrics);
    expect(after.filter((widget) => widget.text === bucket.text && widget.x === bucket.x && widget.y === bucket.y)).toHaveLength(1);
    expect(after.filter((widget) => widget.shape === 'circle')).toHaveLength(2 * dotsPerHorizon(12) - 1);
    expect(orphans(emulated)).toEqual([]);
  }, 20_000);
});
