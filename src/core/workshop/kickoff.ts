/** What the cover and the kick-off frame say (plain text, our wording). */

/** The cover's welcome, under its band. */
export const WELCOME: readonly string[] = [
  'This board holds the whole workshop: one frame per activity, one row per afternoon or day, in agenda order.',
  'Each frame gives its goal, the steps and the question to answer; write your answers in its coloured areas.',
];

export const KICKOFF_PURPOSE: readonly string[] = [
  'Over the coming sessions we align on where our Data Mesh transformation should take us: the ideal future, how we deliver today, our objectives, the use cases that serve them and the first data products.',
  'We leave speaking the same Data Mesh language, with a picture of the road ahead and agreed next steps.',
];

export const GROUND_RULES: readonly string[] = [
  'Phones and notifications off while we work.',
  'Stay open to perspectives other than your own.',
  'Every voice counts: speak up, and leave room for others.',
  'Respect the timeboxes; note side topics for later.',
];

/** The cover's legend: how to write on the board. */
export const HOW_TO_WRITE: readonly string[] = [
  'One idea per sticky note, a few words in large letters.',
  'Put your notes inside the coloured area they answer.',
  'Keep the app-made headings and templates; duplicate a template to use it.',
];

/** The facilitator's checklist before the workshop (our own words), in its own frame beside the cover. */
export const FACILITATOR_PREP: readonly string[] = [
  'Materials: in person, a room with wall space, a big screen, sticky notes and dot stickers; remote, this board and a video call with breakout rooms.',
  'Tools: build this board with the date and start time; try a sticky note and a dot before people arrive.',
  'The right people: a sponsor to open, business domain experts and data consumers, engineers, and data and platform people.',
  'Prepare the audience: tell everyone why this matters to the organisation and what we will decide together.',
  'Send the reading a week ahead: the Data Mesh Accelerate article and the four principles of data mesh.',
];
