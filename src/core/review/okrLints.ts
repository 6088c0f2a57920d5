import type { Lint, Objective } from './types';

/** More than these is too many (objectives-key-results.com; Miro's OKR template has 3–4 and ≤ 4). */
export const MAX_OBJECTIVES = 4;
export const MAX_KEY_RESULTS = 5;

/**
 * A delivery verb opening the objective marks an output, not an outcome ("Launch a data portal").
 * Inflected forms are listed so that "Created value…" is caught but "Creative teams…" is not.
 */
const DELIVERY_VERB = new RegExp(
  '^(?:to\\s+|we\\s+(?:will|shall|must)\\s+)?(?:' +
    [
      'launch(?:es|ed|ing)?',
      'buil(?:d|ds|t|ding)',
      'migrat(?:e|es|ed|ing)',
      'implement(?:s|ed|ing)?',
      'deploy(?:s|ed|ing)?',
      'deliver(?:s|ed|ing)?',
      'develop(?:s|ed|ing)?',
      'creat(?:e|es|ed|ing)',
      'ship(?:s|ped|ping)?',
      'releas(?:e|es|ed|ing)',
      'install(?:s|ed|ing)?',
      'introduc(?:e|es|ed|ing)',
      'roll(?:s|ed|ing)?\\s+out',
      'set(?:s|ting)?\\s+up',
      'mov(?:e|es|ed|ing)\\s+to',
      'replac(?:e|es|ed|ing)',
      'rewrit(?:e|es|ing)|rewritten',
      'upgrad(?:e|es|ed|ing)',
      'integrat(?:e|es|ed|ing)',
      'finish(?:es|ed|ing)?',
      'complet(?:e|es|ed|ing)',
      'buy(?:s|ing)?|bought',
      'purchas(?:e|es|ed|ing)',
    ].join('|') +
    ')\\b',
  'i',
);

/** A number, a percentage, "from … to …", or a number word (2 and up, half, double…). */
const MEASURE =
  /\d|%|\bfrom\b[\s\S]+\bto\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|half|halve[ds]?|double[ds]?|triple[ds]?|twice|percent|per cent)\b/i;

export function isOutputObjective(statement: string): boolean {
  return DELIVERY_VERB.test(statement.trim());
}

export function isMeasurableKeyResult(text: string): boolean {
  return MEASURE.test(text);
}

/** OKR pitfalls (workshop-and-peers.md §5, rows 1, 3 and 4). */
export function okrLints(objectives: readonly Objective[]): Lint[] {
  const lints: Lint[] = [];
  const written = objectives.filter((objective) => objective.statement !== '');
  if (written.length > MAX_OBJECTIVES) {
    lints.push({
      code: 'too-many-objectives',
      section: 'okrs',
      message: `${written.length} objectives: keep to ${MAX_OBJECTIVES} at most, so each gets attention.`,
      text: written.map((objective) => objective.statement).join('\n'),
      itemId: null,
    });
  }
  for (const objective of objectives) {
    if (isOutputObjective(objective.statement)) {
      lints.push({
        code: 'objective-is-output',
        section: 'okrs',
        message: `Objective ${objective.number} reads as an output (a delivery verb): say which outcome it brings.`,
        text: objective.statement,
        itemId: objective.itemId,
      });
    }
    if (objective.keyResults.length > MAX_KEY_RESULTS) {
      lints.push({
        code: 'too-many-key-results',
        section: 'okrs',
        message: `Objective ${objective.number} has ${objective.keyResults.length} key results: keep to ${MAX_KEY_RESULTS} at most.`,
        text: objective.statement,
        itemId: objective.itemId,
      });
    }
    for (const keyResult of objective.keyResults) {
      if (isMeasurableKeyResult(keyResult.text)) continue;
      lints.push({
        code: 'key-result-not-measurable',
        section: 'okrs',
        message: `A key result of objective ${objective.number} has no number, percentage or "from … to …".`,
        text: keyResult.text,
        itemId: keyResult.itemId,
      });
    }
  }
  return lints;
}
