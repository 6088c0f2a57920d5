import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard } from '../../src/actions/buildAccelerateBoard';
import { InvalidConfigError, type WorkshopConfigInput } from '../../src/core/config';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import { boardShape } from '../support/boardShape';
import { fakeClock } from '../support/fakeClock';

/** Configurations a panel (or a caller of the API) could send, with the field the message must name. */
const INVALID: Array<[string, unknown, RegExp]> = [
  ['an unknown format', { format: 'hybrid' }, /\bformat\b/],
  ['a format of the wrong type', { format: 2 }, /\bformat\b/],
  ['omitting an activity that is not optional', { omit: ['kickoff'] }, /\bomit\b/],
  ['omitting an unknown activity', { omit: ['lunch'] }, /\bomit\b/],
  ['omit that is not a list', { omit: 'checkout' }, /\bomit\b/],
  ['a workshop name over 80 characters', { workshopName: 'W'.repeat(81) }, /\bworkshopName\b/],
  ['a workshop name that is not text', { workshopName: 42 }, /\bworkshopName\b/],
  ['an unknown field', { group: 3 }, /\bgroup\b|config/],
];

describe('invalid workshop configuration', () => {
  test.each(INVALID)('%s: the message names the field, and nothing is written to a new board', async (_label, config, field) => {
    const emulated = createEmulatedMiro();
    const failure = buildAccelerateBoard(emulated.miro, { config: config as WorkshopConfigInput });
    await expect(failure).rejects.toThrow(InvalidConfigError);
    await expect(failure).rejects.toThrow(field);
    expect(emulated.items()).toEqual([]);
    expect(emulated.stats().calls).toBe(0);
  });

  test.each(INVALID)('%s: nothing changes on a board built before', async (_label, config) => {
    const clock = fakeClock();
    const emulated = createEmulatedMiro({ now: clock.now });
    await buildAccelerateBoard(emulated.miro, { clock });
    const shape = boardShape(emulated);
    emulated.resetStats();
    await expect(buildAccelerateBoard(emulated.miro, { clock, config: config as WorkshopConfigInput })).rejects.toThrow(InvalidConfigError);
    expect(boardShape(emulated)).toEqual(shape);
    expect(emulated.stats().calls).toBe(0);
  });

  test('a name of exactly 80 characters, trimmed, is fine', async () => {
    const clock = fakeClock();
    const emulated = createEmulatedMiro({ now: clock.now });
    await expect(buildAccelerateBoard(emulated.miro, { clock, config: { workshopName: `  ${'W'.repeat(80)}  ` } })).resolves.toMatchObject({ created: expect.any(Number) });
  });
});
