import type { ItemView, Participant } from '../index';
import { frameAt } from './geometry';
import type { Point } from './viewport';

/**
 * What a workshop participant adds with Miro's own tools, done through the emulator's participant
 * helpers (no credits, and they fire board events like another person's edits would).
 * Created inside a frame, an item becomes its child — as when a person uses Miro's toolbar.
 */
export function addStickyNoteAt(participant: Participant, items: readonly ItemView[], text: string, at: Point): string {
  return participant.addStickyNote({ text, x: at.x, y: at.y, color: 'light_yellow', parentId: frameAt(items, at)?.id });
}

export const DOT_SIZE = 32;

/** A voting dot as the app's palette draws them: a small filled circle. */
export function addDotAt(participant: Participant, items: readonly ItemView[], at: Point): string {
  return participant.addShape({
    shape: 'circle',
    x: at.x,
    y: at.y,
    width: DOT_SIZE,
    height: DOT_SIZE,
    fillColor: '#ff4d4f',
    parentId: frameAt(items, at)?.id,
  });
}

/** A dot made with Miro's stamp tool, which apps read as `Unsupported`. */
export function addStampAt(participant: Participant, items: readonly ItemView[], at: Point): string {
  return participant.addUnsupported({
    type: 'stamp',
    x: at.x,
    y: at.y,
    width: DOT_SIZE + 8,
    height: DOT_SIZE + 8,
    parentId: frameAt(items, at)?.id,
  });
}
