import type { Frame } from '@mirohq/websdk-types';

/** Frame-space rectangles (centre and size), as planned items are. */
type FrameSpaceRect = { x: number; y: number; width: number; height: number };

/** Rounding slack: sizes on the board may be rounded to whole pixels. */
const TOLERANCE = 1;

export class FrameTooSmallError extends Error {
  constructor(
    readonly frameId: string,
    title: string,
    readonly needed: { width: number; height: number },
  ) {
    super(
      `The "${title}" frame is too small for what the app draws in it: resize it to at least ` +
        `${needed.width} × ${needed.height} px (or undo the resize), then run this again.`,
    );
    this.name = 'FrameTooSmallError';
  }
}

/**
 * Throws, before anything is written, when a facilitator has made `frame` too small for `items`:
 * Miro only attaches an item lying entirely inside a frame and keeps a child the app moves inside
 * it, so a run would otherwise fail halfway with an SDK error.
 */
export function assertFitsInFrame(frame: Frame, items: readonly FrameSpaceRect[]): void {
  const fits = (item: FrameSpaceRect) =>
    item.x - item.width / 2 >= -TOLERANCE &&
    item.y - item.height / 2 >= -TOLERANCE &&
    item.x + item.width / 2 <= frame.width + TOLERANCE &&
    item.y + item.height / 2 <= frame.height + TOLERANCE;
  if (items.every(fits)) return;
  const needed = {
    width: Math.ceil(Math.max(frame.width, ...items.map((item) => item.x + item.width / 2))),
    height: Math.ceil(Math.max(frame.height, ...items.map((item) => item.y + item.height / 2))),
  };
  throw new FrameTooSmallError(frame.id, frame.title || 'activity', needed);
}
