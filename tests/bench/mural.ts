import { addDataProduct, buildAccelerateBoard, connectMural, createEmulatedMural, drawInteractionMap, generateReview, tallyKeyMetrics } from '../../src/index';

const LATENCY_MS = 20;

function muralWithLatency(options: { lostAnswerRate?: number; failureRate?: number; seed?: number } = {}) {
  const emulated = createEmulatedMural({ latencyMs: LATENCY_MS, ...options });
  const target = connectMural({ fetch: emulated.fetch, muralId: emulated.muralId, getAccessToken: () => emulated.accessToken() });
  return { emulated, target };
}

/** Build and Tally on the emulated MURAL (REST, real time, 20 ms per request): requests per created widget, time, re-tally reads. */
export async function benchMural(): Promise<void> {
  const { emulated, target } = muralWithLatency();
  const started = performance.now();
  const report = await buildAccelerateBoard(target);
  const buildMs = performance.now() - started;
  const build = emulated.stats();
  const widgets = emulated.widgets().length;
  console.log(`\nBuild Accelerate board on a mural (emulated MURAL, ${LATENCY_MS} ms per request)`);
  console.log(`  widgets created          ${report.created} planned + ${widgets - report.created} ownership records = ${widgets}`);
  console.log(`  requests                 ${build.requests}  (${(build.requests / widgets).toFixed(3)} per created widget; goal ≤ 0.15)`);
  console.log(`  by route                 ${Object.entries(build.byRoute).map(([route, n]) => `${route.replace('/murals/{muralId}', '')} ×${n}`).join(', ')}`);
  console.log(`  build time               ${buildMs.toFixed(0)} ms  (rate-limited: ${build.rateLimited})`);

  emulated.resetStats();
  const rerunStarted = performance.now();
  const again = await buildAccelerateBoard(target);
  console.log(`  re-run: created ${again.created}, requests ${emulated.stats().requests} (reads only), ${(performance.now() - rerunStarted).toFixed(0)} ms`);

  emulated.resetStats();
  const tallyStarted = performance.now();
  const first = await tallyKeyMetrics(target);
  const tallyMs = performance.now() - tallyStarted;
  console.log(`\nTally on a mural`);
  console.log(`  first tally              ${emulated.stats().requests} requests, chart created ${first.board.created}, ${tallyMs.toFixed(0)} ms`);
  emulated.resetStats();
  const unchanged = await tallyKeyMetrics(target);
  const total = emulated.widgets().length;
  console.log(
    `  unchanged re-tally       ${emulated.stats().requests} reads for ${total} widgets (≤ ${Math.ceil(total / 100)} = one page per 100), writes ${unchanged.board.created + unchanged.board.updated + unchanged.board.removed}`,
  );

  const flaky = muralWithLatency({ lostAnswerRate: 0.1, failureRate: 0.1, seed: 5 });
  const flakyStarted = performance.now();
  const flakyReport = await buildAccelerateBoard(flaky.target);
  const flakyStats = flaky.emulated.stats();
  console.log(
    `  build, 10 % failures + 10 % lost answers: ${flakyStats.requests} requests for ${flakyReport.created} widgets, ${(performance.now() - flakyStarted).toFixed(0)} ms (failures ${flakyStats.failures}, lost ${flakyStats.lostAnswers})`,
  );
}

/** The rest of the workshop on the built mural: Add data product, Draw interaction map (links + arranged copy), Generate review; first run and unchanged re-run. */
export async function benchMuralWorkshop(): Promise<void> {
  const { emulated, target } = muralWithLatency();
  await buildAccelerateBoard(target);
  const area = emulated.widgets().find((widget) => widget.type === 'area' && /data products/i.test(String(widget.title)) && !/map/i.test(String(widget.title)))!;
  const notes = ['Orders\nSources: ERP\nConsumers: Customer 360', 'Customer 360\nSources: Orders, CRM', 'Churn forecast\nSources: Customer 360\nConsumers: Finance'];
  await emulated.fetch(`${emulated.baseUrl}/murals/${emulated.muralId}/widgets/sticky-note`, {
    method: 'POST',
    headers: { authorization: `Bearer ${emulated.tokenFor('Ana')}`, 'content-type': 'application/json' },
    body: JSON.stringify(notes.map((text, i) => ({ shape: 'rectangle', x: 100 + i * 300, y: 400, width: 200, height: 200, text, parentId: area.id }))),
  });
  const line = (label: string) => {
    const stats = emulated.stats();
    console.log(`  ${label.padEnd(28)} ${stats.requests} requests  (${Object.entries(stats.byRoute).map(([route, n]) => `${route.replace('/murals/{muralId}', '')} ×${n}`).join(', ')})`);
    emulated.resetStats();
  };
  console.log(`\nThe rest of the workshop on a mural (${emulated.widgets().length} widgets)`);
  emulated.resetStats();
  await addDataProduct(target, { name: 'Retention offers', sources: 'Churn forecast', owner: 'Marketing' });
  line('add data product');
  await drawInteractionMap(target);
  line('draw map (links + copy)');
  await drawInteractionMap(target);
  line('draw map, unchanged');
  await generateReview(target);
  line('generate review');
  await generateReview(target);
  line('generate review, unchanged');
}
