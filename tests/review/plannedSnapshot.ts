import type { ActivityId } from '../../src/core/activity';
import { workshopConfigFrom, type WorkshopConfigInput } from '../../src/core/config';
import { plainTextFromHtml } from '../../src/core/html';
import { planBoard } from '../../src/core/layout/planBoard';
import type { Ledger } from '../../src/core/ledger';
import type { PlannedItem } from '../../src/core/plan';
import type { BoardSnapshot, SnapshotItem } from '../../src/core/snapshot';
import { areaKey, type AreaNames } from '../../src/core/workshop/keys';

/**
 * A board as *Build Accelerate board* would leave it, as a snapshot, without the emulator: the plan's
 * frames and items at board positions (item id = its role key, frame id = `frame/<activity>`), and
 * the ledger. `note` adds a participant's sticky note in an area, in reading order.
 */
export type PlannedBoard = {
  snapshot: BoardSnapshot;
  note<A extends ActivityId>(activity: A, area: AreaNames[A], text: string): string;
  /** Changes the text of an app item (e.g. a group finishing its nirvana starter). */
  edit(key: string, text: string): void;
};

const SDK_TYPE = { text: 'text', sticky: 'sticky_note', shape: 'shape' } as const;

export function plannedBoard(config: WorkshopConfigInput = {}): PlannedBoard {
  const plan = planBoard(workshopConfigFrom(config));
  const items: SnapshotItem[] = [];
  const ledger: Ledger = { version: 1, origin: { x: 0, y: 0 }, config: workshopConfigFrom(config), frames: {}, items: {} };
  for (const frame of plan.frames) {
    const id = `frame/${frame.activity}`;
    ledger.frames[frame.activity] = id;
    items.push({ id, type: 'frame', x: frame.x, y: frame.y, width: frame.width, height: frame.height, parentId: null, text: frame.title, color: null, shape: null });
    const left = frame.x - frame.width / 2;
    const top = frame.y - frame.height / 2;
    for (const item of frame.items) {
      ledger.items[item.key] = item.key;
      items.push(snapshotItem(item, left, top, id));
    }
  }
  const filled = new Map<string, number>();
  let next = 0;
  return {
    snapshot: { items, ledger },
    note(activity, area, text) {
      const key = areaKey(activity, area);
      const shape = items.find((item) => item.id === key);
      if (!shape) throw new Error(`no area ${key}`);
      const index = filled.get(key) ?? 0;
      filled.set(key, index + 1);
      // Down a column, a pixel apart: reading order is the order of the calls, and every centre stays inside.
      const x = shape.x - shape.width / 2 + 110 + (index % 3);
      const y = shape.y - shape.height / 2 + 100 + index * ((shape.height - 140) / 2000);
      const id = `note-${++next}`;
      items.push({ id, type: 'sticky_note', x, y, width: 199, height: 228, parentId: ledger.frames[activity] ?? null, text, color: 'light_yellow', shape: 'square' });
      return id;
    },
    edit(key, text) {
      const item = items.find((candidate) => candidate.id === key);
      if (!item) throw new Error(`no item ${key}`);
      item.text = text;
    },
  };
}

function snapshotItem(item: PlannedItem, left: number, top: number, frameId: string): SnapshotItem {
  return {
    id: item.key,
    type: SDK_TYPE[item.kind],
    x: left + item.x,
    y: top + item.y,
    width: item.width,
    height: item.height,
    parentId: frameId,
    text: plainTextFromHtml(item.content),
    color: item.kind === 'sticky' ? item.color : item.kind === 'shape' ? item.fillColor : null,
    shape: item.kind === 'shape' ? item.shape : null,
  };
}
