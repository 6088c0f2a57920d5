import type { BoardTarget } from './boardTarget';
import { useEffect, useState } from 'preact/hooks';
import type { StoredBoardStatus } from './boardReadiness';
import type { PanelActions } from './panelActions';
import type { ActionState } from './useAction';

/**
 * Asks the board's ledger whether the app built it: when the panel opens, and again after each
 * build settles (a cancelled or failed build may have made the frames). A failed read is 'unknown'.
 */
export function useStoredBoardStatus(
  miro: BoardTarget,
  read: PanelActions['readBoardStatus'],
  buildStatus: ActionState<unknown>['status'],
): StoredBoardStatus {
  const [status, setStatus] = useState<StoredBoardStatus>('unknown');
  useEffect(() => {
    if (buildStatus === 'running') return;
    let current = true;
    read(miro).then(
      (answer) => current && setStatus(answer),
      () => current && setStatus('unknown'),
    );
    return () => {
      current = false;
    };
  }, [miro, read, buildStatus]);
  return status;
}
