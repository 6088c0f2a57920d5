import type { BoardTarget } from './boardTarget';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TallyOptions, TallyReport } from '../actions/tallyKeyMetrics';

export type RunTally = (miro: BoardTarget, options?: TallyOptions) => Promise<TallyReport>;

export type TallyHandle = {
  /** The last successful tally (kept while a later one fails, so the chart does not vanish). */
  report: TallyReport | null;
  /** The last run's error; cleared by the next success. */
  error: unknown;
  isRunning: boolean;
  /** Whether a tally has been asked for since the panel opened (the live recount starts with it). */
  started: boolean;
  /** When `report` was counted. */
  updatedAt: Date | null;
  /** Miro's lock message while the running tally waits for someone to stop editing an item. */
  waitingForEdit: string | null;
  /**
   * Tallies now, or once more as soon as the running tally ends: never two at once, and a change
   * seen mid-tally is counted by the run after it. Requests made meanwhile collapse into one.
   */
  request: () => void;
};

/** Runs the tally action for the panel: one at a time, re-running once if asked while running. */
export function useTally(miro: BoardTarget, run: RunTally, options: { includeVotes: boolean }): TallyHandle {
  const [report, setReport] = useState<TallyReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isRunning, setRunning] = useState(false);
  const [started, setStarted] = useState(false);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [waitingForEdit, setWaitingForEdit] = useState<string | null>(null);
  // Refs, not state: requests in the same tick must see a run that has just started.
  const running = useRef(false);
  const again = useRef(false);
  const mounted = useRef(true);
  const latest = useRef({ miro, run, options });
  latest.current = { miro, run, options };

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const request = useCallback(() => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    setRunning(true);
    setStarted(true);
    void (async () => {
      do {
        again.current = false;
        const { miro: board, run: tally, options: current } = latest.current;
        try {
          const onWaitingForEdit = (message: string | null) => {
            if (mounted.current) setWaitingForEdit(message);
          };
          const result = await tally(board, { includeVotes: current.includeVotes, onWaitingForEdit });
          if (!mounted.current) break;
          setReport(result);
          setUpdatedAt(new Date());
          setError(null);
        } catch (failure) {
          if (!mounted.current) break;
          setError(failure);
        }
        if (mounted.current) setWaitingForEdit(null);
      } while (again.current && mounted.current);
      running.current = false;
      if (mounted.current) setRunning(false);
    })();
  }, []);

  return { report, error, isRunning, started, updatedAt, waitingForEdit, request };
}
