import type { ParticipantNote } from '../interpret/participantNotes';
import { objectiveForGoal } from './goalMatch';
import type { Objective, UseCase, UseCaseCluster } from './types';

/**
 * The article's form, "We believe that <use case> will help achieving <goal>", read leniently:
 * "help achieve", "help us achieve", "help in achieving" and leftover angle brackets are fine.
 */
const TEMPLATE =
  /^\W*we\s+believe\s+(?:that\s+)?(.+?)\s+will\s+help(?:\s+us)?(?:\s+(?:in|with))?\s+(?:to\s+)?(?:achiev(?:e|ing)|reach(?:ing)?)\s+(.+?)[\s.!]*$/isu;

/** The use case and the goal of a note in the template's form, or null. */
export function parseUseCase(text: string): { useCase: string; goal: string } | null {
  const match = TEMPLATE.exec(text.replace(/\s+/g, ' ').trim());
  if (!match) return null;
  const useCase = unbracketed(match[1] ?? '');
  const goal = unbracketed(match[2] ?? '');
  // "We believe that will help…": the optional "that" is all there is, so the use case is missing.
  return useCase !== '' && useCase.toLowerCase() !== 'that' && goal !== '' ? { useCase, goal } : null;
}

const CLUSTER_ORDER: readonly UseCaseCluster[] = ['selected', 'efficiency', 'experience', 'brainstorm', 'unsorted', 'discarded'];

/**
 * The use cases, selected ones first (in priority order: left to right), then the clusters, the brainstorm areas, the rest of the
 * frame and those set aside. A use case copied into the selection is listed once (its first place).
 */
export function useCasesFromNotes(notes: readonly ParticipantNote[], objectives: readonly Objective[]): UseCase[] {
  const seen = new Set<string>();
  return notes
    .filter((note) => note.activity === 'useCases' && note.text.trim() !== '')
    .map((note) => ({ note, cluster: clusterOf(note.area) }))
    .sort((a, b) => CLUSTER_ORDER.indexOf(a.cluster) - CLUSTER_ORDER.indexOf(b.cluster) || priorityOrder(a, b))
    .filter(({ note }) => {
      const key = note.text.replace(/\s+/g, ' ').trim().toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ note, cluster }) => {
      const text = note.text.trim();
      const template = parseUseCase(text);
      return { itemId: note.id, text, cluster, template, objective: template ? objectiveForGoal(template.goal, objectives) : null };
    });
}

/** Selected use cases are ranked left to right (most important on the left), by 100 px columns; then in reading order. */
const PRIORITY_COLUMN = 100;
function priorityOrder(a: { note: ParticipantNote; cluster: UseCaseCluster }, b: { note: ParticipantNote; cluster: UseCaseCluster }): number {
  if (a.cluster !== 'selected' || b.cluster !== 'selected') return 0;
  return Math.round(a.note.x / PRIORITY_COLUMN) - Math.round(b.note.x / PRIORITY_COLUMN);
}

function clusterOf(area: string | null): UseCaseCluster {
  if (area === 'selected' || area === 'efficiency' || area === 'experience' || area === 'discarded') return area;
  return area?.startsWith('brainstorm-') ? 'brainstorm' : 'unsorted';
}

function unbracketed(text: string): string {
  return text.replace(/^[\s<"“'‘]+|[\s>"”'’]+$/g, '').trim();
}
