import type { BoardSnapshot } from '../snapshot';
import { PRINCIPLES } from '../workshop/principles';
import { dataProductLints } from './dataProductLints';
import { dataProductsReview } from './dataProducts';
import { keyMetricsReview } from './keyMetrics';
import { objectivesFromNotes } from './okrs';
import { okrLints } from './okrLints';
import type { Review } from './types';
import { useCaseLints } from './useCaseLints';
import { useCasesFromNotes } from './useCases';
import { notesIn, workshopNotes } from './workshopNotes';

const GROUP_AREA = /^group-([1-9][0-9]*)$/;

/**
 * The review of a workshop from what is on the board now: pure, and total — an empty or unbuilt
 * board gives a review with empty sections, never an error.
 */
export function reviewFromSnapshot(snapshot: BoardSnapshot): Review {
  const notes = workshopNotes(snapshot);
  const objectives = objectivesFromNotes(notes);
  const useCases = useCasesFromNotes(notes, objectives);
  const dataProducts = dataProductsReview(snapshot);
  const groups = [...new Set(notes.flatMap((note) => (note.activity === 'nirvana' ? [GROUP_AREA.exec(note.area ?? '')?.[1]] : [])))]
    .filter((group): group is string => group !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
    .map((group) => ({ group, statements: notesIn(notes, 'nirvana', `group-${group}`) }));
  return {
    workshopName: snapshot.ledger?.config?.workshopName ?? '',
    nirvana: { shared: notesIn(notes, 'nirvana', 'shared'), groups },
    objectives,
    useCases,
    dataProducts,
    keyMetrics: keyMetricsReview(snapshot),
    principles: PRINCIPLES.map(({ id, title }) => ({ id, title, challenges: notesIn(notes, 'principles', id) })),
    observations: {
      same: notesIn(notes, 'principles', 'same'),
      different: notesIn(notes, 'principles', 'different'),
      surprised: notesIn(notes, 'principles', 'surprised'),
    },
    stories: notesIn(notes, 'keyMetrics', 'stories'),
    futurespective: notesIn(notes, 'futurespective'),
    checkout: notesIn(notes, 'checkout'),
    nextSteps: notesIn(notes, 'review', 'nextSteps'),
    learnings: notesIn(notes, 'review', 'learnings'),
    reviewNotes: notesIn(notes, 'review', null),
    lints: [...okrLints(objectives), ...useCaseLints(useCases, objectives), ...dataProductLints(dataProducts.products)],
    notes,
  };
}
