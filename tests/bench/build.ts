import { buildAccelerateBoard, createEmulatedMiro } from '../../src/index';

const LATENCY_MS = 20;

async function timedBuild(concurrency?: number) {
  const emulated = createEmulatedMiro({ latencyMs: LATENCY_MS });
  const started = performance.now();
  const report = await buildAccelerateBoard(emulated.miro, { concurrency });
  return { ms: performance.now() - started, report, stats: emulated.stats() };
}

/** Build: calls per created item, credits, and time against the same calls made one at a time. */
export async function benchBuild(): Promise<void> {
  const parallel = await timedBuild();
  const sequential = await timedBuild(1);
  const { report, stats } = parallel;
  console.log(`\nBuild Accelerate board (emulated board, ${LATENCY_MS} ms per call)`);
  console.log(`  items created            ${report.created}`);
  console.log(`  SDK calls                ${stats.calls}  (${(stats.calls / report.created).toFixed(2)} per created item; goal ≤ 1.3)`);
  console.log(`  credits                  ${stats.credits}  (limit 100,000 per minute; rate-limited calls: ${stats.rateLimited})`);
  console.log(`  build time               ${parallel.ms.toFixed(0)} ms`);
  console.log(`  one-call-at-a-time ref.  ${sequential.ms.toFixed(0)} ms  (same ${sequential.stats.calls} calls)`);
  console.log(`  speed-up                 ${(sequential.ms / parallel.ms).toFixed(1)}×  (goal ≥ 6×)`);
  const rerun = createEmulatedMiro();
  await buildAccelerateBoard(rerun.miro);
  rerun.resetStats();
  const again = await buildAccelerateBoard(rerun.miro);
  console.log(`  re-run: created ${again.created}, SDK calls ${rerun.stats().calls}, credits ${rerun.stats().credits}`);
}
