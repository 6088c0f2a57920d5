import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard, connectMural, drawInteractionMap, type MuralWidget } from '../../src/index';
import { MAP_ITEM_PREFIX, MAP_LINK_PREFIX } from '../../src/core/map/mapKeys';
import { areaFreeRegion } from '../../src/core/map/mapRegion';
import { AREA_TEXT } from '../../src/core/workshop/areas';
import { areaKey } from '../../src/core/workshop/keys';
import { readMural } from '../../src/mural/readMural';
import { absoluteTopLeft, asParticipant, muralSetup, muralShape, orphans, RECORD_TITLE } from './harness';

type Setup = ReturnType<typeof muralSetup>;

/** Participants' creates; on a flaky mural they try again after a failure (a lost answer took effect). */
async function participant(setup: Setup, method: string, path: string, body?: unknown): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await asParticipant(setup.emulated, 'Ana', method, path, body);
      return;
    } catch (error) {
      if (attempt >= 10 || !/: 500 /.test(String(error))) throw error;
    }
  }
}

const PRODUCTS = [
  'Orders\nSources: ERP\nConsumers: Customer 360',
  'Customer 360\nSources: Orders, CRM\nConsumers: Churn forecast',
  'Churn forecast\nSources: Customer 360\nConsumers: Retention team, Finance',
];

async function mapped(options: Parameters<typeof muralSetup>[0] = {}) {
  const setup = muralSetup(options);
  await buildAccelerateBoard(setup.target);
  const read = await readMural(setup.target.openClient());
  const area = read.snapshot.ledger!.frames.dataProducts!;
  await participant(setup, 'POST', '/widgets/sticky-note', PRODUCTS.map((text, i) => ({ shape: 'rectangle', x: 100 + i * 300, y: 400, width: 200, height: 200, text, parentId: area })));
  const region = areaFreeRegion(read.snapshot, { frameId: area, areaKey: areaKey('dataProducts', 'map'), text: AREA_TEXT.map, space: 'board' })!;
  return { ...setup, area, region };
}

function record(widgets: readonly MuralWidget[], area: string): Record<string, string> {
  const box = widgets.find((widget) => widget.title === RECORD_TITLE && widget.parentId === area)!;
  return (JSON.parse(String(box.text)) as { items: Record<string, string> }).items;
}
const entries = (items: Record<string, string>, prefix: string) => Object.entries(items).filter(([key]) => key.startsWith(prefix));

