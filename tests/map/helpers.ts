import { buildAccelerateBoard } from '../../src/actions/buildAccelerateBoard';
import { areaKey } from '../../src/core/workshop/keys';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import type { EmulatedMiro, ItemView } from '../../src/emulator/types';
import { readSnapshot } from '../../src/miro/readSnapshot';

export type MapBoard = {
  emulated: EmulatedMiro;
  frame: ItemView;
  productsArea: ItemView;
  mapArea: ItemView;
  /** A participant's sticky note in the data products area, in the next free cell of a 4-column grid. */
  addSticky(text: string): string;
  item(id: string): ItemView | undefined;
  connectors(): ItemView[];
};

const CELL = 280;

/** A built Accelerate board with helpers for the data products frame; stats reset. */
export async function mapBoard(): Promise<MapBoard> {
  const emulated = createEmulatedMiro();
  const { frames } = await buildAccelerateBoard(emulated.miro);
  const ledger = (await readSnapshot(emulated.miro)).ledger!;
  const byId = (id: string | undefined) => emulated.items().find((item) => item.id === id);
  const frame = byId(frames.dataProducts)!;
  const productsArea = byId(ledger.items[areaKey('dataProducts', 'products')])!;
  const mapArea = byId(ledger.items[areaKey('dataProducts', 'map')])!;
  let next = 0;
  emulated.resetStats();
  return {
    emulated,
    frame,
    productsArea,
    mapArea,
    addSticky(text) {
      const column = next % 4;
      const row = Math.floor(next++ / 4);
      const x = productsArea.boardX - productsArea.width / 2 + 160 + column * CELL;
      const y = productsArea.boardY - productsArea.height / 2 + 300 + row * CELL;
      return emulated.participant.addStickyNote({ text, x, y, parentId: frame.id });
    },
    item: byId,
    connectors: () => emulated.items().filter((item) => item.type === 'connector'),
  };
}

/** `start->end` of each connector, sorted. */
export function connectorPairs(connectors: readonly ItemView[]): string[] {
  return connectors.map((connector) => `${endOf(connector, 'start')}->${endOf(connector, 'end')}`).sort();
}

export function endOf(connector: ItemView, end: 'start' | 'end'): string {
  return (connector.props[end] as { item: string }).item;
}

/** Whether two items' boxes overlap (touching edges do not). */
export function overlaps(a: ItemView, b: ItemView): boolean {
  return Math.abs(a.boardX - b.boardX) < (a.width + b.width) / 2 - 0.01 && Math.abs(a.boardY - b.boardY) < (a.height + b.height) / 2 - 0.01;
}

/** Whether `item` lies entirely inside `box` (0.5 px tolerance). */
export function liesWithin(item: ItemView, box: ItemView): boolean {
  return (
    item.boardX - item.width / 2 >= box.boardX - box.width / 2 - 0.5 &&
    item.boardX + item.width / 2 <= box.boardX + box.width / 2 + 0.5 &&
    item.boardY - item.height / 2 >= box.boardY - box.height / 2 - 0.5 &&
    item.boardY + item.height / 2 <= box.boardY + box.height / 2 + 0.5
  );
}
