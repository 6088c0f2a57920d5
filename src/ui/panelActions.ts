import { isMiroBoard, type BoardTarget } from './boardTarget';
import type { BuildOptions, BuildReport } from '../index';
import type { DataProductInput } from '../actions/addDataProduct';
import type { InteractionMapOptions, InteractionMapReport } from '../actions/drawInteractionMap';
import type { TallyOptions, TallyReport } from '../actions/tallyKeyMetrics';
import type { ReviewReport } from '../actions/generateReview';
import { readLedgerValue } from '../miro/ledger';
import type { StoredBoardStatus } from './boardReadiness';

/** The public-API functions the panel calls. Tests replace any of them with fakes. */
export type PanelActions = {
  buildAccelerateBoard: (miro: BoardTarget, options?: BuildOptions) => Promise<BuildReport>;
  tallyKeyMetrics: (miro: BoardTarget, options?: TallyOptions) => Promise<TallyReport>;
  /** Resolves to the new card's id. */
  addDataProduct: (miro: BoardTarget, input: DataProductInput) => Promise<string>;
  drawInteractionMap: (miro: BoardTarget, options?: InteractionMapOptions) => Promise<InteractionMapReport>;
  generateReview: (miro: BoardTarget) => Promise<ReviewReport>;
  /** Whether the app's ledger on this board records built frames (one storage read). */
  readBoardStatus: (miro: BoardTarget) => Promise<StoredBoardStatus>;
};

/*
 * Each action is loaded with a dynamic `import()` the first time it is asked for, so the panel's
 * first paint carries only the form and the sections: the board layout, the adapter, the map, the
 * review and its exports (with the `yaml` library) come in their own chunks. Imported from the
 * action modules, not the `src/index` barrel: through the barrel the chunks would carry the emulator.
 */
export const defaultPanelActions: PanelActions = {
  buildAccelerateBoard: async (miro, options) => (await import('../actions/buildAccelerateBoard')).buildAccelerateBoard(miro, options),
  tallyKeyMetrics: async (miro, options) => (await import('../actions/tallyKeyMetrics')).tallyKeyMetrics(miro, options),
  addDataProduct: async (miro, input) => (await import('../actions/addDataProduct')).addDataProduct(miro, input),
  drawInteractionMap: async (miro, options) => (await import('../actions/drawInteractionMap')).drawInteractionMap(miro, options),
  generateReview: async (miro) => (await import('../actions/generateReview')).generateReview(miro),
  readBoardStatus: async (miro) => {
    // The MURAL page brings its own (the records in the mural).
    if (!isMiroBoard(miro)) return 'unknown';
    const ledger = await readLedgerValue(miro);
    return ledger && Object.keys(ledger.frames).length > 0 ? 'built' : 'notBuilt';
  },
};

export function panelActionsFrom(overrides: Partial<PanelActions> = {}): PanelActions {
  return { ...defaultPanelActions, ...overrides };
}
