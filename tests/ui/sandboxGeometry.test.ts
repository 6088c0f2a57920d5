import { describe, expect, test, vi } from 'vitest';
import type { ItemView, Participant } from '../../src/index';
import { applyDropPlan, dropPlanFor } from '../../src/sandbox/dropPlan';
import { boardBoundsOf, connectorEndPoint, frameAt } from '../../src/sandbox/geometry';
import { itemsWithStableIdentity } from '../../src/sandbox/stableItems';
import { fitText, wrapText } from '../../src/sandbox/textLayout';
import { boardPointFrom, screenPointFrom, uniformInsets, viewportFitting, viewportZoomedAt } from '../../src/sandbox/viewport';

function view(partial: Partial<ItemView> & { id: string; type: string }): ItemView {
  return { x: 0, y: 0, boardX: 0, boardY: 0, width: 100, height: 100, parentId: null, props: {}, ...partial };
}

describe('viewport', () => {
  test('zooming keeps the board point under the cursor in place', () => {
    const viewport = { scale: 0.5, offsetX: 100, offsetY: 40 };
    const anchor = { x: 320, y: 200 };
    const before = boardPointFrom(anchor, viewport);
    const zoomed = viewportZoomedAt(viewport, anchor, 2);
    expect(zoomed.scale).toBe(1);
    const after = boardPointFrom(anchor, zoomed);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  test('fitting centres the bounds in the view and never zooms past 100%', () => {
    const fitted = viewportFitting({ minX: 0, minY: 0, maxX: 4000, maxY: 1000 }, { width: 840, height: 600 }, uniformInsets(20));
    expect(fitted.scale).toBeCloseTo(0.2);
    const centre = screenPointFrom({ x: 2000, y: 500 }, fitted);
    expect(centre.x).toBeCloseTo(420);
    expect(centre.y).toBeCloseTo(300);
    expect(viewportFitting({ minX: 0, minY: 0, maxX: 10, maxY: 10 }, { width: 800, height: 600 }).scale).toBe(1);
    const clearOfToolbar = viewportFitting({ minX: 0, minY: 0, maxX: 100, maxY: 100 }, { width: 200, height: 200 }, { top: 100, right: 0, bottom: 0, left: 0 });
    expect(screenPointFrom({ x: 0, y: 0 }, clearOfToolbar).y).toBeGreaterThanOrEqual(100);
  });
});

describe('geometry', () => {
  test('bounds ignore connectors; frameAt picks the innermost frame', () => {
    const outer = view({ id: 'outer', type: 'frame', boardX: 0, boardY: 0, width: 1000, height: 1000 });
    const inner = view({ id: 'inner', type: 'frame', boardX: 100, boardY: 100, width: 200, height: 200 });
    const connector = view({ id: 'c', type: 'connector', boardX: 5000, boardY: 5000 });
    expect(boardBoundsOf([outer, inner, connector])).toEqual({ minX: -500, minY: -500, maxX: 500, maxY: 500 });
    expect(frameAt([outer, inner], { x: 120, y: 90 })?.id).toBe('inner');
    expect(frameAt([outer, inner], { x: -400, y: 0 })?.id).toBe('outer');
    expect(frameAt([outer, inner], { x: 900, y: 0 })).toBeNull();
  });

  test('connector ends: snapTo side, relative position, or the box edge towards the other end', () => {
    const box = { cx: 100, cy: 100, width: 40, height: 20 };
    expect(connectorEndPoint(box, { item: 'a', snapTo: 'top' }, { x: 0, y: 0 }, false)).toEqual({ x: 100, y: 90 });
    expect(connectorEndPoint(box, { item: 'a', position: { x: 1, y: 0.5 } }, { x: 0, y: 0 }, false)).toEqual({ x: 120, y: 100 });
    expect(connectorEndPoint(box, null, { x: 300, y: 100 }, false)).toEqual({ x: 120, y: 100 });
    const round = connectorEndPoint({ cx: 0, cy: 0, width: 40, height: 40 }, null, { x: 0, y: 100 }, true);
    expect(round).toEqual({ x: 0, y: 20 });
  });
});

describe('drag and drop', () => {
  const frame = view({ id: 'frame', type: 'frame', boardX: 1000, boardY: 1000, width: 400, height: 300 });
  const sticky = view({ id: 'sticky', type: 'sticky_note', boardX: 0, boardY: 0 });

  test('dropping into a frame moves the item there and then parents it', () => {
    const plan = dropPlanFor([frame, sticky], sticky, { x: 950, y: 1010 }, { x: 960, y: 1000 });
    expect(plan).toEqual({ itemId: 'sticky', moveTo: { x: 950, y: 1010 }, parentFrameId: 'frame' });
    const calls: string[] = [];
    const participant = {
      move: vi.fn((id: string, x: number, y: number) => calls.push(`move ${id} ${x},${y}`)),
      addToFrame: vi.fn((frameId: string, id: string) => calls.push(`addToFrame ${frameId} ${id}`)),
    } as unknown as Participant;
    applyDropPlan(participant, plan);
    expect(calls).toEqual(['move sticky 950,1010', 'addToFrame frame sticky']);
  });

  test('dropping outside frames, or within its own frame, only moves', () => {
    expect(dropPlanFor([frame, sticky], sticky, { x: 10, y: 10 }, { x: 15, y: 15 }).parentFrameId).toBeNull();
    const child = { ...sticky, parentId: 'frame', boardX: 1000, boardY: 1000 };
    expect(dropPlanFor([frame, child], child, { x: 20, y: 0 }, { x: 1020, y: 1000 }).parentFrameId).toBeNull();
  });
});

describe('rendering support', () => {
  test('unchanged items keep their identity between reads; changed and removed ones do not', () => {
    const cache = new Map();
    const first = itemsWithStableIdentity([view({ id: 'a', type: 'shape' }), view({ id: 'b', type: 'shape' })], cache);
    const second = itemsWithStableIdentity([view({ id: 'a', type: 'shape' }), view({ id: 'b', type: 'shape', boardX: 5 })], cache);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    itemsWithStableIdentity([view({ id: 'a', type: 'shape' })], cache);
    expect([...cache.keys()]).toEqual(['a']);
  });

  test('text wraps to the width and sticky text shrinks to fit its box', () => {
    const lines = wrapText('one two three four five six seven', 60, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven');
    const short = fitText('Hi', 160, 160, 28);
    const long = fitText('A much longer note that needs several lines to fit in the box', 160, 160, 28);
    expect(short.fontSize).toBe(28);
    expect(long.fontSize).toBeLessThan(28);
    expect(long.lines.length * long.fontSize * 1.3).toBeLessThanOrEqual(160);
  });
});
