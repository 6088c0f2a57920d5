/**
 * Sizes (board pixels), font sizes (px) and hex colours shared by every frame.
 *
 * Legibility is planned, not hoped for: a frame fits a 1440×900 screen at zoom
 * `min(1440 / width, 900 / height)`, and every frame stays within `MAX_FRAME` so that at that zoom
 * the smallest font (26) renders at ≥ 10 px, area titles (38) at ≥ 14 px and frame headings (72)
 * at ≥ 24 px (checked for every configuration by `tests/core/legibility.property.test.ts`).
 */

export const FRAME_PADDING = 64;
/** The left column of every frame: goal, steps, prompt. */
export const SIDEBAR_WIDTH = 720;
/** Where a frame's activity-specific content starts, frame space. */
export const CONTENT_LEFT = FRAME_PADDING + SIDEBAR_WIDTH + 80;
/** Space between stacked blocks inside a frame. */
export const BLOCK_GAP = 48;
/** Horizontal gap between frames of one agenda part, and vertical gap between parts. */
export const FRAME_GAP = 300;

/** The screen a facilitator shows a frame on, and the largest frame that stays legible on it. */
export const FIT_SCREEN = { width: 1440, height: 900 } as const;
export const MAX_FRAME = { width: 3740, height: 2336 } as const;

export const FONT = {
  /** The frame heading in the header band. */
  title: 72,
  heading: 56,
  /** The header band's second line: agenda part, clock times, suggested timebox. */
  band: 36,
  subheading: 36,
  /** Area labels and hints. */
  area: 38,
  prompt: 30,
  body: 28,
  label: 28,
  note: 26,
  bucket: 26,
  dot: 26,
} as const;

export const COLOR = {
  frame: '#ffffff',
  text: '#1a1a1a',
  muted: '#4f5b69',
  prompt: '#2a44d4',
  onBand: '#ffffff',
  areaFill: '#f5f6f8',
  areaBorder: '#9aa3ad',
  bucketFill: '#ffffff',
  bucketBorder: '#5f6b7a',
} as const;

/**
 * One colour per agenda part (afternoon or day): a dark band colour (white text on it), a light
 * tint for the part's areas (dark text on it) and a mid tone for their borders.
 */
export type PartTheme = { readonly band: string; readonly tint: string; readonly border: string };

export const PART_THEMES: readonly PartTheme[] = [
  { band: '#1d4f91', tint: '#e8f0fb', border: '#7fa3d6' },
  { band: '#0d6b5e', tint: '#e4f4f1', border: '#6fb8ad' },
  { band: '#6a3aa2', tint: '#f1eafa', border: '#ad8fd6' },
  { band: '#a3401a', tint: '#fbece5', border: '#df9a7c' },
];

/** The cover's and the prep checklist's colours: before the agenda, in none of its parts' colours. */
export const COVER_THEME: PartTheme = { band: '#243447', tint: '#eef1f5', border: '#8a97a8' };

/** The theme of the agenda part at `index` (0-based). */
export function partTheme(index: number): PartTheme {
  return PART_THEMES[index % PART_THEMES.length] ?? PART_THEMES[0]!;
}

/** Inset of an area's label from its edges. */
export const AREA_INSET = 24;
