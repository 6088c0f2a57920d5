import type { EmulatorStats } from '../../src/emulator/types';

export type SeedCoverage = {
  /** The seeds that ran, in order. */
  seeds: number[];
  /** SDK methods called in those runs that failed in none of them: empty when the seeds covered every kind of call. */
  neverFailed: string[];
};

/**
 * A fault test's seeds, sized to what it proves: that a failure of any SDK call the run makes is
 * handled. Runs `run(seed)` (which asserts the outcome and returns the emulator's stats) for seeds
 * 1, 2, … until every SDK method called in the runs has failed in at least one of them, and at least
 * `min` seeds have run (several independent failure patterns, not one lucky one); at most `max`.
 * Which seeds that takes follows the call order, so the test does not depend on it; the caller
 * asserts `neverFailed` is empty.
 */
export async function seedsUntilEveryCallFailed(
  run: (seed: number) => Promise<EmulatorStats>,
  { min, max }: { min: number; max: number },
): Promise<SeedCoverage> {
  const called = new Set<string>();
  const failed = new Set<string>();
  const seeds: number[] = [];
  const neverFailed = () => [...called].filter((method) => !failed.has(method)).sort();
  for (let seed = 1; seed <= max; seed++) {
    const stats = await run(seed);
    seeds.push(seed);
    for (const [method, counts] of Object.entries(stats.byMethod)) {
      if (counts.calls > 0) called.add(method);
      if (counts.failures > 0) failed.add(method);
    }
    if (seeds.length >= min && neverFailed().length === 0) break;
  }
  return { seeds, neverFailed: neverFailed() };
}
