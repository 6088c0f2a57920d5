import type { Miro } from '@mirohq/websdk-types';
import { NotYetImplementedError } from './types';

export async function drawInteractionMap(_miro: Miro): Promise<never> {
  throw new NotYetImplementedError('drawInteractionMap');
}
