import { createEmulatedMural } from '../../src/muralEmulator/createEmulatedMural';
import type { MuralEmulatorOptions } from '../../src/muralEmulator/types';
import { api } from './openapi';

/** A manual clock starting at a round epoch second (2026-12-01T00:00:00Z). */
export function manualClock(start = Date.UTC(2026, 11, 1)) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    set: (ms: number) => {
      time = ms;
    },
  };
}

/** An emulator on a manual clock, and `call(method, path, body?, token?)` validated against the OpenAPI. */
export function setup(options: MuralEmulatorOptions = {}) {
  const clock = manualClock();
  const mural = createEmulatedMural({ now: clock.now, ...options });
  const call = (method: string, path: string, body?: unknown, token?: string) =>
    api(mural.fetch, mural.baseUrl, method, path, { token: token ?? mural.accessToken(), ...(body !== undefined ? { body } : {}) });
  const widgetsPath = `/murals/${mural.muralId}/widgets`;
  return { mural, clock, call, widgetsPath };
}
