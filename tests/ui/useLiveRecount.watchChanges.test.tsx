// @vitest-environment jsdom
import type { Miro } from '@mirohq/websdk-types';
import { render } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { useLiveRecount } from '../../src/ui/useLiveRecount';

function Live({ board, enabled, recount }: { board: Miro; enabled: boolean; recount: () => void }) {
  useLiveRecount(board, enabled, recount);
  return null;
}

describe('useLiveRecount on a board that watches itself (the MURAL page polls)', () => {
  test('uses the board’s watchChanges while enabled, recounts on its changes, stops when disabled', () => {
    let onChange: (() => void) | undefined;
    const stop = vi.fn();
    const board = { platform: 'mural', watchChanges: vi.fn((listener: () => void) => ((onChange = listener), stop)) } as unknown as Miro;
    const recount = vi.fn();
    const view = render(<Live board={board} enabled={false} recount={recount} />);
    expect((board as unknown as { watchChanges: unknown }).watchChanges).not.toHaveBeenCalled();
    view.rerender(<Live board={board} enabled recount={recount} />);
    expect((board as unknown as { watchChanges: unknown }).watchChanges).toHaveBeenCalledTimes(1);
    onChange!();
    expect(recount).toHaveBeenCalledTimes(1);
    view.rerender(<Live board={board} enabled={false} recount={recount} />);
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
