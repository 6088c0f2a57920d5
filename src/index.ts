/** Accelerate Board's public API. `miro` is `window.miro` in Miro and `createEmulatedMiro().miro` elsewhere. */
export { createEmulatedMiro } from './emulator/createEmulatedMiro';
export type { EmulatedMiro, EmulatorOptions, EmulatorStats, ItemView, Participant, UnsupportedType } from './emulator/types';
export { buildAccelerateBoard } from './actions/buildAccelerateBoard';
export { tallyKeyMetrics } from './actions/tallyKeyMetrics';
export { drawInteractionMap } from './actions/drawInteractionMap';
export { generateReview } from './actions/generateReview';
export type { BuildOptions, BuildProgress, BuildReport } from './actions/types';
export { NotYetImplementedError } from './actions/types';
export { ACTIVITY_IDS, type ActivityId } from './core/activity';
export { InvalidConfigError, WorkshopConfigSchema, workshopConfigFrom, type WorkshopConfig, type WorkshopConfigInput } from './core/config';
