import { describe, expect, it } from 'vitest';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';

function setup() {
  const emulated = createEmulatedMiro();
  return { emulated, board: emulated.miro.board };
}

describe('item metadata', () => {
  it('round-trips per item and per key, through the item and through the board', async () => {
    const { board } = setup();
    const frame = await board.createFrame({ width: 200, height: 200 });
    const other = await board.createShape();
    await frame.setMetadata('role', 'activity');
    await board.setMetadata(frame, 'activity', 'kickoff');
    expect(await frame.getMetadata()).toEqual({ role: 'activity', activity: 'kickoff' });
    expect(await frame.getMetadata('role')).toBe('activity');
    expect(await board.getMetadata(frame, 'activity')).toBe('kickoff');
    expect(await other.getMetadata()).toEqual({});
  });

  it('is limited to 6 KB of JSON per item and must be JSON', async () => {
    const { board } = setup();
    const shape = await board.createShape();
    await expect(shape.setMetadata('big', 'x'.repeat(6200))).rejects.toThrow(/6144 bytes/);
    await shape.setMetadata('a', 'x'.repeat(3100));
    await expect(shape.setMetadata('b', 'x'.repeat(3100))).rejects.toThrow(/6144 bytes/);
    await expect(shape.setMetadata('n', Number.NaN)).rejects.toThrow(/JSON/);
    expect(Object.keys(await shape.getMetadata())).toEqual(['a']);
  });

  it('costs one call each (50 credits) and goes with the item', async () => {
    const { emulated, board } = setup();
    const shape = await board.createShape();
    await shape.setMetadata('k', 1);
    emulated.resetStats();
    await shape.getMetadata('k');
    expect(emulated.stats().byMethod['item.getMetadata']).toMatchObject({ calls: 1, credits: 50 });
    await board.remove(shape);
    await expect(shape.getMetadata()).rejects.toThrow(/no item/);
  });

  it('is not available on groups', async () => {
    const { board } = setup();
    const group = await board.group({ items: [await board.createShape(), await board.createShape()] });
    await expect(board.setMetadata(group as never, 'k', 1)).rejects.toThrow(/groups do not support metadata/);
  });
});

describe('app data', () => {
  it('round-trips and is limited to 30 KB per app in total', async () => {
    const { board } = setup();
    await board.setAppData('version', 1);
    expect(await board.getAppData('version')).toBe(1);
    await board.setAppData('a', 'x'.repeat(16_000));
    await expect(board.setAppData('b', 'x'.repeat(16_000))).rejects.toThrow(/30720 bytes/);
    expect(await board.getAppData()).toEqual({ version: 1, a: 'x'.repeat(16_000) });
  });
});

describe('storage collections', () => {
  it('set/get/remove JSON values, copied in and out', async () => {
    const { board } = setup();
    const collection = board.storage.collection('accelerate');
    const value = { ids: ['1', '2'], n: 3 };
    await collection.set('index', value);
    value.ids.push('mutated after set');
    const read = await collection.get<{ ids: string[]; n: number }>('index');
    expect(read).toEqual({ ids: ['1', '2'], n: 3 });
    await collection.remove('index');
    expect(await collection.get('index')).toBeUndefined();
    expect(await board.storage.collection('other').get('index')).toBeUndefined();
  });

  it('rejects non-JSON and values over 64 KB per key', async () => {
    const { board } = setup();
    const collection = board.storage.collection('c');
    await expect(collection.set('k', undefined as never)).rejects.toThrow(/JSON/);
    await expect(collection.set('k', { when: new Date() } as never)).rejects.toThrow(/JSON/);
    await expect(collection.set('k', 'x'.repeat(64 * 1024))).rejects.toThrow(/65536/);
    await expect(collection.set('k', 'x'.repeat(64 * 1024 - 2))).resolves.toBeUndefined();
  });

  it('onValue sends the current value on subscribe, then fires on set and remove, asynchronously, until offValue', async () => {
    const { board } = setup();
    const collection = board.storage.collection('live');
    await collection.set('state', { phase: 'intro' });
    const seen: unknown[] = [];
    const handler = (value: unknown) => seen.push(value);
    await collection.onValue('state', handler);
    await Promise.resolve();
    expect(seen).toEqual([{ phase: 'intro' }]);
    const setting = collection.set('state', { phase: 'vote' });
    expect(seen).toEqual([{ phase: 'intro' }]);
    await setting;
    await Promise.resolve();
    expect(seen).toEqual([{ phase: 'intro' }, { phase: 'vote' }]);
    await collection.remove('state');
    await Promise.resolve();
    expect(seen).toEqual([{ phase: 'intro' }, { phase: 'vote' }, undefined]);
    await collection.offValue('state', handler);
    await collection.set('state', 'later');
    await Promise.resolve();
    expect(seen).toHaveLength(3);
  });

  it('collection() itself is free; set/get cost 50', async () => {
    const { emulated, board } = setup();
    const collection = board.storage.collection('free');
    expect(emulated.stats().calls).toBe(0);
    await collection.set('k', 1);
    await collection.get('k');
    expect(emulated.stats()).toMatchObject({ calls: 2, credits: 100 });
    expect(emulated.stats().byMethod['collection.set']).toMatchObject({ calls: 1, credits: 50 });
  });
});
