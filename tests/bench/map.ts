/**
 * *Draw interaction map* figures: layout time for a large map (200 data products, 400 links,
 * goal < 200 ms) and SDK calls for a re-run with nothing changed (goal: reads only).
 * `npx tsx tests/bench/map.ts`, or `benchMap()` from the bench index.
 */
import { pathToFileURL } from 'node:url';
import { addDataProduct } from '../../src/actions/addDataProduct';
import { buildAccelerateBoard } from '../../src/actions/buildAccelerateBoard';
import { drawInteractionMap } from '../../src/actions/drawInteractionMap';
import { analyseInteractionMap } from '../../src/core/map/analyseInteractionMap';
import { planArrangedCopy } from '../../src/core/map/arrangedCopy';
import type { InteractionGraph } from '../../src/core/map/interactionGraph';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import { loadDagreLayout } from '../../src/graphLayout/dagreLayout';
import { readSnapshot } from '../../src/miro/readSnapshot';

const PRODUCTS = 200;
const LINKS = 400;
const TIERS = 5;
const RUNS = 7;

type Shape = 'layered' | 'random';

/**
 * A deterministic pseudo-random map of 200 data products and 400 links. `layered`: five tiers
 * (source-aligned → aggregate → consumer-aligned), links to the next tier or, one in five, the
 * one after — how a mesh is built. `random`: links between any two products, lower index to higher:
 * long links everywhere, a worst case for a layered layout.
 */
function largeGraph(shape: Shape): InteractionGraph {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = (from: number, count: number) => from + Math.floor(random() * count);
  const products = Array.from({ length: PRODUCTS }, (_, i) => ({
    itemId: `p${i}`, key: `product ${i}`, name: `Product ${i}`, job: 'job', sources: [], consumers: [], owner: '', useCase: '',
  }));
  const tier = PRODUCTS / TIERS;
  const links = new Map<string, { from: string; to: string; written: boolean; drawnConnectorIds: string[] }>();
  while (links.size < LINKS) {
    let from: number;
    let to: number;
    if (shape === 'layered') {
      const t = pick(0, TIERS - 1);
      const span = t + 2 < TIERS && random() < 0.2 ? 2 : 1;
      [from, to] = [pick(t * tier, tier), pick((t + span) * tier, tier)];
    } else {
      const [a, b] = [pick(0, PRODUCTS), pick(0, PRODUCTS)];
      if (a === b) continue;
      [from, to] = a < b ? [a, b] : [b, a];
    }
    links.set(`${from}->${to}`, { from: `p${from}`, to: `p${to}`, written: true, drawnConnectorIds: [] });
  }
  const externals = (prefix: string, first: number) =>
    Array.from({ length: 20 }, (_, i) => ({ key: `${prefix} ${i}`, name: `${prefix} ${i}`, productIds: [`p${pick(first, tier)}`] }));
  return {
    products, links: [...links.values()], sourceSystems: externals('system', 0), consumers: externals('team', PRODUCTS - tier),
    unresolved: [], ambiguous: [], selfReferences: [],
  };
}

async function layoutFigures() {
  const started = performance.now();
  const layout = await loadDagreLayout();
  const loadMs = performance.now() - started;
  const region = { left: 0, top: 0, width: 2152, height: 1400 };
  console.log(`\nDraw interaction map: arranged copy of ${PRODUCTS} data products, ${LINKS} links, 40 sources and consumers (dagre + plan)`);
  console.log(`  load dagre (dynamic import)   ${loadMs.toFixed(0)} ms`);
  for (const shape of ['layered', 'random'] as const) {
    const graph = largeGraph(shape);
    const times: number[] = [];
    let scale = 1;
    for (let run = 0; run < RUNS; run++) {
      const begin = performance.now();
      scale = planArrangedCopy(graph, region, layout).scale;
      times.push(performance.now() - begin);
    }
    const first = times[0]!;
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(
      `  ${shape.padEnd(8)} median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, first (cold) ${first.toFixed(0)} ms` +
        `  (goal < 200 ms; ×${scale.toFixed(2)} to fit the map area)`,
    );
  }
}

async function rerunFigures() {
  const emulated = createEmulatedMiro();
  await buildAccelerateBoard(emulated.miro);
  for (let i = 0; i < 12; i++) {
    await addDataProduct(emulated.miro, {
      name: `Product ${i}`,
      job: `job ${i}`,
      sources: i === 0 ? ['ERP'] : [`Product ${i - 1}`, `System ${i % 3}`],
      consumers: [`Team ${i % 4}`],
    });
  }
  const analysis = analyseInteractionMap(await readSnapshot(emulated.miro));
  const first = await drawInteractionMap(emulated.miro);
  emulated.resetStats();
  const again = await drawInteractionMap(emulated.miro);
  const stats = emulated.stats();
  const methods = Object.entries(stats.byMethod).map(([method, s]) => `${method} ${s.calls}`).join(', ');
  console.log(`\nDraw interaction map on the emulated board: ${analysis.products.length} data products, ${analysis.links.length} links`);
  console.log(`  first run    created ${first.created}, SDK calls ${first.calls}`);
  console.log(`  re-run       created ${again.created}, removed ${again.removed}, SDK calls ${stats.calls}, credits ${stats.credits}  (goal: reads only)`);
  console.log(`  re-run calls ${methods}`);
}

export async function benchMap(): Promise<void> {
  await layoutFigures();
  await rerunFigures();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchMap();
