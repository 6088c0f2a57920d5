import type { Miro } from '@mirohq/websdk-types';

/** The headless page's whole job: the toolbar icon opens the panel. */
export function openPanelOnIconClick(miro: Miro, panelUrl = 'app.html'): void {
  miro.board.ui.on('icon:click', async () => {
    await miro.board.ui.openPanel({ url: panelUrl });
  });
}
