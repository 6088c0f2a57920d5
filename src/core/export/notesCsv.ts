import type { ParticipantNote } from '../interpret/participantNotes';
import { csvRows, csvText } from './csv';

/**
 * Every note people wrote, one row each, in reading order: where it is (activity, area, board
 * centre) and its complete text. Text that a spreadsheet would run as a formula starts with `'`.
 */
export function notesCsv(notes: readonly ParticipantNote[]): string {
  return csvRows([
    ['activity', 'area', 'type', 'text', 'item_id', 'x', 'y', 'color'],
    ...notes.map((note) => [
      note.activity ?? '',
      note.area ?? '',
      note.type,
      csvText(note.text),
      note.id,
      Math.round(note.x),
      Math.round(note.y),
      note.color ?? '',
    ]),
  ]);
}
