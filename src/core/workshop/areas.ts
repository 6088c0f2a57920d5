/** The label and hint shown at the top of each area participants fill (plain text, our wording). */
export type AreaText = { readonly label: string; readonly hint: string };

/** Fixed areas' text, by area. */
export const AREA_TEXT = {
  introductions: {
    label: 'Introductions',
    hint: 'One sticky each: your name, your role and one thing about you (a favourite dish, a holiday spot…).',
  },
  principleChallenges: { label: 'Challenges we would face', hint: 'One challenge per sticky.' },
  same: { label: 'What was the same?', hint: 'Listeners: one observation per sticky.' },
  different: { label: 'What was different?', hint: 'Listeners: one observation per sticky.' },
  surprised: { label: 'What surprised us?', hint: 'Listeners: one observation per sticky.' },
  nirvanaShared: { label: 'Our shared Nirvana', hint: 'The single statement the whole group agrees on.' },
  stories: {
    label: 'Stories behind the dots',
    hint: 'What explains the spread, and the outliers in particular? One story per sticky.',
  },
  efficiency: {
    label: 'Efficiency gains',
    hint: 'For example: predicting how much a service will be used, so capacity can be planned ahead.',
  },
  experience: {
    label: 'Experience improvements',
    hint: 'For example: suggesting offers to customers that fit what they bought before.',
  },
  discarded: { label: 'Not analytical: set aside', hint: 'Good ideas that do not need analytical data.' },
  selected: {
    label: 'Selected use cases, in priority order',
    hint: 'Dot-vote first: three dots each on the use cases that matter most. Then place the winners here, the most important on the left.',
  },
  products: {
    label: 'Data products',
    hint: 'One copy of the template per data product. Sources: master data, operational systems, manual input, other data products. Consumers: people, roles, other systems, other data products.',
  },
  map: {
    label: 'Interaction map',
    hint: 'Place data products between their sources and their consumers; draw an arrow wherever one data product consumes another.',
  },
  nextSteps: { label: 'Next steps', hint: 'Facilitator: what happens next, who takes it on, and by when.' },
  learnings: { label: 'Observations and learnings', hint: 'Everyone: what did we learn, what stood out? One per sticky.' },
  posts: { label: 'Future LinkedIn posts', hint: 'One post per sticky, written as if it were a year from now.' },
  words: { label: 'One word before leaving', hint: 'One word per sticky.' },
} as const satisfies Record<string, AreaText>;

/** Label and hint of nirvana group `group`'s area. */
export function nirvanaGroupAreaText(group: number): AreaText {
  return { label: `Group ${group}`, hint: "Finish the sticky with your group's statement." };
}

/** Label and hint of use case group `group`'s brainstorm area. */
export function useCaseBrainstormAreaText(group: number): AreaText {
  return { label: `Group ${group}: brainstorm`, hint: 'One use case per sticky, written with the template.' };
}

/** Label and hint of objective `n`'s area. */
export function objectiveAreaText(n: number): AreaText {
  return {
    label: `Objective ${n}`,
    hint: 'Top row: the objective, where we want to go. Rows below: two to four key results, how we will know we are getting there.',
  };
}
