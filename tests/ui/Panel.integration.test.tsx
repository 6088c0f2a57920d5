// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { buildAccelerateBoard, createEmulatedMiro } from '../../src/index';
import { BUILD_HINT, NEEDS_BUILT_BOARD } from '../../src/ui/boardReadiness';
import { Panel } from '../../src/ui/Panel';

afterEach(cleanup);

const NEEDS_BOARD = ['Tally', 'Add data product', 'Draw interaction map', 'Generate review'];

test('the real build, run from the panel against the emulated board, reports twelve frames (the cover, the prep checklist, ten activities)', async () => {
  const emulated = createEmulatedMiro();
  render(<Panel miro={emulated.miro} />);

  // A new board: the hint says where to start, and what needs a board waits for it, saying why.
  expect((await screen.findByRole('note')).textContent).toBe(BUILD_HINT);
  for (const name of NEEDS_BOARD) {
    const button = screen.getByRole('button', { name });
    expect(button).toHaveProperty('disabled', true);
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(NEEDS_BUILT_BOARD);
  }

  fireEvent.click(screen.getByRole('button', { name: 'Build Accelerate board' }));
  const ready = await screen.findByText('Accelerate board is ready.', {}, { timeout: 30_000 });
  const figures = ready.closest('[role="status"]')!;
  expect(figures.textContent).toContain('Frames12');
  expect(emulated.items().filter((item) => item.type === 'frame')).toHaveLength(12);
  for (const name of NEEDS_BOARD) expect(screen.getByRole('button', { name })).toHaveProperty('disabled', false);
  expect(screen.queryByRole('note')).toBeNull();
}, 60_000);

test('a panel opened on a board built earlier offers every action at once, without the hint', async () => {
  const emulated = createEmulatedMiro();
  await buildAccelerateBoard(emulated.miro);
  render(<Panel miro={emulated.miro} />);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Generate review' })).toHaveProperty('disabled', false));
  for (const name of NEEDS_BOARD) expect(screen.getByRole('button', { name })).toHaveProperty('disabled', false);
  expect(screen.queryByRole('note')).toBeNull();
  expect(screen.queryByText(NEEDS_BUILT_BOARD)).toBeNull();
}, 30_000);

test('an invalid configuration reaches neither the build nor the board', async () => {
  const emulated = createEmulatedMiro();
  render(<Panel miro={emulated.miro} />);
  fireEvent.input(screen.getByLabelText('Breakout groups (1–8)'), { target: { value: '9' } });
  expect((await screen.findByRole('alert')).textContent).toBe('Choose 1 to 8 groups.');
  fireEvent.click(screen.getByRole('button', { name: 'Build Accelerate board' }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(emulated.items()).toHaveLength(0);
  // The only calls: the check for Miro voting (whether to offer "Include Miro votes") and one ledger
  // read (whether the board is built).
  expect(Object.keys(emulated.stats().byMethod).sort()).toEqual(['board.canUse', 'collection.get']);
  expect(emulated.stats().calls).toBe(2);
});
