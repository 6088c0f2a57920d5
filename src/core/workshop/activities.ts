import type { ActivityId } from '../activity';

/** One workshop activity as the facilitator runs it; everything is plain text. */
export type ActivityDefinition = {
  readonly id: ActivityId;
  readonly title: string;
  /** One or two sentences. */
  readonly goal: string;
  /** Three to five short steps, in order. */
  readonly steps: readonly string[];
  /** The question participants answer. */
  readonly prompt: string;
  /** Suggested duration in minutes. */
  readonly timeboxMinutes: number;
};

/*
 * Paraphrased from the Data Mesh Accelerate article. Its agenda picture is not in the text we
 * hold, so the timeboxes are ours: they keep each remote afternoon under about three hours and
 * each in-person day under five hours of activities, leaving room for breaks.
 */
const DEFINITIONS: readonly ActivityDefinition[] = [
  {
    id: 'kickoff',
    title: 'Kick-off',
    goal: 'Open the workshop so that everyone knows why we are here, what the coming sessions hold and who else is in the room.',
    steps: [
      'A sponsor opens with why this engagement matters to the organisation.',
      'The facilitator walks through the purpose, the agenda and each activity.',
      'We agree on the ground rules.',
      'Everyone introduces themselves: name, role and one personal fact.',
    ],
    prompt: 'Who are you? Share your name, your role and one thing about you that others may not know.',
    timeboxMinutes: 30,
  },
  {
    id: 'principles',
    title: 'The four principles and the challenges ahead',
    goal: 'Build a common understanding of the four Data Mesh principles, and talk openly about what stands in the way of applying each of them here.',
    steps: [
      'Someone who knows Data Mesh well explains why it exists and what each principle means.',
      'Take questions until the principles are clear to everyone.',
      'For each principle, everyone adds the challenges they foresee in our context.',
      'Listeners note what was the same, what was different and what surprised them.',
      'Discuss the challenges that matter most.',
    ],
    prompt: 'If we were to start applying this principle tomorrow, what challenges would we face?',
    timeboxMinutes: 60,
  },
  {
    id: 'nirvana',
    title: 'Data Mesh Nirvana',
    goal: 'Describe what good looks like: one statement of the ideal future this group aspires to, even if it may never be fully reached.',
    steps: [
      'Split into small groups of four to six people.',
      'Each group writes a short statement of its ideal future state.',
      'A volunteer per group reads it out and explains the thinking behind it.',
      'Merge the statements into one shared Nirvana, for example in a fishbowl conversation.',
    ],
    prompt: 'Our Nirvana is…',
    timeboxMinutes: 60,
  },
  {
    id: 'keyMetrics',
    title: 'The four key metrics',
    goal: 'Make visible where our delivery performance stands today on the four key metrics, and where we believe it could be a year from now.',
    steps: [
      'Introduce the four key metrics and the research behind them.',
      'On each metric, everyone drops a Today dot in the bucket that fits best.',
      'Ask for the stories behind the dots, the outliers first.',
      'Everyone drops a dot for where we could be a year from now.',
      'Talk about the gap and the effort it implies.',
    ],
    prompt: 'Where are we today on each metric, and where could we be a year from now?',
    timeboxMinutes: 60,
  },
  {
    id: 'okrs',
    title: 'Objectives and key results',
    goal: 'Agree on the main objectives of the organisation and on measurable signals that show whether we are getting closer to them.',
    steps: [
      'Name the high-level objectives, or bring the current ones if the organisation already sets them.',
      'Brainstorm key results that would show progress towards each objective.',
      'Check that objectives are outcomes, not outputs, and that key results can be measured.',
      'Refine the set together until the group stands behind it.',
    ],
    prompt: 'Where do we want to go, and how will we know we are getting there?',
    timeboxMinutes: 75,
  },
  {
    id: 'useCases',
    title: 'Explore the use cases',
    goal: 'Find the analytical use cases that would deliver on our objectives, and choose the few we take forward.',
    steps: [
      'In groups, brainstorm use cases with the template; go for quantity.',
      'Each group presents; cluster similar ideas into efficiency gains and experience improvements.',
      'Set aside the ideas that do not need analytical data.',
      'Prioritise and select the use cases to take forward.',
    ],
    prompt: 'Which use cases would move us towards our objectives?',
    timeboxMinutes: 75,
  },
  {
    id: 'dataProducts',
    title: 'Discovering data products',
    goal: 'Identify the data products that would serve the selected use cases, and sketch how they feed each other.',
    steps: [
      'For each selected use case, describe the job of the data products it needs.',
      'Name the sources of each one: master data, operational systems, manual input or other data products.',
      'Name its consumers: people, roles, other systems or other data products.',
      'Draw a link wherever one data product consumes another: that is the interaction map.',
    ],
    prompt: 'If you were to hire a data product to help address this Use Case, what would its job be?',
    timeboxMinutes: 90,
  },
  {
    id: 'review',
    title: 'Wrap-up and review',
    goal: 'Close the workshop by looking back at what we produced and learned, and by agreeing on what comes next.',
    steps: [
      'Recap the objectives, use cases and data products we found.',
      'Share observations, learnings and recommendations.',
      'Agree on the next steps and who takes them.',
      'Consider inviting interested stakeholders from outside the group.',
    ],
    prompt: 'What did we achieve, and what do we do next?',
    timeboxMinutes: 60,
  },
  {
    id: 'futurespective',
    title: 'Futurespective',
    goal: 'Imagine where this journey will have taken us, so that the destination feels concrete.',
    steps: [
      'Picture the organisation a year from now.',
      'Everyone writes the LinkedIn post they would like to publish then.',
      'Read a few posts aloud and notice the common themes.',
    ],
    prompt: 'A year from now, what would you post on LinkedIn about our data mesh journey?',
    timeboxMinutes: 20,
  },
  {
    id: 'checkout',
    title: 'Check-out',
    goal: 'End on a personal note and collect a quick impression from everyone before we leave.',
    steps: [
      'Everyone writes one word that sums up how they are leaving.',
      'Go round: each person says their word, with a sentence if they like.',
      'Thank everyone and close the workshop.',
    ],
    prompt: 'One word before leaving: how do you feel about the journey ahead?',
    timeboxMinutes: 10,
  },
];

/** Every activity's definition, by id. */
export const ACTIVITIES: Readonly<Record<ActivityId, ActivityDefinition>> = Object.fromEntries(
  DEFINITIONS.map((definition) => [definition.id, definition]),
) as Record<ActivityId, ActivityDefinition>;
