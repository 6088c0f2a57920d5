import type { ActivityId } from '../activity';
import type { WorkshopConfig } from '../config';
import type { PlannedItem, PlannedShape } from '../plan';
import { estimateTextHeight } from '../textMetrics';
import { ACTIVITIES } from '../workshop/activities';
import { formatMinutes, type AgendaPart } from '../workshop/agenda';
import { sidebarKey } from '../workshop/keys';
import { activitySlot, clockTime, type PartSchedule } from '../workshop/schedule';
import { bottomOf, centredFromBox, even } from './geometry';
import { isAreaKey, itemsBottom, richHtml, textAt, translate, type Block, type RichLine } from './items';
import { BLOCK_GAP, COLOR, CONTENT_LEFT, FONT, FRAME_PADDING, SIDEBAR_WIDTH, type PartTheme } from './style';

/** What a frame builder sees. */
export type FrameContext = {
  readonly config: WorkshopConfig;
  readonly agenda: readonly AgendaPart[];
  /** The agenda with clock times, breaks and lunch. */
  readonly schedule: readonly PartSchedule[];
  /** The agenda part this frame belongs to. */
  readonly part: AgendaPart;
  /** The colours of that part. */
  readonly theme: PartTheme;
  /** Frame-space bottom of this activity's goal, steps and prompt (where `sidebarExtras` start, less a gap). */
  readonly sidebarBottom: number;
};

/**
 * An activity's own content. `content` goes right of the left column, `sidebarExtras` under it;
 * both are blocks in their own coordinates, placed by `composeFrame`. `fullWidth` content has no
 * left column beside it (the cover): it starts at the left padding.
 */
export type FrameBody = { content: Block; sidebarExtras?: Block; fullWidth?: boolean };

export type FrameBuilder = (context: FrameContext) => FrameBody;

/** A frame's size and its items in frame space (centres relative to the frame's top-left). */
export type FrameLayout = { width: number; height: number; items: PlannedItem[] };

/** The header band: one line of heading and one line of part, times and timebox (frames are wide enough). */
const BAND_TITLE_HEIGHT = even(estimateTextHeight('X', FONT.title, 1000) + 32);
export const BAND_HEIGHT = BAND_TITLE_HEIGHT + even(estimateTextHeight('X', FONT.band, 1000) + 16);
/** Frame-space top of the activity content; frame builders place content relative to it. */
export const CONTENT_TOP = BAND_HEIGHT + BLOCK_GAP;

/** The header band's second line: agenda part, clock times and the suggested timebox. */
export function bandSubline(activity: ActivityId, context: Pick<FrameContext, 'schedule' | 'part'>): string {
  const slot = activitySlot(context.schedule, activity);
  const minutes = slot?.minutes ?? ACTIVITIES[activity].timeboxMinutes;
  const clock = slot ? ` · ${clockTime(slot.start)}–${clockTime(slot.start + minutes)}` : '';
  return `${context.part.label}${clock} · suggested timebox ${formatMinutes(minutes)}`;
}

function bandShape(key: string, lines: readonly RichLine[], top: number, width: number, height: number, fontSize: number, theme: PartTheme): PlannedShape {
  return {
    kind: 'shape',
    key,
    ...centredFromBox({ left: 0, top, width, height }),
    shape: 'rectangle',
    content: richHtml(lines),
    fillColor: theme.band,
    borderColor: theme.band,
    borderWidth: 1,
    fontSize,
    color: COLOR.onBand,
    textAlign: 'left',
    textAlignVertical: 'middle',
  };
}

/** What a frame's header band says: the heading in bold, then one line under it; keys `<keyBase>/title` and `<keyBase>/timebox`. */
export type FrameHeading = { readonly keyBase: string; readonly title: string; readonly subline: string };

/** An activity's heading: its title, then part, clock times and timebox. */
export function activityHeading(activity: ActivityId, context: Pick<FrameContext, 'schedule' | 'part'>): FrameHeading {
  return { keyBase: activity, title: ACTIVITIES[activity].title, subline: bandSubline(activity, context) };
}