describe('The arranged copy of the interaction map on a mural', () => {
  test('boxes in the interaction map area, an arrow per link between them, all recorded; an unchanged re-run only reads', async () => {
    const s = await mapped();
    const report = await drawInteractionMap(s.target);
    expect(report.arranged).toMatchObject({ items: { created: 8, updated: 0, removed: 0 }, connectors: { created: 6, removed: 0, kept: 0 } });
    const widgets = s.emulated.widgets();
    const items = record(widgets, s.area);
    const boxes = entries(items, MAP_ITEM_PREFIX);
    // The note, 3 products, 2 source systems (ERP, CRM), 2 consumers (Retention team, Finance).
    expect(boxes.map(([key]) => key.slice(MAP_ITEM_PREFIX.length).replace(/\/.*$/, '')).sort()).toEqual(
      ['consumer', 'consumer', 'note', 'product', 'product', 'product', 'source', 'source'].sort(),
    );
    const byId = new Map(widgets.map((widget) => [widget.id, widget]));
    for (const [, id] of boxes) {
      const widget = byId.get(id)!;
      expect(widget.parentId).toBe(s.area);
      const at = absoluteTopLeft(widgets, id);
      expect(at.x).toBeGreaterThanOrEqual(s.region.left - 0.5);
      expect(at.y).toBeGreaterThanOrEqual(s.region.top - 0.5);
      expect(at.x + widget.width).toBeLessThanOrEqual(s.region.left + s.region.width + 0.5);
      expect(at.y + (widget.height ?? 0)).toBeLessThanOrEqual(s.region.top + s.region.height + 0.5);
    }
    const names = (id: string | undefined) => String(byId.get(id ?? '')?.text);
    const links = entries(items, MAP_LINK_PREFIX).map(([, id]) => byId.get(id)!);
    expect(links.map((arrow) => `${names(arrow.startRefId as string)} → ${names(arrow.endRefId as string)}`).sort()).toEqual([
      'CRM → Customer 360', 'Churn forecast → Finance', 'Churn forecast → Retention team', 'Customer 360 → Churn forecast', 'ERP → Orders', 'Orders → Customer 360',
    ]);
    for (const arrow of links) expect(arrow.parentId).toBe(s.area);
    // The products' own links are arrows too (at the root): 2 of them.
    expect(report.connectors).toEqual({ created: 2, removed: 0, kept: 0 });

    s.emulated.resetStats();
    const again = await drawInteractionMap(s.target);
    expect(again.arranged).toMatchObject({ items: { created: 0, updated: 0, removed: 0 }, connectors: { created: 0, removed: 0, kept: 6 } });
    expect(Object.keys(s.emulated.stats().byRoute)).toEqual(['GET /murals/{muralId}/widgets']);
    expect(orphans(s.emulated)).toEqual([]);
  }, 20_000);

  test('stale pieces go: a consumer no one names loses its box and arrow; a box someone deleted is made again with fresh arrows', async () => {
    const s = await mapped();
    await drawInteractionMap(s.target);
    const churn = s.emulated.widgets().find((widget) => String(widget.text).startsWith('Churn forecast\n'))!;
    await participant(s, 'PATCH', `/widgets/sticky-note/${churn.id}`, { text: 'Churn forecast\nSources: Customer 360\nConsumers: Retention team' });
    const orders = record(s.emulated.widgets(), s.area)[`${MAP_ITEM_PREFIX}product/${s.emulated.widgets().find((widget) => String(widget.text).startsWith('Orders\n'))!.id}`]!;
    await participant(s, 'DELETE', `/widgets/${orders}`);

    const report = await drawInteractionMap(s.target);
    expect(report.arranged).toMatchObject({ items: { created: 1, removed: 1 }, connectors: { created: 2 } });
    const widgets = s.emulated.widgets();
    const byId = new Map(widgets.map((widget) => [widget.id, widget]));
    const items = record(widgets, s.area);
    expect(entries(items, MAP_ITEM_PREFIX).some(([key]) => key.includes('finance'))).toBe(false);
    expect(widgets.some((widget) => widget.text === 'Finance')).toBe(false);
    // Every recorded copy arrow joins two boxes that exist; no app arrow is left pointing at a deleted box.
    const links = entries(items, MAP_LINK_PREFIX);
    expect(links).toHaveLength(5);
    for (const [, id] of links) {
      const arrow = byId.get(id)!;
      expect(byId.has(arrow.startRefId as string) && byId.has(arrow.endRefId as string)).toBe(true);
    }
    const appArrows = widgets.filter((widget) => widget.type === 'arrow' && widget.parentId === s.area);
    expect(appArrows).toHaveLength(5);
    expect(orphans(s.emulated)).toEqual([]);
  }, 20_000);

  test('two pages that draw the map at once draw it once (the build lease)', async () => {
    const single = await mapped();
    await drawInteractionMap(single.target);
    const s = await mapped();
    const slow = (ms: number) => async (input: RequestInfo | URL, init?: RequestInit) => {
      await s.clock.sleep(ms);
      return s.emulated.fetch(input, init);
    };
    const mine = connectMural({ fetch: slow(1), muralId: s.emulated.muralId, getAccessToken: () => s.emulated.accessToken(), clock: s.clock });
    const theirs = connectMural({ fetch: slow(3), muralId: s.emulated.muralId, getAccessToken: () => s.emulated.tokenFor('Co-facilitator'), clock: s.clock });
    const [a, b] = await Promise.all([drawInteractionMap(mine), drawInteractionMap(theirs)]);
    expect(a.connectors.created + b.connectors.created).toBe(2);
    const arrowsOf = (widgets: readonly MuralWidget[]) => widgets.filter((widget) => widget.type === 'arrow').length;
    expect(arrowsOf(s.emulated.widgets())).toBe(arrowsOf(single.emulated.widgets()));
    expect(muralShape(s.emulated.widgets().filter((widget) => widget.type !== 'arrow'))).toEqual(muralShape(single.emulated.widgets().filter((widget) => widget.type !== 'arrow')));
  }, 30_000);

  test('10 % failures and lost answers: the same copy as a clean run, no duplicate, no orphan', async () => {
    const clean = await mapped();
    await drawInteractionMap(clean.target);
    const inArea = (widgets: readonly MuralWidget[], area: string) => widgets.filter((widget) => widget.parentId === area && widget.title !== RECORD_TITLE && (widget.type !== 'sticky note'));
    const expected = muralShape(inArea(clean.emulated.widgets(), clean.area));
    let faults = 0;
    for (const [seed, rates] of [[1, { failureRate: 0.1 }], [2, { lostAnswerRate: 0.1 }], [3, { lostAnswerRate: 0.1, failureRate: 0.1 }], [4, { lostAnswerRate: 0.15 }]] as const) {
      const s = await mapped({ ...rates, seed });
      const before = s.emulated.stats();
      await drawInteractionMap(s.target);
      const after = s.emulated.stats();
      faults += after.failures - before.failures + after.lostAnswers - before.lostAnswers;
      expect(muralShape(inArea(s.emulated.widgets(), s.area)), `seed ${seed}`).toEqual(expected);
      expect(orphans(s.emulated), `seed ${seed}`).toEqual([]);
    }
    expect(faults).toBeGreaterThan(3);
  }, 60_000);
});
