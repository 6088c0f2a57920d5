import type { Miro } from '@mirohq/websdk-types';
import { NotYetImplementedError, type BuildOptions, type BuildReport } from './types';

export async function buildAccelerateBoard(_miro: Miro, _options: BuildOptions = {}): Promise<BuildReport> {
  throw new NotYetImplementedError('buildAccelerateBoard');
}
