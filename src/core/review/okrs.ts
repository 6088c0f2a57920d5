import type { ParticipantNote } from '../interpret/participantNotes';
import type { KeyResult, Objective } from './types';

/*
 * How the review tells an objective from its key results, per objective area (and once more for
 * notes elsewhere in the OKR frame), in reading order (top to bottom, then left to right):
 * - a note starting with `O:`, `Obj:`, `Objective:` or `Objective 2 –` is an objective, and one
 *   starting with `KR:` or `Key result:` a key result (the marker is not part of the text);
 * - in an area with no marked objective, the topmost unmarked note is the objective (the area's own
 *   hint says "Top: the objective"); every other note is a key result;
 * - a key result belongs to the nearest objective above it; ones above the first objective to the first.
 */
const OBJECTIVE_MARKER = /^\s*(?:objective\s*#?\d*\s*[:：\-–—]|(?:obj\.?|o)\s*#?\d*\s*[:：])\s*/i;
const KEY_RESULT_MARKER = /^\s*(?:key\s*results?\s*#?\d*\s*[:：\-–—]|krs?\s*#?\d*\s*[:：.)\-–—])\s*/i;

/** One line saying how objectives and key results are read: shown in the review and its exports. */
export const OKR_READING_RULE =
  'Objective: the note starting with "O:" or "Objective:", else the topmost note of its area. The other notes are its key results.';

type Marked = { itemId: string; text: string; kind: 'objective' | 'keyResult' | 'unmarked' };

/** The objectives with their key results, objective areas first (by number), then the rest of the frame. */
export function objectivesFromNotes(notes: readonly ParticipantNote[]): Objective[] {
  const okrNotes = notes.filter((note) => note.activity === 'okrs' && note.text.trim() !== '');
  const areas = [...new Set(okrNotes.map((note) => note.area))].sort(byAreaNumber);
  const objectives: Array<Omit<Objective, 'number'>> = [];
  for (const area of areas) objectives.push(...objectivesOfGroup(area, okrNotes.filter((note) => note.area === area).map(marked)));
  return objectives.map((objective, index) => ({ ...objective, number: index + 1 }));
}

function objectivesOfGroup(area: string | null, notes: readonly Marked[]): Array<Omit<Objective, 'number'>> {
  const hasMarkedObjective = notes.some((note) => note.kind === 'objective');
  const firstUnmarked = hasMarkedObjective ? undefined : notes.find((note) => note.kind === 'unmarked');
  const objectives: Array<Omit<Objective, 'number'>> = [];
  const orphans: KeyResult[] = [];
  for (const note of notes) {
    if (note.kind === 'objective' || note === firstUnmarked) {
      objectives.push({ itemId: note.itemId, statement: note.text, area, keyResults: [] });
      continue;
    }
    const current = objectives[objectives.length - 1];
    (current ? current.keyResults : orphans).push({ itemId: note.itemId, text: note.text });
  }
  if (orphans.length === 0) return objectives;
  const [first] = objectives;
  if (!first) return [{ itemId: null, statement: '', area, keyResults: orphans }];
  first.keyResults.unshift(...orphans);
  return objectives;
}

function marked(note: ParticipantNote): Marked {
  const text = note.text.trim();
  const objective = OBJECTIVE_MARKER.exec(text);
  if (objective) return { itemId: note.id, text: text.slice(objective[0].length).trim(), kind: 'objective' };
  const keyResult = KEY_RESULT_MARKER.exec(text);
  if (keyResult) return { itemId: note.id, text: text.slice(keyResult[0].length).trim(), kind: 'keyResult' };
  return { itemId: note.id, text, kind: 'unmarked' };
}

/** `objective-1`, `objective-2`, …, `objective-10`, then notes outside the areas (null). */
function byAreaNumber(a: string | null, b: string | null): number {
  const number = (area: string | null) => (area === null ? Infinity : Number(/(\d+)$/.exec(area)?.[1] ?? Infinity));
  return number(a) - number(b) || String(a).localeCompare(String(b));
}
