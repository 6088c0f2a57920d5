import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard, drawInteractionMap } from '../../src/index';
import { readMural } from '../../src/mural/readMural';
import { asParticipant, muralSetup } from './harness';

type Arrow = { id: string; type: string; parentId?: string; startRefId?: string; endRefId?: string; points: { x: number; y: number }[]; x: number; y: number; createdBy: { id: string } };

async function builtWithProducts() {
  const setup = muralSetup();
  await buildAccelerateBoard(setup.target);
  const read = await readMural(setup.target.openClient());
  const area = read.snapshot.ledger!.frames.dataProducts!;
  const note = async (x: number, text: string) => {
    const answer = await asParticipant(setup.emulated, 'Ana', 'POST', '/widgets/sticky-note', [{ shape: 'rectangle', x, y: 400, text, parentId: area }]);
    expect(answer.status).toBe(201);
    return (answer.value as { id: string }[])[0]!.id;
  };
  const orders = await note(100, 'Orders\nConsumers: Customer 360');
  const c360 = await note(400, 'Customer 360\nSources: Orders\nConsumers: Churn forecast');
  const churn = await note(700, 'Churn forecast\nSources: Customer 360\nOwner: Marketing');
  return { ...setup, area, orders, c360, churn };
}

/** The arrows between the data products, at the mural's root (the arranged copy's lie in the data products area). */
const arrows = (emulated: { widgets(): unknown[] }) => (emulated.widgets() as Arrow[]).filter((widget) => widget.type === 'arrow' && widget.parentId === undefined);

describe('Draw interaction map on a mural', () => {
  test('draws one arrow per written link nobody drew (start = upstream, ends referenced), keeps and counts people’s arrows', async () => {
    const s = await builtWithProducts();
    // Bea drew Customer 360 → Churn forecast herself.
    const drawn = await asParticipant(s.emulated, 'Bea', 'POST', '/widgets/arrow', { x: 0, y: 0, width: 10, height: 10, points: [{ x: 10, y: 10 }, { x: 0, y: 0 }], startRefId: s.c360, endRefId: s.churn });
    expect(drawn.status).toBe(201);
    const beasArrow = (drawn.value as { id: string }).id;

    const report = await drawInteractionMap(s.target);
    expect(report.products.map((product) => product.name).sort()).toEqual(['Churn forecast', 'Customer 360', 'Orders']);
    expect(report.connectors).toEqual({ created: 1, removed: 0, kept: 0 });
    const app = arrows(s.emulated).filter((arrow) => arrow.id !== beasArrow);
    expect(app).toHaveLength(1);
    expect([app[0]!.startRefId, app[0]!.endRefId]).toEqual([s.orders, s.c360]);
    expect(report.edges.map((edge) => [edge.from, edge.to, edge.drawnBy, edge.connectorId]).sort()).toEqual(
      [[s.orders, s.c360, 'app', app[0]!.id], [s.c360, s.churn, 'participant', beasArrow]].sort(),
    );
    // The head (points[0]) is at the downstream product, right of the upstream one.
    expect(app[0]!.points[0]!.x).toBeGreaterThan(app[0]!.points[1]!.x);

    // A second run changes nothing.
    const again = await drawInteractionMap(s.target);
    expect(again.connectors).toEqual({ created: 0, removed: 0, kept: 1 });
    expect(arrows(s.emulated)).toHaveLength(2);
  });

  test('an app arrow whose link is gone is removed; people’s arrows stay', async () => {
    const s = await builtWithProducts();
    const drawn = await asParticipant(s.emulated, 'Bea', 'POST', '/widgets/arrow', { x: 0, y: 0, width: 10, height: 10, points: [{ x: 10, y: 10 }, { x: 0, y: 0 }], startRefId: s.churn, endRefId: s.orders });
    const beasArrow = (drawn.value as { id: string }).id;
    await drawInteractionMap(s.target);
    expect(arrows(s.emulated)).toHaveLength(3); // two app arrows, Bea's
    for (const [id, text] of [[s.orders, 'Orders'], [s.c360, 'Customer 360\nConsumers: Churn forecast']] as const) {
      expect((await asParticipant(s.emulated, 'Ana', 'PATCH', `/widgets/sticky-note/${id}`, { text })).status).toBe(200);
    }
    const report = await drawInteractionMap(s.target);
    expect(report.connectors).toEqual({ created: 0, removed: 1, kept: 1 });
    const left = arrows(s.emulated);
    expect(left.map((arrow) => arrow.id)).toContain(beasArrow);
    expect(left.map((arrow) => [arrow.startRefId, arrow.endRefId]).sort()).toEqual([[s.c360, s.churn], [s.churn, s.orders]].sort());
  });
});
