import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard, tallyKeyMetrics } from '../../src/index';
import { participantCreate } from '../../src/muralPage/rehearsalDrop';
import { absoluteTopLeft, asParticipant, muralSetup } from '../mural/harness';

describe('Rehearsal view: a participant’s drop', () => {
  test('a dot dropped on a bucket is created inside the innermost area over the REST API, and the tally counts it there', async () => {
    const s = muralSetup();
    await buildAccelerateBoard(s.target);
    const first = await tallyKeyMetrics(s.target);
    const bucketId = first.metrics[0]!.horizons[0]!.buckets[2]!.itemId;
    const widgets = s.emulated.widgets();
    const absolute = new Map(widgets.map((widget) => [widget.id, absoluteTopLeft(widgets, widget.id)]));
    const bucket = widgets.find((widget) => widget.id === bucketId)!;
    const centre = { x: absolute.get(bucketId)!.x + bucket.width / 2, y: absolute.get(bucketId)!.y + (bucket.height ?? 0) / 2 };
    const dot = participantCreate(widgets, absolute, centre, 'dot', '');
    expect(dot.route).toBe('shape');
    expect(dot.body.parentId).toBe(bucket.parentId);
    await asParticipant(s.emulated, 'Ana', 'POST', `/widgets/${dot.route}`, [dot.body]);
    const again = await tallyKeyMetrics(s.target);
    expect(again.metrics[0]!.horizons[0]!.buckets[2]!.count).toBe(1);
  }, 20_000);

  test('a sticky note dropped at an area’s edge stays inside the area; dropped outside every area it goes on the mural', async () => {
    const area = { id: 'a', type: 'area', x: 100, y: 100, width: 400, height: 300 };
    const absolute = new Map([['a', { x: 100, y: 100 }]]);
    const edge = participantCreate([area], absolute, { x: 495, y: 395 }, 'sticky', 'Idea <b>x</b>');
    expect(edge).toEqual({ route: 'sticky-note', body: { parentId: 'a', x: 240, y: 140, width: 160, height: 160, shape: 'rectangle', text: 'Idea <b>x</b>' } });
    const outside = participantCreate([area], absolute, { x: 1000, y: 50 }, 'sticky', 'Idea');
    expect(outside.body).toMatchObject({ x: 920, y: -30 });
    expect(outside.body.parentId).toBeUndefined();
    // A participant's own area inside it: the drop goes into the innermost one, relative to it.
    const inner = { id: 'b', type: 'area', x: 200, y: 100, width: 180, height: 180 };
    const nested = participantCreate([area, inner], new Map([...absolute, ['b', { x: 300, y: 200 }]]), { x: 350, y: 250 }, 'dot', '');
    expect(nested.body).toMatchObject({ parentId: 'b', x: 35, y: 35 });
  });
});
