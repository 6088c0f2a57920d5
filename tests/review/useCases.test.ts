import { describe, expect, test } from 'vitest';
import { reviewFromSnapshot } from '../../src/core/review/reviewFromSnapshot';
import { parseUseCase } from '../../src/core/review/useCases';
import { plannedBoard } from './plannedSnapshot';

describe('use case template', () => {
  test.each([
    ['We believe that churn prediction will help achieving fewer lost customers', 'churn prediction', 'fewer lost customers'],
    ['we believe <capacity planning> will help us achieve <lower cloud costs>.', 'capacity planning', 'lower cloud costs'],
    ['We believe that\nnext best offer\nwill help in achieving more repeat sales!', 'next best offer', 'more repeat sales'],
  ])('reads "%s"', (text, useCase, goal) => {
    expect(parseUseCase(text)).toEqual({ useCase, goal });
  });

  test.each(['Churn prediction', 'We believe in data', 'We believe that  will help achieving more sales', 'Churn prediction will help achieving fewer lost customers'])(
    'does not read "%s"',
    (text) => {
      expect(parseUseCase(text)).toBeNull();
    },
  );
});

describe('use cases in the review', () => {
  test('the selected use cases are prioritised left to right (dot-voted, most important on the left); the review numbers them so', () => {
    const board = plannedBoard();
    const ids = ['Third', 'First', 'Second'].map((text) => board.note('useCases', 'selected', `We believe that ${text} will help achieving more`));
    const at = (id: string) => board.snapshot.items.find((item) => item.id === id)!;
    const left = at(ids[0]!).x;
    at(ids[0]!).x = left + 500; // Third, to the right
    at(ids[1]!).x = left; // First, on the left
    at(ids[2]!).x = left + 250;
    expect(reviewFromSnapshot(board.snapshot).useCases.map((useCase) => useCase.template?.useCase)).toEqual(['First', 'Second', 'Third']);
  });

  test('selected first, then clusters, brainstorms and the rest; a copy in the selection is listed once; set-aside last', () => {
    const board = plannedBoard();
    board.note('useCases', 'brainstorm-1', 'Brainstormed idea');
    board.note('useCases', 'discarded', 'A nicer intranet');
    board.note('useCases', 'efficiency', 'Capacity planning');
    board.note('useCases', 'selected', 'Churn prediction');
    board.note('useCases', 'experience', 'capacity  planning');
    const review = reviewFromSnapshot(board.snapshot);
    expect(review.useCases.map((useCase) => [useCase.cluster, useCase.text])).toEqual([
      ['selected', 'Churn prediction'],
      ['efficiency', 'Capacity planning'],
      ['brainstorm', 'Brainstormed idea'],
      ['discarded', 'A nicer intranet'],
    ]);
  });

  test('lints: not in the template form, and a goal matching no objective; silent on a good use case and on those set aside', () => {
    const board = plannedBoard();
    board.note('okrs', 'objective-1', 'Customers stay with us longer');
    board.note('okrs', 'objective-1', 'Churn from 8 % to 5 %');
    board.note('okrs', 'objective-2', 'Operations run cheaper');
    board.note('useCases', 'selected', 'We believe that churn prediction will help achieving customers staying longer');
    board.note('useCases', 'selected', 'We believe that demand forecasting will help achieving objective 2');
    board.note('useCases', 'efficiency', 'We believe that a chatbot will help achieving world peace');
    board.note('useCases', 'experience', 'Personalised offers');
    board.note('useCases', 'discarded', 'Intranet redesign');
    const review = reviewFromSnapshot(board.snapshot);
    expect(review.useCases.map((useCase) => useCase.objective)).toEqual([1, 2, null, null, null]);
    const lints = review.lints.filter((lint) => lint.section === 'useCases');
    expect(lints.map((lint) => [lint.code, lint.text])).toEqual([
      ['goal-matches-no-objective', 'We believe that a chatbot will help achieving world peace'],
      ['use-case-not-template', 'Personalised offers'],
    ]);
  });

  test('with no objectives on the board every goal matches none, and the lint says why', () => {
    const board = plannedBoard();
    board.note('useCases', 'selected', 'We believe that churn prediction will help achieving loyal customers');
    const [lint] = reviewFromSnapshot(board.snapshot).lints;
    expect(lint?.code).toBe('goal-matches-no-objective');
    expect(lint?.message).toContain('no objectives on the board yet');
  });
});
