import type { Miro } from '@mirohq/websdk-types';
import { expect, test, vi } from 'vitest';
import { openPanelOnIconClick } from '../../src/ui/openPanelOnIconClick';

test('the headless page opens app.html when the toolbar icon is clicked', async () => {
  const handlers = new Map<string, () => Promise<void> | void>();
  const openPanel = vi.fn(async () => ({ waitForClose: async () => undefined }));
  const miro = {
    board: { ui: { on: (event: string, handler: () => void) => handlers.set(event, handler), openPanel } },
  } as unknown as Miro;

  openPanelOnIconClick(miro);
  expect([...handlers.keys()]).toEqual(['icon:click']);
  expect(openPanel).not.toHaveBeenCalled();

  await handlers.get('icon:click')?.();
  expect(openPanel).toHaveBeenCalledWith({ url: 'app.html' });
});
