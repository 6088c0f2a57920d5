import { describe, expect, test } from 'vitest';
import { isMeasurableKeyResult, isOutputObjective, okrLints } from '../../src/core/review/okrLints';
import { objectivesFromNotes } from '../../src/core/review/okrs';
import { reviewFromSnapshot } from '../../src/core/review/reviewFromSnapshot';
import type { ParticipantNote } from '../../src/core/interpret/participantNotes';
import { plannedBoard } from './plannedSnapshot';

let y = 0;
const note = (area: string | null, text: string): ParticipantNote => ({
  id: `n${++y}`,
  type: 'sticky_note',
  text,
  x: 0,
  y: y * 10,
  color: null,
  activity: 'okrs',
  area,
});
const summary = (notes: ParticipantNote[]) =>
  objectivesFromNotes(notes).map((objective) => [objective.statement, objective.keyResults.map((keyResult) => keyResult.text)]);

describe('objectives and key results', () => {
  test('without markers the topmost note of an area is the objective, the rest its key results', () => {
    const notes = [note('objective-1', 'Analysts answer questions in minutes'), note('objective-1', 'Lead time from 5 days to 1'), note('objective-1', '80 % of reports self-served')];
    expect(summary(notes)).toEqual([['Analysts answer questions in minutes', ['Lead time from 5 days to 1', '80 % of reports self-served']]]);
  });

  test('a note marked "O:" or "Objective:" is the objective wherever it sits; "KR:" marks key results', () => {
    const notes = [note('objective-2', 'KR: 3 domains publish data products'), note('objective-2', 'Objective: domains share their data'), note('objective-2', 'kr2) churn down 10 %')];
    expect(summary(notes)).toEqual([['domains share their data', ['3 domains publish data products', 'churn down 10 %']]]);
  });

  test('several marked objectives in one area each take the key results below them', () => {
    const notes = [note('objective-1', 'O: faster insight'), note('objective-1', 'KR: 2 days'), note('objective-1', 'O2: trusted data'), note('objective-1', '99 % fresh')];
    expect(summary(notes)).toEqual([
      ['faster insight', ['2 days']],
      ['trusted data', ['99 % fresh']],
    ]);
  });

  test('areas in number order, notes elsewhere in the frame last; an area of key results only has an unwritten objective', () => {
    const notes = [note(null, 'Objective: stray'), note('objective-10', 'ten'), note('objective-2', 'two'), note('objective-3', 'KR: 5 teams')];
    const objectives = objectivesFromNotes(notes);
    expect(objectives.map((objective) => [objective.number, objective.statement, objective.area])).toEqual([
      [1, 'two', 'objective-2'],
      [2, '', 'objective-3'],
      [3, 'ten', 'objective-10'],
      [4, 'stray', null],
    ]);
    expect(objectives[1]!.itemId).toBeNull();
    expect(objectives[1]!.keyResults.map((keyResult) => keyResult.text)).toEqual(['5 teams']);
  });

  test('"Objectively" or "Outcome:" are not markers', () => {
    const notes = [note('objective-1', 'Outcome: teams decide with data'), note('objective-1', 'Objectively measured 5 %')];
    expect(summary(notes)).toEqual([['Outcome: teams decide with data', ['Objectively measured 5 %']]]);
  });

  test('read from the board: only the OKR frame counts', () => {
    const board = plannedBoard();
    board.note('okrs', 'objective-1', 'Customers get answers faster');
    board.note('okrs', 'objective-1', 'Response time from 2 days to 2 hours');
    board.note('nirvana', 'shared', 'Not an objective');
    const review = reviewFromSnapshot(board.snapshot);
    expect(review.objectives).toHaveLength(1);
    expect(review.objectives[0]!.keyResults.map((keyResult) => keyResult.text)).toEqual(['Response time from 2 days to 2 hours']);
  });
});

describe('OKR lints', () => {
  const codes = (notes: ParticipantNote[]) => okrLints(objectivesFromNotes(notes)).map((lint) => lint.code);

  test.each(['Launch a data portal', 'Build the lakehouse', 'Migrate to the cloud', 'Implement data mesh', 'We will deploy a catalogue', 'Rolling out dashboards'])(
    'an objective starting with a delivery verb reads as an output: %s',
    (statement) => {
      expect(isOutputObjective(statement)).toBe(true);
      expect(codes([note('objective-1', statement), note('objective-1', '3 teams')])).toEqual(['objective-is-output']);
    },
  );

  test.each(['Analysts answer questions in minutes', 'Creative teams reuse data', 'Builders trust the platform', 'Customers feel understood'])(
    'an outcome is not flagged: %s',
    (statement) => {
      expect(isOutputObjective(statement)).toBe(false);
    },
  );

  test('a key result with no number, percentage or from–to is flagged; measurable ones are not', () => {
    for (const text of ['Lead time 2 days', 'Churn down 10%', 'Move from weekly to daily releases', 'Halve the lead time', 'Three domains publish']) {
      expect(isMeasurableKeyResult(text), text).toBe(true);
    }
    for (const text of ['More people use data', 'Better data quality', 'Everyone is happy']) {
      expect(isMeasurableKeyResult(text), text).toBe(false);
    }
    const lints = okrLints(objectivesFromNotes([note('objective-1', 'Teams decide with data'), note('objective-1', 'Better data quality'), note('objective-1', '5 domains')]));
    expect(lints).toEqual([expect.objectContaining({ code: 'key-result-not-measurable', text: 'Better data quality', section: 'okrs' })]);
  });

  test('more than 5 key results for one objective is flagged, 5 is not', () => {
    const five = [note('objective-1', 'Teams decide with data'), ...[1, 2, 3, 4, 5].map((n) => note('objective-1', `KR ${n}: ${n}0 %`))];
    expect(codes(five)).toEqual([]);
    expect(codes([...five, note('objective-1', '60 %')])).toEqual(['too-many-key-results']);
  });

  test('more than 4 objectives is flagged, 4 is not', () => {
    const four = [1, 2, 3, 4].map((n) => note(`objective-${n}`, `Outcome number ${n} for people`));
    expect(codes(four)).toEqual([]);
    const lints = okrLints(objectivesFromNotes([...four, note(null, 'O: a fifth outcome')]));
    expect(lints.map((lint) => lint.code)).toEqual(['too-many-objectives']);
    expect(lints[0]!.itemId).toBeNull();
  });
});
