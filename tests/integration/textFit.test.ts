import { describe, expect, test } from 'vitest';
import type { ItemView } from '../../src/emulator/types';
import { liesInside } from '../support/boardShape';
import { fillWorkshop, runAction, workshopBoard } from '../reliability/helpers';

/** Overlap of two items' boxes, in board px² (0 when they only touch). */
const overlap = (a: ItemView, b: ItemView) =>
  Math.max(0, Math.min(a.boardX + a.width / 2, b.boardX + b.width / 2) - Math.max(a.boardX - a.width / 2, b.boardX - b.width / 2)) *
  Math.max(0, Math.min(a.boardY + a.height / 2, b.boardY + b.height / 2) - Math.max(a.boardY - a.height / 2, b.boardY - b.height / 2));

/** Text items (heights as the board renders them) that leave their frame or run into another text. */
function misfits(items: ItemView[], appIds: ReadonlySet<string>): string[] {
  const frames = new Map(items.filter((item) => item.type === 'frame').map((frame) => [frame.id, frame]));
  const texts = items.filter((item) => item.type === 'text' && appIds.has(item.id) && item.parentId);
  const found: string[] = [];
  for (const text of texts) {
    const frame = frames.get(text.parentId!)!;
    if (!liesInside(text, frame)) found.push(`outside ${String(frame.props.title)}: ${String(text.props.content).slice(0, 60)}`);
    for (const other of texts) {
      if (other.id < text.id && other.parentId === text.parentId && overlap(text, other) > 1) {
        found.push(`overlap in ${String(frame.props.title)}: ${String(text.props.content).slice(0, 40)} / ${String(other.props.content).slice(0, 40)}`);
      }
    }
  }
  return found;
}

describe('texts fit as the board renders them, not as the app estimates them', () => {
  test.each([
    [{}],
    [{ format: 'inPerson' as const, groups: 8 }],
    [{ format: 'remote' as const, groups: 1 }],
  ])('every text the build and the actions write stays in its frame and clear of the others (%o)', async (config) => {
    const board = await workshopBoard({ config });
    await fillWorkshop(board);
    for (const action of ['tally', 'map', 'review'] as const) await runAction(board, action);
    const ledger = await board.ledger();
    const appIds = new Set([...Object.values(ledger.items), ...Object.values(ledger.frames)]);
    expect(misfits(board.emulated.items(), appIds)).toEqual([]);
  });

  test('notes in Chinese, Japanese and emoji, carried into the review, still fit', async () => {
    const board = await workshopBoard();
    await fillWorkshop(board, ['数据产品由领域团队负责并持续改进质量', '🎉🚀📈 データ製品のオーナーを決める 🎯🧭', 'Energised ✨✨✨✨✨✨✨✨✨✨✨✨', '顧客データを一か所で見られるようにしたい']);
    for (const action of ['tally', 'map', 'review'] as const) await runAction(board, action);
    const ledger = await board.ledger();
    const appIds = new Set([...Object.values(ledger.items), ...Object.values(ledger.frames)]);
    expect(misfits(board.emulated.items(), appIds)).toEqual([]);
  });
});
