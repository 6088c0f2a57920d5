import { describe, expect, test } from 'vitest';
import { reconcileConnectors } from '../../src/core/map/reconcileConnectors';
import type { SnapshotItem } from '../../src/core/snapshot';

const connector = (id: string, start: string, end: string): [string, SnapshotItem] => [
  id,
  { id, type: 'connector', x: 0, y: 0, width: 0, height: 0, parentId: null, text: '', color: null, shape: null, start, end },
];

describe('reconcileConnectors', () => {
  const connectors = new Map([connector('c1', 'a', 'b'), connector('c2', 'b', 'c'), connector('c3', 'x', 'y'), connector('people', 'c', 'd')]);
  const recorded = { 'p/a->b': 'c1', 'p/b->c': 'c2', 'p/x->y': 'c3', 'p/gone': 'c9', 'other/key': 'c2' };

  test('keeps what is wanted and right, removes what is not, draws what is missing, forgets what is gone', () => {
    const changes = reconcileConnectors({
      prefix: 'p/',
      wanted: [
        { key: 'p/a->b', start: 'a', end: 'b' },
        { key: 'p/x->y', start: 'x', end: 'z' },
        { key: 'p/c->d', start: 'c', end: 'd' },
      ],
      recorded,
      connectors,
    });
    expect(changes).toEqual({
      kept: [{ key: 'p/a->b', connectorId: 'c1' }],
      remove: [
        { key: 'p/b->c', connectorId: 'c2' },
        { key: 'p/x->y', connectorId: 'c3' },
      ],
      create: ['p/x->y', 'p/c->d'],
      forget: ['p/gone'],
    });
  });

  test('a wanted connector whose ends are not made yet is drawn, never kept', () => {
    const changes = reconcileConnectors({ prefix: 'p/', wanted: [{ key: 'p/a->b', start: undefined, end: 'b' }], recorded: { 'p/a->b': 'c1' }, connectors });
    expect(changes.kept).toEqual([]);
    expect(changes.remove).toEqual([{ key: 'p/a->b', connectorId: 'c1' }]);
    expect(changes.create).toEqual(['p/a->b']);
  });
});
