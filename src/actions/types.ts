import { isActivityId, type ActivityId, type ExtraFrameId, type FrameId } from '../core/activity';
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
  /** The frames that belong to no activity: the cover and the facilitator's prep checklist. */
  extraFrames: Partial<Record<ExtraFrameId, string>>;
  /** Items (frames included) this run created. */
  created: number;
  /** Planned items that were already on the board and were kept. */
  reused: number;
  /** SDK calls this run made (reads and writes). */
  calls: number;
};

/** A build's frame ids by frame, as the report gives them: per activity, and the others apart. */
export function reportedFrames(byFrame: ReadonlyMap<FrameId, string>): Pick<BuildReport, 'frames' | 'extraFrames'> {
  const frames: BuildReport['frames'] = {};
  const extraFrames: BuildReport['extraFrames'] = {};
  for (const [id, frameId] of byFrame) {
    if (isActivityId(id)) frames[id] = frameId;
    else extraFrames[id] = frameId;
  }
  return { frames, extraFrames };
}
