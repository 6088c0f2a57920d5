import type { EmulatedMiro, ItemView } from '../../src/emulator/types';
import { plainTextFromHtml } from '../../src/core/html';

/** What a facilitator would see of a board, independent of item ids: for comparing two boards. */
export function boardShape(emulated: EmulatedMiro): string[] {
  const items = emulated.items();
  const titleOf = new Map(items.filter((item) => item.type === 'frame').map((item) => [item.id, String(item.props.title)]));
  return items
    .map((item) => describe(item, item.parentId ? titleOf.get(item.parentId) ?? '?' : '-'))
    .sort();
}

function describe(item: ItemView, frameTitle: string): string {
  const text = typeof item.props.content === 'string' ? plainTextFromHtml(item.props.content) : String(item.props.title ?? '');
  return [item.type, frameTitle, Math.round(item.x), Math.round(item.y), Math.round(item.width), Math.round(item.height), text].join(' | ');
}

/** Items lying entirely inside a rectangle given by board centre and size. */
export function liesInside(item: ItemView, frame: ItemView): boolean {
  return (
    item.boardX - item.width / 2 >= frame.boardX - frame.width / 2 - 0.5 &&
    item.boardX + item.width / 2 <= frame.boardX + frame.width / 2 + 0.5 &&
    item.boardY - item.height / 2 >= frame.boardY - frame.height / 2 - 0.5 &&
    item.boardY + item.height / 2 <= frame.boardY + frame.height / 2 + 0.5
  );
}
