import type { ActivityId } from '../core/activity';
import type { WorkshopConfigInput } from '../core/config';

export type BuildProgress = {
  /** Planned items (frames included) that exist on the board so far. */
  done: number;
  total: number;
  /** True while the build waits for Miro's per-minute credits to come back. */
  waitingForCredits: boolean;
  /** True while another panel builds this board; this build then completes whatever is missing. */
  waitingForAnotherBuild: boolean;
  /** Miro's lock message while the build waits for someone to stop editing an item (bounded), else null. */
  waitingForEdit?: string | null;
};

export type BuildOptions = {
  config?: WorkshopConfigInput;
  onProgress?: (progress: BuildProgress) => void;
  /** Aborting stops the build between calls; the next build completes it. */
  signal?: AbortSignal;
};

export type BuildReport = {
  /** Frame item id per activity on the board (omitted activities are absent). */
  frames: Partial<Record<ActivityId, string>>;
  /** Items (frames included) this run created. */
  created: number;
  /** Planned items that were already on the board and were kept. */
  reused: number;
  /** SDK calls this run made (reads and writes). */
  calls: number;
};
