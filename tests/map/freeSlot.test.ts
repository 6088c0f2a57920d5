import { describe, expect, test } from 'vitest';
import { closerThan, freeSlot } from '../../src/core/map/freeSlot';

describe('freeSlot', () => {
  const region = { left: 0, top: 0, width: 1000, height: 500 };
  const size = { width: 300, height: 100 };

  test('the top-left cell of an empty region', () => {
    expect(freeSlot(region, [], size, 20)).toEqual({ x: 150, y: 50 });
  });

  test('skips cells near obstacles, keeping the gap', () => {
    const obstacles = [{ x: 100, y: 60, width: 200, height: 200 }];
    const slot = freeSlot(region, obstacles, size, 20)!;
    expect(slot).toEqual({ x: 470, y: 50 });
    expect(closerThan({ ...slot, ...size }, obstacles[0]!, 20)).toBe(false);
  });

  test('undefined when nothing fits', () => {
    expect(freeSlot(region, [{ x: 500, y: 250, width: 1000, height: 500 }], size, 20)).toBeUndefined();
    expect(freeSlot({ left: 0, top: 0, width: 200, height: 500 }, [], size, 20)).toBeUndefined();
  });
});
