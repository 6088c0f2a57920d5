import type { ActivityId } from '../activity';
import type { WorkshopConfig } from '../config';
import type { PlannedItem } from '../plan';
import { ACTIVITIES } from '../workshop/activities';
import { formatMinutes, type AgendaPart } from '../workshop/agenda';
import { sidebarKey } from '../workshop/keys';
import { bottomOf, even } from './geometry';
import { itemsBottom, textAt, translate, type Block } from './items';
import { BLOCK_GAP, COLOR, CONTENT_LEFT, FONT, FRAME_PADDING, SIDEBAR_WIDTH } from './style';

/** What a frame builder sees. */
export type FrameContext = {
  readonly config: WorkshopConfig;
  readonly agenda: readonly AgendaPart[];
  /** The agenda part this frame belongs to. */
  readonly part: AgendaPart;
};

/**
 * An activity's own content. `content` goes right of the left column, `sidebarExtras` under it;
 * both are blocks in their own coordinates, placed by `composeFrame`.
 */
export type FrameBody = { content: Block; sidebarExtras?: Block };

export type FrameBuilder = (context: FrameContext) => FrameBody;

/** A frame's size and its items in frame space (centres relative to the frame's top-left). */
export type FrameLayout = { width: number; height: number; items: PlannedItem[] };

/** Frame-space top of the activity content; frame builders place content relative to it. */
export const CONTENT_TOP = FRAME_PADDING;

/** The left column every frame shares: title, timebox, goal, steps and prompt. */
export function sidebarBlock(activity: ActivityId, part: AgendaPart): Block {
  const definition = ACTIVITIES[activity];
  const minutes = part.entries.find((entry) => entry.activity === activity)?.minutes ?? definition.timeboxMinutes;
  const items: PlannedItem[] = [];
  let top = 0;
  const add = (item: PlannedItem, gap: number) => {
    items.push(item);
    top = bottomOf(item) + gap;
  };
  add(textAt(sidebarKey(activity, 'title'), [{ strong: definition.title }], 0, top, SIDEBAR_WIDTH, { fontSize: FONT.title }), 16);
  add(
    textAt(sidebarKey(activity, 'timebox'), [`${part.label} · timebox ${formatMinutes(minutes)}`], 0, top, SIDEBAR_WIDTH, {
      fontSize: FONT.label,
      color: COLOR.muted,
    }),
    32,
  );
  add(textAt(sidebarKey(activity, 'goal'), [{ strong: 'Goal' }, definition.goal], 0, top, SIDEBAR_WIDTH, { fontSize: FONT.body }), 32);
  const steps = definition.steps.map((step, index) => `${index + 1}. ${step}`);
  add(textAt(sidebarKey(activity, 'steps'), [{ strong: 'Step by step' }, ...steps], 0, top, SIDEBAR_WIDTH, { fontSize: FONT.body }), 32);
  add(
    textAt(sidebarKey(activity, 'prompt'), [{ strong: 'Prompt' }, { em: definition.prompt }], 0, top, SIDEBAR_WIDTH, {
      fontSize: FONT.prompt,
      color: COLOR.prompt,
    }),
    0,
  );
  return { width: SIDEBAR_WIDTH, height: even(itemsBottom(items)), items };
}

/** Places the left column, its extras and the content in one frame, padded on every side. */
export function composeFrame(activity: ActivityId, part: AgendaPart, body: FrameBody): FrameLayout {
  const sidebar = sidebarBlock(activity, part);
  const items = translate(sidebar.items, FRAME_PADDING, FRAME_PADDING);
  let leftColumnBottom = FRAME_PADDING + sidebar.height;
  if (body.sidebarExtras) {
    const extrasTop = leftColumnBottom + BLOCK_GAP;
    items.push(...translate(body.sidebarExtras.items, FRAME_PADDING, extrasTop));
    leftColumnBottom = extrasTop + body.sidebarExtras.height;
  }
  items.push(...translate(body.content.items, CONTENT_LEFT, CONTENT_TOP));
  const contentBottom = CONTENT_TOP + body.content.height;
  return {
    width: even(CONTENT_LEFT + body.content.width + FRAME_PADDING),
    height: even(Math.max(leftColumnBottom, contentBottom) + FRAME_PADDING),
    items,
  };
}
