import type { ActivityId } from '../../activity';
import type { FrameBuilder } from '../frame';
import { checkoutFrame, futurespectiveFrame } from './closing';
import { dataProductsFrame } from './dataProducts';
import { keyMetricsFrame } from './keyMetrics';
import { kickoffFrame } from './kickoff';
import { nirvanaFrame } from './nirvana';
import { okrsFrame } from './okrs';
import { principlesFrame } from './principles';
import { reviewFrame } from './review';
import { useCasesFrame } from './useCases';

/** The content builder of every activity's frame. */
export const FRAME_BUILDERS: Readonly<Record<ActivityId, FrameBuilder>> = {
  kickoff: kickoffFrame,
  principles: principlesFrame,
  nirvana: nirvanaFrame,
  keyMetrics: keyMetricsFrame,
  okrs: okrsFrame,
  useCases: useCasesFrame,
  dataProducts: dataProductsFrame,
  review: reviewFrame,
  futurespective: futurespectiveFrame,
  checkout: checkoutFrame,
};
