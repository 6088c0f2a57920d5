import { describe, expect, test } from 'vitest';
import { bucketScore, percentMidpoint, scaleStatistics } from '../../src/core/tally/scaleStatistics';
import { containsPoint, isDot } from '../../src/core/tally/dots';
import { KEY_METRIC_BY_ID } from '../../src/core/workshop/metrics';
import type { SnapshotItem } from '../../src/core/snapshot';

const leadTime = KEY_METRIC_BY_ID.leadTime.buckets;
const changeFail = KEY_METRIC_BY_ID.changeFailRate.buckets;

describe('scale statistics', () => {
  test('an empty scale has no median, no outliers and no score', () => {
    expect(scaleStatistics('leadTime', [0, 0, 0, 0, 0, 0], leadTime)).toEqual({ median: null, spread: 0, outliers: [], score: null });
  });

  test('median is the lower median bucket; spread runs from the lowest to the highest dot', () => {
    // dots: 2,2,3,3,3,6 → lower median (3rd of 6) is bucket 3
    const stats = scaleStatistics('leadTime', [0, 2, 3, 0, 0, 1], leadTime);
    expect(stats.median).toBe(3);
    expect(stats.spread).toBe(4);
    expect(stats.outliers).toEqual([6]);
  });

  test('outliers are buckets two or more away from the median, on both sides', () => {
    const stats = scaleStatistics('deployFrequency', [1, 0, 0, 5, 1, 0], KEY_METRIC_BY_ID.deployFrequency.buckets);
    expect(stats.median).toBe(4);
    expect(stats.outliers).toEqual([1]);
    expect(scaleStatistics('deployFrequency', [0, 0, 1, 5, 1, 0], leadTime).outliers).toEqual([]);
  });

  test('Quick Check scores: ordinal (v − 1) / 5 · 10; change fail percentage from the bucket midpoint', () => {
    expect(bucketScore('leadTime', 1, leadTime)).toBe(0);
    expect(bucketScore('leadTime', 4, leadTime)).toBe(6);
    expect(bucketScore('leadTime', 6, leadTime)).toBe(10);
    expect(percentMidpoint('16–30 %')).toBe(23);
    expect(bucketScore('changeFailRate', 6, changeFail)).toBe(9.3); // 0–15 % → midpoint 7.5 → 9.25
    expect(bucketScore('changeFailRate', 1, changeFail)).toBe(1.2); // 76–100 % → 88 → 1.2
  });
});

const item = (overrides: Partial<SnapshotItem>): SnapshotItem => ({
  id: 'i', type: 'shape', x: 0, y: 0, width: 40, height: 40, parentId: null, text: '', color: null, shape: 'circle', ...overrides,
});

describe('what counts as a dot', () => {
  test.each([
    ['a 40 px circle', item({}), true],
    ['a 120 px circle', item({ width: 120, height: 120 }), true],
    ['a 121 px circle', item({ width: 121, height: 121 }), false],
    ['a square shape', item({ shape: 'rectangle' }), false],
    ['a stamp', item({ type: 'stamp', shape: null }), true],
    ['a sticker', item({ type: 'sticker', shape: null, width: 100, height: 100 }), true],
    ['a sticker too big to be a dot', item({ type: 'sticker', shape: null, width: 200, height: 200 }), false],
    ['an emoji', item({ type: 'emoji', shape: null }), true],
    ['a small image', item({ type: 'image', shape: null, width: 100, height: 80 }), true],
    ['a large image', item({ type: 'image', shape: null, width: 300, height: 80 }), false],
    ['a pen stroke', item({ type: 'curve', shape: null }), false],
    ['a sticky note', item({ type: 'sticky_note', shape: null }), false],
  ])('%s → %s', (_name, candidate, expected) => {
    expect(isDot(candidate)).toBe(expected);
  });

  test('a centre on the edge two buckets share counts in exactly one', () => {
    const left = { x: 50, y: 50, width: 100, height: 100 };
    const right = { x: 150, y: 50, width: 100, height: 100 };
    expect([containsPoint(left, 100, 50), containsPoint(right, 100, 50)]).toEqual([false, true]);
    expect(containsPoint(left, 0, 0)).toBe(true);
    expect(containsPoint(left, 100, 100)).toBe(false);
  });
});
