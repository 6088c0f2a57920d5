import { describe, expect, test } from 'vitest';
import { addDataProduct, buildAccelerateBoard, connectMural, drawInteractionMap, generateReview, type MuralWidget } from '../../src/index';
import { placeDataProduct } from '../../src/core/map/placeDataProduct';
import { areaFreeRegion } from '../../src/core/map/mapRegion';
import { AREA_TEXT } from '../../src/core/workshop/areas';
import { areaKey } from '../../src/core/workshop/keys';
import { readMural } from '../../src/mural/readMural';
import { absoluteTopLeft, asParticipant, muralSetup, recordedIds } from './harness';

type Setup = ReturnType<typeof muralSetup>;

async function built(options: Parameters<typeof muralSetup>[0] = {}) {
  const setup = muralSetup(options);
  await buildAccelerateBoard(setup.target);
  const read = await readMural(setup.target.openClient());
  const frames = read.snapshot.ledger!.frames;
  const region = areaFreeRegion(read.snapshot, { frameId: frames.dataProducts!, areaKey: areaKey('dataProducts', 'products'), text: AREA_TEXT.products, space: 'board' })!;
  return { ...setup, dataProducts: frames.dataProducts!, region };
}

/** A widget's box in mural coordinates. */
function boxOf(setup: Setup | { widgets: MuralWidget[] }, id: string) {
  const widgets = 'emulated' in setup ? setup.emulated.widgets() : setup.widgets;
  const widget = widgets.find((candidate) => candidate.id === id)!;
  const at = absoluteTopLeft(widgets, id);
  return { left: at.x, top: at.y, right: at.x + widget.width, bottom: at.y + (widget.height ?? widget.width) };
}
const overlap = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('Add data product on a mural', () => {
  test('a sticky note in free space inside the products area, overlapping nothing; not recorded; read as a data product by the map and the review', async () => {
    const s = await built();
    // A participant's note already sits at the area's top-left, where the first slot would be.
    const theirs = await asParticipant(s.emulated, 'Ana', 'POST', '/widgets/sticky-note', [
      { shape: 'rectangle', x: 60, y: 200, width: 200, height: 200, text: 'Orders\nConsumers: Customer 360', parentId: s.dataProducts },
    ]);
    const ordersId = (theirs.value as Array<{ id: string }>)[0]!.id;
    const slot = placeDataProduct((await readMural(s.target.openClient())).snapshot);
    s.emulated.resetStats();
    const first = await addDataProduct(s.target, { name: 'Customer 360', job: 'one view of each customer', sources: ['Orders', 'CRM'], owner: 'Sales', useCase: 'churn prediction' });
    expect(s.emulated.stats().byRoute).toEqual({ 'GET /murals/{muralId}/widgets': Math.ceil((s.emulated.widgets().length - 1) / 100), 'POST /murals/{muralId}/widgets/sticky-note': 1 });
    const second = await addDataProduct(s.target, { name: 'Churn forecast', sources: 'Customer 360' });

    const widgets = s.emulated.widgets();
    const note = widgets.find((widget) => widget.id === first)!;
    expect(note.type).toBe('sticky note');
    expect(note.parentId).toBe(s.dataProducts);
    const placed = boxOf(s, first);
    expect([(placed.left + placed.right) / 2, (placed.top + placed.bottom) / 2]).toEqual([slot.x, slot.y]);
    expect(note.text).toBe('Customer 360\nJob: one view of each customer\nSources: Orders, CRM\nConsumers:\nOwner: Sales\nUse case: churn prediction');
    for (const id of [first, second]) {
      const box = boxOf(s, id);
      expect(box.left).toBeGreaterThanOrEqual(s.region.left);
      expect(box.top).toBeGreaterThanOrEqual(s.region.top);
      expect(box.right).toBeLessThanOrEqual(s.region.left + s.region.width);
      expect(box.bottom).toBeLessThanOrEqual(s.region.top + s.region.height);
    }
    // Overlapping nothing in the area but the area widgets themselves.
    const others = widgets.filter((widget) => widget.id !== first && widget.id !== second && widget.type !== 'area' && !widget.hidden);
    const all = { widgets };
    for (const id of [first, second]) {
      for (const other of others.filter((widget) => overlap(boxOf(all, id), boxOf(all, widget.id)))) {
        // Only the products area's own background (the region lies inside it) may contain the note.
        const b = boxOf(all, other.id);
        expect(b.left <= s.region.left && b.right >= s.region.left + s.region.width, `overlaps ${other.type} ${other.text}`).toBe(true);
      }
    }
    expect(overlap(boxOf(s, first), boxOf(s, second))).toBe(false);
    expect(overlap(boxOf(s, first), boxOf(s, ordersId))).toBe(false);
    expect(recordedIds(widgets).has(first)).toBe(false);

    const map = await drawInteractionMap(s.target, { arrange: false });
    expect(map.products.map((product) => product.name)).toEqual(expect.arrayContaining(['Orders', 'Customer 360', 'Churn forecast']));
    expect(map.edges.map((edge) => [edge.from, edge.to]).sort()).toEqual([[ordersId, first], [first, second]].sort());
    const review = await generateReview(s.target);
    expect(review.review.dataProducts.products.find((product) => product.name === 'Customer 360')).toMatchObject({ owner: 'Sales', useCase: 'churn prediction' });
  }, 20_000);

  test('hostile text stays plain text and cannot add fields; a name that reads like a field keeps its name', async () => {
    const s = await built();
    const id = await addDataProduct(s.target, { name: '<script>alert(1)</script> & "x"\nOwner: Mallory', job: 'a & b <i>c</i>\nSources: Evil', owner: 'Sales' });
    const tricky = await addDataProduct(s.target, { name: 'Owner: Finance', job: 'a name like a field' });
    const widgets = s.emulated.widgets();
    expect(widgets.find((widget) => widget.id === id)!.text).toBe('Name: <script>alert(1)</script> & "x" Owner: Mallory\nJob: a & b <i>c</i> Sources: Evil\nSources:\nConsumers:\nOwner: Sales');
    const map = await drawInteractionMap(s.target, { arrange: false });
    expect(map.products.map((product) => [product.itemId, product.name, product.job, product.owner, product.sources])).toEqual([
      [id, '<script>alert(1)</script> & "x" Owner: Mallory', 'a & b <i>c</i> Sources: Evil', 'Sales', []],
      [tricky, 'Owner: Finance', 'a name like a field', '', []],
    ]);
  }, 20_000);

  test('an invalid input or a mural without the area fails before any write', async () => {
    const s = await built();
    s.emulated.resetStats();
    await expect(addDataProduct(s.target, { name: '   ' })).rejects.toThrow(/needs a name/);
    expect(s.emulated.stats().requests).toBe(0);
    const bare = muralSetup();
    await expect(addDataProduct(bare.target, { name: 'Orders', job: 'x' })).rejects.toThrow(/data products area is missing/);
    expect(bare.emulated.widgets()).toEqual([]);
  }, 20_000);

  test('lost answers and failures: exactly one sticky note, and its id, whatever MURAL answered', async () => {
    let faults = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const s = await built({ lostAnswerRate: 0.15, failureRate: 0.1, seed });
      const before = s.emulated.stats();
      const id = await addDataProduct(s.target, { name: 'Customer 360', job: 'one view' });
      const after = s.emulated.stats();
      faults += after.lostAnswers - before.lostAnswers + after.failures - before.failures;
      const made = s.emulated.widgets().filter((widget) => String(widget.text).startsWith('Customer 360\n'));
      expect(made.map((widget) => widget.id), `seed ${seed}`).toEqual([id]);
    }
    expect(faults).toBeGreaterThan(2);
  }, 60_000);

  test('the create’s answer lost (it took effect), or failed (it did not): read back, never posted blindly again', async () => {
    for (const fault of ['lost', 'failed'] as const) {
      const s = await built();
      let faulted = 0;
      // Creates MURAL made (a 429 from the shared per-user budget makes nothing).
      let posted = 0;
      const target = connectMural({
        muralId: s.emulated.muralId,
        getAccessToken: () => s.emulated.accessToken(),
        clock: s.clock,
        fetch: async (input, init) => {
          const create = init?.method === 'POST' && String(input).endsWith('/widgets/sticky-note') && faulted++ === 0;
          if (create && fault === 'failed') return new Response(JSON.stringify({ code: 'INTERNAL_SERVER_ERROR', message: 'x' }), { status: 500, headers: { 'content-type': 'application/json' } });
          const answer = await s.emulated.fetch(input, init);
          if (init?.method === 'POST' && answer.status === 201) posted++;
          if (create) throw new TypeError('fetch failed (the answer was lost)');
          return answer;
        },
      });
      const id = await addDataProduct(target, { name: 'Customer 360', job: 'one view' });
      const made = s.emulated.widgets().filter((widget) => String(widget.text).startsWith('Customer 360\n'));
      expect(made.map((widget) => widget.id), fault).toEqual([id]);
      expect(posted, fault).toBe(1);
    }
  }, 20_000);
});