/** The header band across a frame's top. */
export function headerBand(heading: FrameHeading, theme: PartTheme, width: number): Block {
  const titleHeight = BAND_TITLE_HEIGHT;
  const sublineHeight = BAND_HEIGHT - BAND_TITLE_HEIGHT;
  return {
    width,
    height: BAND_HEIGHT,
    items: [
      bandShape(`${heading.keyBase}/title`, [{ strong: heading.title }], 0, width, titleHeight, FONT.title, theme),
      bandShape(`${heading.keyBase}/timebox`, [heading.subline], titleHeight, width, sublineHeight, FONT.band, theme),
    ],
  };
}

/** The left column every frame shares: goal, steps and prompt. */
export function sidebarBlock(activity: ActivityId): Block {
  const definition = ACTIVITIES[activity];
  const items: PlannedItem[] = [];
  let top = 0;
  const add = (item: PlannedItem) => {
    items.push(item);
    top = bottomOf(item) + 32;
  };
  add(textAt(sidebarKey(activity, 'goal'), [{ strong: 'Goal' }, definition.goal], 0, top, SIDEBAR_WIDTH, { fontSize: FONT.body }));
  const steps = definition.steps.map((step, index) => `${index + 1}. ${step}`);
  add(textAt(sidebarKey(activity, 'steps'), [{ strong: 'Step by step' }, ...steps], 0, top, SIDEBAR_WIDTH, { fontSize: FONT.body }));
  add(
    textAt(sidebarKey(activity, 'prompt'), [{ strong: 'Prompt' }, { em: definition.prompt }], 0, top, SIDEBAR_WIDTH, {
      fontSize: FONT.prompt,
      color: COLOR.prompt,
    }),
  );
  return { width: SIDEBAR_WIDTH, height: even(itemsBottom(items)), items };
}

/** Areas take their part's tint and border, so each afternoon or day reads as one colour. */
function tinted(items: readonly PlannedItem[], theme: PartTheme): PlannedItem[] {
  return items.map((item) =>
    item.kind === 'shape' && isAreaKey(item.key) ? { ...item, fillColor: theme.tint, borderColor: theme.border } : item,
  );
}

/**
 * Places the header band, the left column (`sidebar`: an activity's goal, steps and prompt; none for
 * `fullWidth` bodies), its extras and the content in one frame, padded on every side.
 */
export function composeFrame(heading: FrameHeading, theme: PartTheme, body: FrameBody, sidebar?: Block): FrameLayout {
  // sidebarBottom is computed by `sidebarBottomOf`; builders that line extras up with content use it.
  const contentLeft = body.fullWidth ? FRAME_PADDING : CONTENT_LEFT;
  const width = even(contentLeft + body.content.width + FRAME_PADDING);
  const band = headerBand(heading, theme, width);
  const top = CONTENT_TOP;
  const items = [...band.items];
  let leftColumnBottom = top;
  if (!body.fullWidth && sidebar) {
    items.push(...translate(sidebar.items, FRAME_PADDING, top));
    leftColumnBottom = top + sidebar.height;
  }
  if (body.sidebarExtras) {
    const extrasTop = leftColumnBottom + (body.fullWidth ? 0 : BLOCK_GAP);
    items.push(...translate(body.sidebarExtras.items, FRAME_PADDING, extrasTop));
    leftColumnBottom = extrasTop + body.sidebarExtras.height;
  }
  items.push(...translate(body.content.items, contentLeft, top));
  const contentBottom = top + body.content.height;
  return {
    width,
    height: even(Math.max(leftColumnBottom, contentBottom) + FRAME_PADDING),
    items: tinted(items, theme),
  };
}

/** Frame-space top of `sidebarExtras` for an activity with the left column. */
export function sidebarBottomOf(activity: ActivityId): number {
  return CONTENT_TOP + sidebarBlock(activity).height + BLOCK_GAP;
}
