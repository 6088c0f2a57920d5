import type { Objective } from './types';

/** Words that say nothing about which objective a goal means. */
const STOP_WORDS = new Set(
  'the a an and or of to for in on at by with from into our we us their its is are be will can more less than this that these those all every each as so'.split(' '),
);
const OBJECTIVE_REFERENCE = /\b(?:objective|obj\.?|o)\s*#?\s*([1-9][0-9]*)\b/i;

/**
 * The number of the objective a use case's goal names, or null. A goal matches an objective when it
 * names it ("objective 2", "O2"), when one text contains the other, or when at least half of the
 * goal's meaningful words (crudely stemmed) appear in the objective; the best overlap wins.
 */
export function objectiveForGoal(goal: string, objectives: readonly Objective[]): number | null {
  const written = objectives.filter((objective) => objective.statement !== '');
  const reference = OBJECTIVE_REFERENCE.exec(goal);
  if (reference && written.some((objective) => objective.number === Number(reference[1]))) return Number(reference[1]);
  const goalText = comparable(goal);
  const goalWords = significantWords(goal);
  let best: { number: number; score: number } | null = null;
  for (const objective of written) {
    const objectiveText = comparable(objective.statement);
    if (goalText !== '' && (objectiveText.includes(goalText) || goalText.includes(objectiveText))) return objective.number;
    if (goalWords.size === 0) continue;
    const objectiveWords = significantWords(objective.statement);
    const shared = [...goalWords].filter((word) => objectiveWords.has(word)).length;
    const score = shared / goalWords.size;
    if (shared > 0 && score >= 0.5 && (!best || score > best.score)) best = { number: objective.number, score };
  }
  return best?.number ?? null;
}

function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function significantWords(text: string): Set<string> {
  return new Set(
    comparable(text)
      .split(' ')
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
      .map(stem),
  );
}

/** Enough stemming for "customers"/"customer", "reducing"/"reduce", "improved"/"improve". */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s|e)$/, '') || word;
}
