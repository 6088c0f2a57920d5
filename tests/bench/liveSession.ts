import { buildAccelerateBoard, createEmulatedMiro, tallyKeyMetrics } from '../../src/index';
import { readSnapshot } from '../../src/miro/readSnapshot';
import { subscribeToBoardChanges, type Timers } from '../../src/miro/subscribeToBoardChanges';

const HOUR_MS = 3_600_000;
const SESSION_MS = 4 * HOUR_MS;
const MIRO_CREDITS_PER_HOUR = 1_000_000;

/** Virtual time: timers run in order as the session's clock advances; nothing waits for real. */
function virtualTimers() {
  let now = 0;
  let nextId = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    now: () => now,
    setTimeout: (run, ms) => {
      due.set(++nextId, { at: now + Math.max(0, ms), run });
      return nextId;
    },
    clearTimeout: (handle) => due.delete(handle as number),
  };
  const advanceTo = (time: number) => {
    for (;;) {
      const [id, next] = [...due].reduce<[number, { at: number; run: () => void }] | undefined>((first, entry) => (!first || entry[1].at < first[1].at ? entry : first), undefined) ?? [];
      if (id === undefined || !next || next.at > time) break;
      due.delete(id);
      now = next.at;
      next.run();
    }
    now = time;
  };
  return { timers, advanceTo };
}

/**
 * A 4-hour live session with the panel open: what the live recount costs in credits. The cost of
 * one recount is measured on the emulated board (unchanged and after a dot moved); how many
 * recounts happen is the live policy run on virtual time for a quiet room and for a busy one
 * (a board change every 500 ms for the whole session).
 */
export async function benchLiveSession(): Promise<void> {
  console.log('\nLive recount over a 4-hour session');
  const emulated = createEmulatedMiro();
  await buildAccelerateBoard(emulated.miro);
  const { ledger } = await readSnapshot(emulated.miro);
  const bucketCentre = (index: number) => {
    const bucket = emulated.items().find((item) => item.id === ledger!.items[`keyMetrics/leadTime/today/bucket/${index}`])!;
    return { x: bucket.boardX, y: bucket.boardY };
  };
  const dot = emulated.participant.addShape({ shape: 'circle', ...bucketCentre(2), width: 24, height: 24 });
  await tallyKeyMetrics(emulated.miro);
  emulated.resetStats();
  await tallyKeyMetrics(emulated.miro);
  const unchanged = emulated.stats().credits;
  const moved = bucketCentre(5);
  emulated.participant.move(dot, moved.x, moved.y);
  emulated.resetStats();
  await tallyKeyMetrics(emulated.miro);
  const changed = emulated.stats().credits;
  console.log(`  one recount: ${unchanged} credits unchanged, ${changed} after a dot moved to another bucket (emulated board)`);

  for (const [room, eventEveryMs] of [['quiet room (no board events)', 0], ['busy room (a change every 500 ms)', 500]] as const) {
    const { timers, advanceTo } = virtualTimers();
    const recounts: number[] = [];
    let emit = () => undefined as void;
    const miro = { board: { ui: { on: (_: string, handler: () => void) => void (emit = handler), off: () => undefined } } } as never;
    const stop = subscribeToBoardChanges(miro, () => recounts.push(timers.now()), { timers });
    for (let time = 0; time < SESSION_MS; time += eventEveryMs || SESSION_MS) {
      advanceTo(time);
      if (eventEveryMs) emit();
    }
    advanceTo(SESSION_MS);
    stop();
    let worstHour = 0;
    for (let start = 0, end = 0; start < recounts.length; start++) {
      while (end < recounts.length && recounts[end]! < recounts[start]! + HOUR_MS) end++;
      worstHour = Math.max(worstHour, end - start);
    }
    // Worst case: every recount in the busy room follows a change; in the quiet room none does.
    const credits = worstHour * (eventEveryMs ? changed : unchanged);
    console.log(
      `  ${room}: ${recounts.length} recounts in 4 h, at most ${worstHour} in an hour → ≤ ${credits.toLocaleString('en')} credits/hour ` +
        `(${Math.round((credits / MIRO_CREDITS_PER_HOUR) * 100)} % of Miro's 1,000,000)`,
    );
  }
}
