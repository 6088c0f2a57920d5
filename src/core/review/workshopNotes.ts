import { noteFrom, participantNotes, type ParticipantNote } from '../interpret/participantNotes';
import type { BoardSnapshot } from '../snapshot';
import { NIRVANA_STARTER } from '../workshop/templates';
import type { ReviewNote } from './types';

const STARTER_KEY = /^nirvana\/group-([1-9][0-9]*)\/starter$/;

/**
 * Every note people wrote, in reading order. The nirvana frame's "Our Nirvana is…" stickies are
 * the app's, but groups finish them with their statement: once edited, they count as the group's note.
 */
export function workshopNotes(snapshot: BoardSnapshot): ParticipantNote[] {
  const byId = new Map(snapshot.items.map((item) => [item.id, item]));
  const starters: ParticipantNote[] = [];
  for (const [key, id] of Object.entries(snapshot.ledger?.items ?? {})) {
    const group = STARTER_KEY.exec(key)?.[1];
    const item = byId.get(id);
    if (!group || !item || !isFinishedStarter(item.text)) continue;
    starters.push(noteFrom(item, 'nirvana', `group-${group}`));
  }
  return [...participantNotes(snapshot), ...starters].sort((a, b) => a.y - b.y || a.x - b.x);
}

function isFinishedStarter(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && trimmed !== NIRVANA_STARTER && trimmed !== NIRVANA_STARTER.replace('…', '...');
}

/** Notes of one activity, optionally of one area (`null`: outside every area of that frame). */
export function notesIn(notes: readonly ParticipantNote[], activity: ParticipantNote['activity'], area?: string | null): ReviewNote[] {
  return notes
    .filter((note) => note.activity === activity && (area === undefined || note.area === area))
    .filter((note) => note.text.trim() !== '')
    .map((note) => ({ itemId: note.id, text: note.text.trim() }));
}
