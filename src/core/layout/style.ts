/** Sizes (board pixels), font sizes (px) and hex colours shared by every frame. */

export const FRAME_PADDING = 60;
/** The left column of every frame: title, timebox, goal, steps, prompt. */
export const SIDEBAR_WIDTH = 640;
/** Where a frame's activity-specific content starts, frame space. */
export const CONTENT_LEFT = FRAME_PADDING + SIDEBAR_WIDTH + 80;
/** Space between stacked blocks inside a frame. */
export const BLOCK_GAP = 48;
/** Horizontal gap between frames of one agenda part, and vertical gap between parts. */
export const FRAME_GAP = 300;

export const FONT = {
  title: 48,
  heading: 40,
  prompt: 28,
  subheading: 26,
  body: 24,
  label: 20,
  note: 18,
  bucket: 16,
  dot: 14,
} as const;

export const COLOR = {
  frame: '#ffffff',
  text: '#1a1a1a',
  muted: '#5f6b7a',
  prompt: '#3859ff',
  areaFill: '#f5f6f8',
  areaBorder: '#9aa3ad',
  bucketFill: '#ffffff',
  bucketBorder: '#5f6b7a',
} as const;

/** Inset of an area's label from its edges. */
export const AREA_INSET = 24;
