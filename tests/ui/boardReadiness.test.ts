import { describe, expect, test } from 'vitest';
import { BUILD_HINT, NEEDS_BUILT_BOARD, boardReadinessFrom } from '../../src/ui/boardReadiness';

describe('boardReadinessFrom', () => {
  test('a board the ledger says is not built: the hint, and the reason the actions wait', () => {
    for (const lastBuild of ['idle', 'running', 'failed'] as const) {
      expect(boardReadinessFrom('notBuilt', lastBuild)).toEqual({ ready: false, hint: BUILD_HINT, reason: NEEDS_BUILT_BOARD });
    }
  });

  test('built by the ledger or by the last build here: ready', () => {
    expect(boardReadinessFrom('built', 'idle').ready).toBe(true);
    expect(boardReadinessFrom('notBuilt', 'done')).toEqual({ ready: true, hint: null, reason: null });
  });

  test('while asking, or when asking failed, nothing is blocked (the actions explain themselves)', () => {
    expect(boardReadinessFrom('unknown', 'idle').ready).toBe(true);
  });
});
