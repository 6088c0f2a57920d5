import { USE_CASE_TEMPLATE } from '../workshop/templates';
import type { Lint, Objective, UseCase } from './types';

/** Use case pitfalls (workshop-and-peers.md §5, workshop-specific checks). Those set aside are not checked. */
export function useCaseLints(useCases: readonly UseCase[], objectives: readonly Objective[]): Lint[] {
  const anyObjective = objectives.some((objective) => objective.statement !== '');
  const lints: Lint[] = [];
  for (const useCase of useCases) {
    if (useCase.cluster === 'discarded') continue;
    if (!useCase.template) {
      lints.push({
        code: 'use-case-not-template',
        section: 'useCases',
        message: `Not in the form "${USE_CASE_TEMPLATE}".`,
        text: useCase.text,
        itemId: useCase.itemId,
      });
    } else if (useCase.objective === null) {
      lints.push({
        code: 'goal-matches-no-objective',
        section: 'useCases',
        message: anyObjective
          ? `The goal "${useCase.template.goal}" matches no objective.`
          : `The goal "${useCase.template.goal}" matches no objective: there are no objectives on the board yet.`,
        text: useCase.text,
        itemId: useCase.itemId,
      });
    }
  }
  return lints;
}
