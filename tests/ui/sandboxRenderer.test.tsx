// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { createEmulatedMiro } from '../../src/index';
import { BoardScene } from '../../src/sandbox/BoardScene';
import { identityViewport } from '../../src/sandbox/viewport';

afterEach(cleanup);

/** `translate(x y)` of an item's group: its centre in board coordinates. */
function centreOf(element: Element | null): { x: number; y: number } {
  const match = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(element?.getAttribute('transform') ?? '');
  if (!match) throw new Error(`no translate on ${element?.outerHTML.slice(0, 80)}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

function pathEnds(d: string): { from: { x: number; y: number }; to: { x: number; y: number } } {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return { from: { x: numbers[0]!, y: numbers[1]! }, to: { x: numbers.at(-2)!, y: numbers.at(-1)! } };
}

async function boardWithFrameStickyCircleAndConnector() {
  const emulated = createEmulatedMiro();
  const { board } = emulated.miro;
  const frame = await board.createFrame({ title: 'Kick-off', x: 1000, y: 1000, width: 400, height: 300 });
  // Miro's documented way to put an item in a frame: create, add, then place it frame-relative.
  const sticky = await board.createStickyNote({ content: '<p>Hello board</p>', x: 1000, y: 1000, width: 80 });
  await frame.add(sticky);
  sticky.x = 50;
  sticky.y = 50;
  await sticky.sync();
  const circle = emulated.participant.addShape({ shape: 'circle', x: 300, y: 900, width: 40, height: 40, fillColor: '#ff4d4f' });
  const connector = emulated.participant.addConnector({ start: sticky.id, end: circle });
  return { emulated, frameId: frame.id, stickyId: sticky.id, circleId: circle, connectorId: connector };
}

describe('sandbox board renderer', () => {
  test('draws every item at its ABSOLUTE board position, frame children included', async () => {
    const board = await boardWithFrameStickyCircleAndConnector();
    const items = board.emulated.items();
    const stickyView = items.find((item) => item.id === board.stickyId)!;
    expect({ x: stickyView.x, y: stickyView.y, parentId: stickyView.parentId }).toEqual({ x: 50, y: 50, parentId: board.frameId });

    const { container } = render(
      <BoardScene items={items} viewport={identityViewport} size={{ width: 800, height: 600 }} />,
    );
    const at = (id: string) => container.querySelector(`[data-item-id="${id}"]`);

    expect(centreOf(at(board.frameId))).toEqual({ x: 1000, y: 1000 });
    const frameRect = at(board.frameId)!.querySelector('rect')!;
    expect([frameRect.getAttribute('x'), frameRect.getAttribute('y'), frameRect.getAttribute('width'), frameRect.getAttribute('height')])
      .toEqual(['-200', '-150', '400', '300']);

    // (1000 - 400/2 + 50, 1000 - 300/2 + 50)
    expect(centreOf(at(board.stickyId))).toEqual({ x: 850, y: 900 });
    expect(at(board.stickyId)!.textContent).toContain('Hello board');

    expect(centreOf(at(board.circleId))).toEqual({ x: 300, y: 900 });
    expect(at(board.circleId)!.querySelector('ellipse')).not.toBeNull();

    expect(container.querySelector(`[data-frame-title-for="${board.frameId}"]`)?.textContent).toBe('Kick-off');
  });

  test('a connector runs from the edge of one item to the edge of the other, with an arrowhead', async () => {
    const board = await boardWithFrameStickyCircleAndConnector();
    const items = board.emulated.items();
    const sticky = items.find((item) => item.id === board.stickyId)!;
    const { container } = render(
      <BoardScene items={items} viewport={identityViewport} size={{ width: 800, height: 600 }} />,
    );
    const connector = container.querySelector(`[data-item-id="${board.connectorId}"]`)!;
    expect(connector.getAttribute('data-item-type')).toBe('connector');
    const { from, to } = pathEnds(connector.querySelector('path')!.getAttribute('d')!);

    // The sticky is to the right of the circle at the same height: the line leaves its left edge…
    expect(from.x).toBeCloseTo(850 - sticky.width / 2, 1);
    expect(from.y).toBeCloseTo(900, 1);
    // …and ends on the circle's outline (radius 20 around (300, 900)).
    expect(Math.hypot(to.x - 300, to.y - 900)).toBeCloseTo(20, 1);
    expect(connector.querySelector('polygon.connector-arrowhead')).not.toBeNull();
  });

  test('every drawn item carries its id and type; stamps are drawn as a glyph', async () => {
    const board = await boardWithFrameStickyCircleAndConnector();
    const stamp = board.emulated.participant.addUnsupported({ type: 'stamp', x: 0, y: 0, width: 40, height: 40 });
    const items = board.emulated.items();
    const { container } = render(
      <BoardScene items={items} viewport={identityViewport} size={{ width: 800, height: 600 }} />,
    );
    const drawn = [...container.querySelectorAll('[data-item-id]')];
    expect(drawn.map((element) => element.getAttribute('data-item-id')).sort()).toEqual(items.map((item) => item.id).sort());
    for (const element of drawn) expect(element.getAttribute('data-item-type')).toBeTruthy();
    const stampElement = container.querySelector(`[data-item-id="${stamp}"]`)!;
    expect(stampElement.getAttribute('data-item-type')).toBe('stamp');
    expect(stampElement.querySelector('circle')).not.toBeNull();
  });

  test('frames are drawn behind other items and connectors in front', async () => {
    const board = await boardWithFrameStickyCircleAndConnector();
    const { container } = render(
      <BoardScene items={board.emulated.items()} viewport={identityViewport} size={{ width: 800, height: 600 }} />,
    );
    const order = [...container.querySelectorAll('[data-item-id]')].map((element) => element.getAttribute('data-item-type'));
    expect(order[0]).toBe('frame');
    expect(order.at(-1)).toBe('connector');
  });
});
