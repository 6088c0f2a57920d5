import type { Clock } from '../../src/miro/clock';

/** A clock shared by the emulated board and the app: sleeping advances time at once, so tests never wait. */
export function fakeClock(start = 0): Clock & { elapsed(): number } {
  let now = start;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
    elapsed: () => now - start,
  };
}
