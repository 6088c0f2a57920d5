import type { FrameId } from './activity';

/**
 * A board plan: what *Build Accelerate board* lays out, as plain data.
 *
 * Coordinate spaces (all in board pixels, all points are item centres, as in Miro):
 * - a frame's `x`,`y` are in *layout space*: relative to the top-left corner of the whole layout
 *   (the adapter adds the origin it gets from `findEmptySpace`);
 * - an item's `x`,`y` are in *frame space*: relative to its frame's top-left corner, which is
 *   exactly how Miro expresses a frame child's position (`relativeTo: 'parent_top_left'`).
 * Every item carries its `height` too (for text, an estimate: Miro sizes text itself), so that
 * layout invariants — every item inside its frame — can be checked without a board.
 */
export type BoardPlan = {
  width: number;
  height: number;
  frames: PlannedFrame[];
};

export type PlannedFrame = {
  /** The activity the frame is for, or `cover` / `prep` (the frames before the agenda). */
  activity: FrameId;
  title: string;
  /** Centre, layout space. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Hex colour. */
  fillColor: string;
  items: PlannedItem[];
};

/** Named sticky note colours (Miro accepts only these, not hex). */
export type StickyColor =
  | 'gray' | 'light_yellow' | 'yellow' | 'orange' | 'light_green' | 'green' | 'dark_green' | 'cyan'
  | 'light_pink' | 'pink' | 'violet' | 'red' | 'light_blue' | 'blue' | 'dark_blue' | 'black';

type PlannedBase = {
  /**
   * Stable role key, unique on the board, e.g. `keyMetrics/leadTime/today/bucket/1`.
   * It is how re-runs recognise what the app already made.
   */
  key: string;
  /** Centre, frame space. */
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * Participants take these away (the ready-made palette dots): once made, one that is gone or
   * moved is never recreated or moved back.
   */
  consumable?: boolean;
};

export type PlannedText = PlannedBase & {
  kind: 'text';
  /** Miro HTML: only <p> <a> <strong> <b> <em> <i> <u> <s> <br>; participant text escaped. */
  content: string;
  fontSize: number;
  /** Hex. */
  color: string;
  textAlign: 'left' | 'center' | 'right';
};

export type PlannedSticky = PlannedBase & {
  kind: 'sticky';
  content: string;
  color: StickyColor;
  shape: 'square' | 'rectangle';
};

export type PlannedShape = PlannedBase & {
  kind: 'shape';
  shape: 'rectangle' | 'round_rectangle' | 'circle';
  content: string;
  /** Hex colours. */
  fillColor: string;
  borderColor: string;
  borderWidth: number;
  fontSize: number;
  color: string;
  textAlign: 'left' | 'center' | 'right';
  textAlignVertical: 'top' | 'middle' | 'bottom';
};

export type PlannedItem = PlannedText | PlannedSticky | PlannedShape;
