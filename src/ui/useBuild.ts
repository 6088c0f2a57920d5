import type { BoardTarget } from './boardTarget';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BuildProgress, BuildReport, WorkshopConfig } from '../index';
import type { PanelActions } from './panelActions';
import { useAction, type ActionState } from './useAction';

export type BuildHandle = {
  state: ActionState<BuildReport>;
  isRunning: boolean;
  progress: BuildProgress | null;
  /** True once Cancel was pressed for the current (or last) run. */
  cancelled: boolean;
  start: (config: WorkshopConfig) => Promise<void>;
  cancel: () => void;
};

/** Runs `buildAccelerateBoard` with progress reporting and an AbortController behind Cancel. */
export function useBuild(miro: BoardTarget, build: PanelActions['buildAccelerateBoard']): BuildHandle {
  const [progress, setProgress] = useState<BuildProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const controllerRef = useRef<AbortController | null>(null);

  const action = useAction(async (config: WorkshopConfig) => {
    const controller = new AbortController();
    controllerRef.current = controller;
    setProgress(null);
    setCancelled(false);
    try {
      return await build(miro, { config, onProgress: setProgress, signal: controller.signal });
    } finally {
      if (controllerRef.current === controller) controllerRef.current = null;
    }
  });

  // Actions leave nothing running: closing the panel stops the build between calls.
  useEffect(() => () => controllerRef.current?.abort(), []);

  const cancel = () => {
    const controller = controllerRef.current;
    if (!controller || controller.signal.aborted) return;
    setCancelled(true);
    controller.abort();
  };

  return { ...action, progress, cancelled, cancel };
}
