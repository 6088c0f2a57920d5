import { useCallback, useRef, useState } from 'preact/hooks';

export type ActionState<Result> =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: Result }
  | { status: 'failed'; error: unknown };

export type ActionHandle<Args extends unknown[], Result> = {
  state: ActionState<Result>;
  isRunning: boolean;
  /** Starts the action unless it is already running; resolves when it settles, never rejects. */
  start: (...args: Args) => Promise<void>;
};

/** Runs one async action at a time and keeps its outcome for display. */
export function useAction<Args extends unknown[], Result>(
  run: (...args: Args) => Promise<Result>,
): ActionHandle<Args, Result> {
  const [state, setState] = useState<ActionState<Result>>({ status: 'idle' });
  // A ref, not state: two clicks in the same tick both see the button enabled.
  const runningRef = useRef(false);
  const runRef = useRef(run);
  runRef.current = run;

  const start = useCallback(async (...args: Args) => {
    if (runningRef.current) return;
    runningRef.current = true;
    setState({ status: 'running' });
    try {
      const result = await runRef.current(...args);
      setState({ status: 'done', result });
    } catch (error) {
      setState({ status: 'failed', error });
    } finally {
      runningRef.current = false;
    }
  }, []);

  return { state, isRunning: state.status === 'running', start };
}
