import type { Miro } from '@mirohq/websdk-types';
import { NotYetImplementedError } from './types';

export async function generateReview(_miro: Miro): Promise<never> {
  throw new NotYetImplementedError('generateReview');
}
