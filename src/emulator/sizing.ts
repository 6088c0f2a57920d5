import { assertPositive, fail } from './contentRules';
import { plainText } from './html';
import { renderedTextHeight } from './textMetric';

/** Sticky note defaults (developers.miro.com sticky-note reference): height 228 incl. shadow. */
export const STICKY_NOTE_HEIGHT = 228;
export const STICKY_NOTE_WIDTH: Record<string, number> = { square: 199, rectangle: 350 };

export const FRAME_MIN_SIZE = 100;
export const CARD_WIDTH = 320;
export const CARD_HEIGHT = 94;
/** Miro sizes text to its content when no width is given; the emulator needs a width to estimate height. */
export const TEXT_DEFAULT_WIDTH = 320;

/**
 * A sticky note keeps its aspect ratio, so it takes width or height, never both
 * (changelog 2022-03-01); the other side follows from the shape's default proportions.
 */
export function stickyNoteSize(method: string, shape: string, width: unknown, height: unknown): { width: number; height: number } {
  const defaultWidth = STICKY_NOTE_WIDTH[shape] ?? 199;
  if (width !== undefined && height !== undefined) fail(method, 'sticky notes take width or height, not both');
  if (width !== undefined) {
    const checked = assertPositive(method, 'width', width);
    return { width: checked, height: (checked * STICKY_NOTE_HEIGHT) / defaultWidth };
  }
  if (height !== undefined) {
    const checked = assertPositive(method, 'height', height);
    return { width: (checked * defaultWidth) / STICKY_NOTE_HEIGHT, height: checked };
  }
  return { width: defaultWidth, height: STICKY_NOTE_HEIGHT };
}

/** The board computes text height (read-only for apps); the emulator with its own metric, not the app's. */
export function textHeight(content: string, style: Record<string, unknown>, width: number): number {
  const fontSize = typeof style['fontSize'] === 'number' ? style['fontSize'] : 14;
  return renderedTextHeight(plainText(content), fontSize, width);
}

/**
 * Miro's frame minimum is 100×100 (frame reference). Conservative: a smaller size throws instead of
 * being silently enlarged, which would break the app's layout assumptions.
 */
export function frameSize(method: string, width: unknown, height: unknown): { width: number; height: number } {
  const size = {
    width: width === undefined ? FRAME_MIN_SIZE : assertPositive(method, 'width', width),
    height: height === undefined ? FRAME_MIN_SIZE : assertPositive(method, 'height', height),
  };
  if (size.width < FRAME_MIN_SIZE || size.height < FRAME_MIN_SIZE) {
    fail(method, `frames are at least ${FRAME_MIN_SIZE}×${FRAME_MIN_SIZE} (got ${size.width}×${size.height})`);
  }
  return size;
}
