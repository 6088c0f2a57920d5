import { buildAccelerateBoard } from '../../src/actions/buildAccelerateBoard';
import type { ActivityId } from '../../src/core/activity';
import type { WorkshopConfigInput } from '../../src/core/config';
import { REVIEW_CONTENT_REGION } from '../../src/core/layout/frames/review';
import { REVIEW_KEY_PREFIX } from '../../src/core/review/reviewLayout';
import { MAX_REVIEW_PAGES, reviewPageKeyPrefix } from '../../src/core/review/reviewPages';
import { activityOfKey, areaKey, type AreaNames } from '../../src/core/workshop/keys';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import type { EmulatedMiro, EmulatorOptions, ItemView } from '../../src/emulator/types';
import { clickUntilDone } from '../reliability/helpers';
import { readSnapshot } from '../../src/miro/readSnapshot';

export type ReviewBoard = {
  emulated: EmulatedMiro;
  frames: Partial<Record<ActivityId, string>>;
  /** A participant's sticky note in an area (`areaKey(...)`), in the area's next free grid cell. */
  add<A extends ActivityId>(activity: A, area: AreaNames[A], text: string): Promise<string>;
  /** The review frame as it is now. */
  reviewFrame(): ItemView;
  /** Items the app wrote for the review on every page (not the page frames), as they are now. */
  generatedItems(): Promise<ItemView[]>;
  item(id: string): ItemView | undefined;
};

/** Key prefixes of the review's items, page 1 first. */
export const REVIEW_PAGE_PREFIXES = [REVIEW_KEY_PREFIX, ...Array.from({ length: MAX_REVIEW_PAGES - 1 }, (_, index) => reviewPageKeyPrefix(index + 2))];

/** The id of a review item by its key after the page prefix (`okrs/body/2`), on whichever page it is. */
export function reviewItemId(items: Readonly<Record<string, string>>, key: string): string | undefined {
  for (const prefix of REVIEW_PAGE_PREFIXES) if (items[prefix + key]) return items[prefix + key];
  return undefined;
}

const CELL_WIDTH = 210;
const CELL_HEIGHT = 240;
const HEADER = 150;

/** A built board (default config unless given) with helpers to put participants' notes in its areas. */
export async function reviewBoard(config?: WorkshopConfigInput, emulator?: EmulatorOptions): Promise<ReviewBoard> {
  const emulated = createEmulatedMiro(emulator);
  const { frames } = await clickUntilDone(() => buildAccelerateBoard(emulated.miro, config ? { config } : undefined), emulator ? 3 : 1);
  // The test's own read: retried when the board is set to fail calls.
  const ledger = (await clickUntilDone(() => readSnapshot(emulated.miro), emulator ? 10 : 1)).ledger!;
  const byId = (id: string | undefined) => emulated.items().find((item) => item.id === id);
  const filled = new Map<string, number>();
  const areas = new Map<string, ItemView>();
  return {
    emulated,
    frames,
    async add(activity, area, text) {
      const key = areaKey(activity, area);
      // Areas stay where the build put them: looked up once (a board copy per note would be quadratic).
      const shape = areas.get(key) ?? byId(ledger.items[key]);
      if (!shape) throw new Error(`no area ${key} on the board`);
      areas.set(key, shape);
      const index = filled.get(key) ?? 0;
      filled.set(key, index + 1);
      const columns = Math.max(1, Math.floor((shape.width - 40) / CELL_WIDTH));
      const rows = Math.max(1, Math.floor((shape.height - HEADER - 20) / CELL_HEIGHT) + (shape.height > HEADER + 140 ? 1 : 0));
      const layer = Math.floor(index / (columns * rows));
      const x = shape.boardX - shape.width / 2 + 20 + CELL_WIDTH / 2 + (index % columns) * CELL_WIDTH + layer * 3;
      const y = shape.boardY - shape.height / 2 + HEADER + (Math.floor(index / columns) % rows) * CELL_HEIGHT + layer * 3;
      return emulated.participant.addStickyNote({ text, x, y, parentId: frames[activityOfKey(key)!] });
    },
    reviewFrame: () => byId(frames.review)!,
    async generatedItems() {
      const { ledger: now } = await readSnapshot(emulated.miro);
      const ids = Object.entries(now!.items)
        .filter(([key]) => REVIEW_PAGE_PREFIXES.some((prefix) => key.startsWith(prefix)))
        .map(([, id]) => id);
      return emulated.items().filter((item) => ids.includes(item.id));
    },
    item: byId,
  };
}

/** The review frame's content region in board coordinates (centre and size). */
export function contentRegionOnBoard(frame: ItemView): { boardX: number; boardY: number; width: number; height: number } {
  return {
    boardX: frame.boardX - frame.width / 2 + REVIEW_CONTENT_REGION.x,
    boardY: frame.boardY - frame.height / 2 + REVIEW_CONTENT_REGION.y,
    width: REVIEW_CONTENT_REGION.width,
    height: REVIEW_CONTENT_REGION.height,
  };
}

/** Whether `item` lies entirely inside a centred box (0.5 px tolerance). */
export function liesWithin(item: ItemView, box: { boardX: number; boardY: number; width: number; height: number }): boolean {
  return (
    item.boardX - item.width / 2 >= box.boardX - box.width / 2 - 0.5 &&
    item.boardX + item.width / 2 <= box.boardX + box.width / 2 + 0.5 &&
    item.boardY - item.height / 2 >= box.boardY - box.height / 2 - 0.5 &&
    item.boardY + item.height / 2 <= box.boardY + box.height / 2 + 0.5
  );
}

/** The plain HTML content of an item ('' for items without content). */
export function contentOf(item: ItemView): string {
  return typeof item.props.content === 'string' ? item.props.content : '';
}
