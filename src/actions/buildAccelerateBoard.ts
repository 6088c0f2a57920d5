import type { Miro } from '@mirohq/websdk-types';
import { workshopConfigFrom } from '../core/config';
import { planBoard } from '../core/layout/planBoard';
import { applyBuildPlan, type ApplyBuildOptions } from '../miro/applyBuildPlan';
import { isMuralBoard, type MuralBoard } from '../mural/connectMural';
import { buildAccelerateMural } from '../mural/muralActions';
import { oneAtATime } from './oneAtATime';
import type { BuildOptions, BuildReport } from './types';

/** Builds running per board client: a second click joins the running build instead of racing it. */
const running = new WeakMap<Miro, Promise<BuildReport>>();

/**
 * Lays out the whole Data Mesh Accelerate agenda as frames, or completes a board that has part
 * of it. Invalid configuration throws InvalidConfigError before anything is written. Starts once
 * any other action running on this board client is done (`oneAtATime`).
 * `miro` may also be a mural (`connectMural(…)`): the same plan, built over MURAL's REST API.
 */
export function buildAccelerateBoard(
  miro: Miro | MuralBoard,
  options: BuildOptions & Pick<ApplyBuildOptions, 'concurrency' | 'clock'> = {},
): Promise<BuildReport> {
  if (isMuralBoard(miro)) return buildAccelerateMural(miro, options);
  const inFlight = running.get(miro);
  if (inFlight) return inFlight;
  const build = oneAtATime(miro, async () => {
    const config = workshopConfigFrom(options.config);
    const { config: _config, ...applyOptions } = options;
    return applyBuildPlan(miro, planBoard(config), { ...applyOptions, config });
  });
  running.set(miro, build);
  const release = () => running.delete(miro);
  build.then(release, release);
  return build;
}
