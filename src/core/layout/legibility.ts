import type { BoardPlan, PlannedFrame, PlannedItem } from '../plan';
import { FIT_SCREEN } from './style';

/**
 * How legible a planned frame is when it fills a 1440×900 screen: the zoom that fits the frame,
 * and each written item's rendered font size (font size × zoom, screen px). Pure arithmetic over
 * a plan; tests hold it to the bar (≥ 10 px everywhere, area titles ≥ 14 px, headings ≥ 24 px).
 */
export type LegibilityRole = 'heading' | 'area' | 'text';

export type RenderedText = { frame: PlannedFrame['activity']; key: string; role: LegibilityRole; px: number };

/** The zoom at which a frame of this size just fits the screen. */
export function fitZoom(frame: { width: number; height: number }): number {
  return Math.min(FIT_SCREEN.width / frame.width, FIT_SCREEN.height / frame.height);
}

/** The role an item's text plays for the bar. Sticky notes are left out: Miro sizes their text to fit. */
export function legibilityRole(frame: PlannedFrame, item: PlannedItem): LegibilityRole | undefined {
  if (item.kind === 'sticky' || item.content === '') return undefined;
  if (item.key === `${frame.activity}/title`) return 'heading';
  if (item.key.includes('/area/')) return 'area';
  return 'text';
}

/** Every written item of a plan with the size it renders at in its frame's fit zoom. */
export function renderedTexts(plan: BoardPlan, extra: ReadonlyMap<string, readonly PlannedItem[]> = new Map()): RenderedText[] {
  return plan.frames.flatMap((frame) => {
    const zoom = fitZoom(frame);
    return [...frame.items, ...(extra.get(frame.activity) ?? [])].flatMap((item) => {
      const role = legibilityRole(frame, item);
      return role && item.kind !== 'sticky' ? [{ frame: frame.activity, key: item.key, role, px: item.fontSize * zoom }] : [];
    });
  });
}

/** The least each role must render at, screen px. */
export const LEGIBILITY_BAR: Readonly<Record<LegibilityRole, number>> = { heading: 24, area: 14, text: 10 };
