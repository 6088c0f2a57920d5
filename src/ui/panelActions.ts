import type { Miro } from '@mirohq/websdk-types';
import type { BuildOptions, BuildReport } from '../index';
import type { DataProductInput } from '../actions/addDataProduct';
import type { InteractionMapOptions, InteractionMapReport } from '../actions/drawInteractionMap';
import type { TallyOptions, TallyReport } from '../actions/tallyKeyMetrics';
import type { ReviewReport } from '../actions/generateReview';
// The public API's functions, imported from their modules rather than the `src/index` barrel:
// through the barrel, the panel's bundle would also carry the emulator.
import { addDataProduct } from '../actions/addDataProduct';
import { buildAccelerateBoard } from '../actions/buildAccelerateBoard';
import { drawInteractionMap } from '../actions/drawInteractionMap';
import { generateReview } from '../actions/generateReview';
import { tallyKeyMetrics } from '../actions/tallyKeyMetrics';

/** The public-API functions the panel calls. Tests replace any of them with fakes. */
export type PanelActions = {
  buildAccelerateBoard: (miro: Miro, options?: BuildOptions) => Promise<BuildReport>;
  tallyKeyMetrics: (miro: Miro, options?: TallyOptions) => Promise<TallyReport>;
  /** Resolves to the new card's id. */
  addDataProduct: (miro: Miro, input: DataProductInput) => Promise<string>;
  drawInteractionMap: (miro: Miro, options?: InteractionMapOptions) => Promise<InteractionMapReport>;
  generateReview: (miro: Miro) => Promise<ReviewReport>;
};

export const defaultPanelActions: PanelActions = {
  buildAccelerateBoard,
  tallyKeyMetrics,
  addDataProduct,
  drawInteractionMap,
  generateReview,
};

export function panelActionsFrom(overrides: Partial<PanelActions> = {}): PanelActions {
  return { ...defaultPanelActions, ...overrides };
}
