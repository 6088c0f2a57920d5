/** Accelerate Board's public API. `miro` is `window.miro` in Miro and `createEmulatedMiro().miro` elsewhere. */
export { createEmulatedMiro } from './emulator/createEmulatedMiro';
export type { EmulatedMiro, EmulatorOptions, EmulatorStats, ItemView, Participant, UnsupportedType } from './emulator/types';
export { buildAccelerateBoard } from './actions/buildAccelerateBoard';
export { tallyKeyMetrics, type TallyOptions, type TallyReport } from './actions/tallyKeyMetrics';
export { drawInteractionMap, type InteractionMapOptions, type InteractionMapReport } from './actions/drawInteractionMap';
export { addDataProduct, type DataProductInput } from './actions/addDataProduct';
export { generateReview, NoReviewFrameError, type ReviewOptions, type ReviewReport } from './actions/generateReview';
export type { BuildOptions, BuildProgress, BuildReport } from './actions/types';
export { ACTIVITY_IDS, type ActivityId } from './core/activity';
export { InvalidConfigError, WorkshopConfigSchema, workshopConfigFrom, type WorkshopConfig, type WorkshopConfigInput } from './core/config';
export { createEmulatedMural } from './muralEmulator/createEmulatedMural';
export type { EmulatedMural, MuralEmulatorOptions, MuralStats, MuralWidget, MuralScope, MuralHandler } from './muralEmulator/types';
export { connectMural, isMuralBoard, MURAL_API_BASE_URL, type ConnectMuralOptions, type MuralBoard } from './mural/connectMural';
export { MuralApiError } from './mural/muralErrors';
export type { MuralClock } from './mural/clock';
export type { MuralFetch } from './mural/restClient';
