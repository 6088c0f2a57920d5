import { buildAccelerateBoard, createEmulatedMiro, tallyKeyMetrics } from '../../src/index';
import { tallyBoard } from '../../src/core/tally/tallyBoard';
import { readSnapshot } from '../../src/miro/readSnapshot';

/** A built board with `dots` circles spread over the 48 buckets (and a few elsewhere). */
async function boardWithDots(dots: number) {
  const emulated = createEmulatedMiro();
  await buildAccelerateBoard(emulated.miro);
  const snapshot = await readSnapshot(emulated.miro);
  const buckets = Object.entries(snapshot.ledger!.items)
    .filter(([key]) => /\/bucket\/\d$/.test(key))
    .map(([, id]) => snapshot.items.find((item) => item.id === id)!);
  for (let i = 0; i < dots; i++) {
    const bucket = buckets[(i * 7) % buckets.length]!;
    const x = bucket.x - bucket.width / 2 + 10 + ((i * 13) % (bucket.width - 20));
    const y = bucket.y - bucket.height / 2 + 10 + ((i * 29) % (bucket.height - 20));
    emulated.participant.addShape({ shape: 'circle', x, y, width: 30, height: 30 });
  }
  return emulated;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Tally: SDK reads at 100 and 10,000 dots, compute time, writes of an unchanged re-tally. */
export async function benchTally(): Promise<void> {
  console.log('\nTally the 4 key metrics');
  for (const dots of [100, 10_000]) {
    const emulated = await boardWithDots(dots);
    await tallyKeyMetrics(emulated.miro);
    emulated.resetStats();
    const tally = await tallyKeyMetrics(emulated.miro);
    const stats = emulated.stats();
    const counted = tally.metrics.flatMap((m) => m.horizons).reduce((sum, scale) => sum + scale.total, 0);
    const writes = stats.calls - (stats.byMethod['board.get']?.calls ?? 0) - (stats.byMethod['collection.get']?.calls ?? 0);
    console.log(`  ${String(dots).padStart(6)} dots: ${stats.calls} SDK calls per tally (writes ${writes} on an unchanged re-tally), ${counted} dots counted`);
    if (dots === 10_000) {
      const snapshot = await readSnapshot(emulated.miro);
      const times: number[] = [];
      for (let run = 0; run < 15; run++) {
        const started = performance.now();
        tallyBoard(snapshot);
        times.push(performance.now() - started);
      }
      console.log(`  compute, 10,000 dots over 48 buckets: median ${median(times).toFixed(1)} ms of 15 runs (goal < 50 ms)`);
    }
  }
}
