import type { Miro } from '@mirohq/websdk-types';
import type { MuralBoard } from '../mural/connectMural';

/**
 * What the panel runs its actions on: Miro's SDK object in Miro (and the sandbox), or a mural target
 * on the MURAL page. The actions dispatch on it; the few Miro-only calls (voting, zoom, the ledger
 * read, board events) check `isMiroBoard` first.
 */
export type BoardTarget = Miro | MuralBoard;

/** By shape (a mural target says `platform: 'mural'`), so the Miro panel's bundle carries no MURAL code. */
export const isMiroBoard = (target: BoardTarget): target is Miro => (target as { platform?: unknown }).platform !== 'mural';
