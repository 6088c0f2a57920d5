import type { Miro } from '@mirohq/websdk-types';
import { workshopConfigFrom } from '../core/config';
import { planBoard } from '../core/layout/planBoard';
import { applyBuildPlan, type ApplyBuildOptions } from '../miro/applyBuildPlan';
import type { BuildOptions, BuildReport } from './types';

/**
 * Lays out the whole Data Mesh Accelerate agenda as frames, or completes a board that has part
 * of it. Invalid configuration throws InvalidConfigError before anything is written.
 */
export async function buildAccelerateBoard(
  miro: Miro,
  options: BuildOptions & Pick<ApplyBuildOptions, 'concurrency' | 'clock'> = {},
): Promise<BuildReport> {
  const config = workshopConfigFrom(options.config);
  const { config: _config, ...applyOptions } = options;
  return applyBuildPlan(miro, planBoard(config), { ...applyOptions, config });
}
