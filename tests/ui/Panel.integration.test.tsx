// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { createEmulatedMiro } from '../../src/index';
import { Panel } from '../../src/ui/Panel';

afterEach(cleanup);

test('the real build, run from the panel against the emulated board, reports ten frames', async () => {
  const emulated = createEmulatedMiro();
  render(<Panel miro={emulated.miro} />);

  fireEvent.click(screen.getByRole('button', { name: 'Build Accelerate board' }));
  const ready = await screen.findByText('Accelerate board is ready.', {}, { timeout: 30_000 });
  const figures = ready.closest('[role="status"]')!;
  expect(figures.textContent).toContain('Frames10');
  expect(emulated.items().filter((item) => item.type === 'frame')).toHaveLength(10);
}, 60_000);

test('an invalid configuration reaches neither the build nor the board', async () => {
  const emulated = createEmulatedMiro();
  render(<Panel miro={emulated.miro} />);
  fireEvent.input(screen.getByLabelText('Breakout groups (1–8)'), { target: { value: '9' } });
  expect((await screen.findByRole('alert')).textContent).toMatch(/groups/);
  fireEvent.click(screen.getByRole('button', { name: 'Build Accelerate board' }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(emulated.items()).toHaveLength(0);
  // The only call is the panel's check for Miro voting (whether to offer "Include Miro votes").
  expect(Object.keys(emulated.stats().byMethod)).toEqual(['board.canUse']);
  expect(emulated.stats().calls).toBe(1);
});
