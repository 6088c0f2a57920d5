import { describe, expect, it } from 'vitest';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import { readItem } from './helpers';

describe('unsupported items (stamps, stickers, emoji, pen strokes)', () => {
  it('exist only through participant.addUnsupported and come back from board.get with their geometry', async () => {
    const emulated = createEmulatedMiro();
    const frame = await emulated.miro.board.createFrame({ x: 0, y: 0, width: 1000, height: 1000 });
    const stampId = emulated.participant.addUnsupported({ type: 'stamp', x: 100, y: -100, width: 40, height: 30, parentId: frame.id });
    emulated.participant.addUnsupported({ type: 'curve', x: 3000, y: 0, width: 200, height: 80 });
    const [stamp] = await emulated.miro.board.get({ type: 'stamp' });
    expect(stamp).toMatchObject({ id: stampId, type: 'stamp', x: 600, y: 400, width: 40, height: 30, parentId: frame.id });
    expect(await emulated.miro.board.get({ type: ['curve', 'emoji', 'sticker'] })).toHaveLength(1);
  });

  it('the SDK has no way to create them: a member the SDK lacks reads undefined, as in Miro', () => {
    const { miro } = createEmulatedMiro();
    const board = miro.board as unknown as Record<string, unknown>;
    expect(board['createStamp']).toBeUndefined();
    expect(board['id']).toBeUndefined();
    // A member the SDK has but the emulator does not implement throws at the first touch.
    expect(() => board['createImage']).toThrow(/miro\.board\.createImage is not supported by the emulator/);
  });

  it('the SDK can move them and remove them, but not resize them', async () => {
    const emulated = createEmulatedMiro();
    const { board } = emulated.miro;
    const id = emulated.participant.addUnsupported({ type: 'emoji', x: 0, y: 0, width: 50, height: 50 });
    const emoji = await readItem(board, id);
    emoji.x = 250;
    await emoji.sync();
    expect(emulated.items()[0]).toMatchObject({ x: 250, width: 50 });

    const again = await readItem(board, id);
    again.width = 100;
    await expect(again.sync()).rejects.toThrow(/cannot resize unsupported/);

    await board.remove(await board.getById(id));
    expect(emulated.items()).toHaveLength(0);
  });

  it('cannot be attached to a frame through the SDK', async () => {
    const emulated = createEmulatedMiro();
    const { board } = emulated.miro;
    const frame = await board.createFrame({ width: 1000, height: 1000 });
    const id = emulated.participant.addUnsupported({ type: 'sticker', x: 0, y: 0, width: 50, height: 50 });
    await expect(frame.add((await board.getById(id)) as never)).rejects.toThrow(/cannot attach unsupported/);
  });
});
