/** Time as the MURAL adapter sees it; tests pass one that advances at once, shared with the emulated MURAL (`now`). */
export type MuralClock = {
  now(): number;
  sleep(ms: number): Promise<void>;
};

export const realMuralClock: MuralClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
