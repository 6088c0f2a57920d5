/** What the kick-off frame says besides the agenda (plain text, our wording). */

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
