import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard, generateReview, type MuralWidget } from '../../src/index';
import { REVIEW_KEY_PREFIX } from '../../src/core/review/reviewLayout';
import { readMural } from '../../src/mural/readMural';
import { workshopConfigFrom } from '../../src/core/config';
import { planBoard } from '../../src/core/layout/planBoard';
import { asParticipant, muralSetup, muralShape, orphans, RECORD_TITLE } from './harness';

type Setup = ReturnType<typeof muralSetup>;

/** A participant's create; on a flaky mural they try again after a failure (a lost answer took effect). */
async function participant(setup: Setup, user: string, path: string, body: unknown): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await asParticipant(setup.emulated, user, 'POST', path, body);
      return;
    } catch (error) {
      if (attempt >= 10 || !/: 500 /.test(String(error))) throw error;
    }
  }
}

/** A built mural with three data products and a participant's own sticky note in the review area. */
async function workshopMural(options: Parameters<typeof muralSetup>[0] = {}) {
  const setup = muralSetup(options);
  await buildAccelerateBoard(setup.target);
  const { frames } = (await readMural(setup.target.openClient())).snapshot.ledger!;
  const products = [
    'Orders\nJob: every order, as placed\nConsumers: Customer 360\nOwner: Sales',
    'Customer 360\nJob: one view of each customer\nSources: Orders, CRM\nOwner: Marketing',
    'Churn forecast\nJob: who may leave next month\nSources: Customer 360\nOwner: Marketing',
  ];
  await participant(setup, 'Ana', '/widgets/sticky-note',
    products.map((text, index) => ({ shape: 'rectangle', x: 100 + index * 300, y: 400, width: 200, height: 200, text, parentId: frames.dataProducts })));
  // A participant's note in the review area: theirs, never touched by the review.
  const benText = 'Ben: print this for the steering group';
  await participant(setup, 'Ben', '/widgets/sticky-note', [{ shape: 'rectangle', x: 40, y: 40, width: 160, height: 160, text: benText, parentId: frames.review }]);
  const benId = setup.emulated.widgets().find((widget) => widget.text === benText)!.id;
  return { ...setup, frames: frames as Required<typeof frames>, benId };
}

const reviewRecord = (setup: Setup, areaId: string) => {
  const record = setup.emulated.widgets().find((widget) => widget.title === RECORD_TITLE && widget.parentId === areaId)!;
  return (JSON.parse(String(record.text)) as { items: Record<string, string> }).items;
};
const inArea = (widgets: readonly MuralWidget[], areaId: string) => widgets.filter((widget) => widget.parentId === areaId && widget.title !== RECORD_TITLE);

describe('Generate review on a mural', () => {
  test('writes the review into the review area from the mural, replacing the build’s preview in place; the report and exports as on Miro', async () => {
    const s = await workshopMural();
    const before = s.emulated.widgets();
    const previewIds = Object.entries(reviewRecord(s, s.frames.review)).filter(([key]) => key.startsWith(REVIEW_KEY_PREFIX));
    expect(previewIds.length).toBeGreaterThan(10);
    expect(inArea(before, s.frames.review).map((widget) => widget.text).join('\n')).toContain('Workshop review: a preview');

    const report = await generateReview(s.target);
    expect(report.frameId).toBe(s.frames.review);
    expect(report.review.dataProducts.products.map((product) => product.name)).toEqual(['Orders', 'Customer 360', 'Churn forecast']);
    expect(report.markdown).toContain('Customer 360');
    expect(report.exports.map((file) => file.id)).toEqual(expect.arrayContaining(['markdown', 'notesCsv', 'json', 'dataProductsOdps']));
    expect(report.exports.find((file) => file.id === 'dataProductsOdps')!.text).toContain('Churn forecast');
    expect(report.sections.find((section) => section.id === 'dataProducts')!.count).toBe(3);
    expect(report.updated).toBeGreaterThan(0);

    const after = s.emulated.widgets();
    const texts = inArea(after, s.frames.review).map((widget) => widget.text).join('\n');
    expect(texts).not.toContain('Workshop review: a preview');
    expect(texts).toContain('Churn forecast');
    // The preview's title was rewritten in place: same widget, new text.
    const items = reviewRecord(s, s.frames.review);
    const titleKey = `${REVIEW_KEY_PREFIX}header/title`;
    expect(items[titleKey]).toBe(Object.fromEntries(previewIds)[titleKey]);
    // Every review widget is recorded and inside the review area; nothing the app made is unrecorded.
    for (const [key, id] of Object.entries(items)) if (key.startsWith(REVIEW_KEY_PREFIX)) expect(after.find((widget) => widget.id === id)?.parentId).toBe(s.frames.review);
    expect(orphans(s.emulated)).toEqual([]);
  }, 20_000);

  test('an unchanged re-run only reads; a changed mural is regenerated in place; people’s widgets in the review area stay byte for byte', async () => {
    const s = await workshopMural();
    const bens = () => JSON.stringify(s.emulated.widgets().find((widget) => widget.id === s.benId));
    const benBefore = bens();
    const first = await generateReview(s.target);
    expect(first.created + first.updated).toBeGreaterThan(0);

    s.emulated.resetStats();
    const again = await generateReview(s.target);
    expect([again.created, again.updated, again.removed]).toEqual([0, 0, 0]);
    expect(Object.keys(s.emulated.stats().byRoute)).toEqual(['GET /murals/{muralId}/widgets']);
    expect(again.calls).toBe(Math.ceil(s.emulated.widgets().length / 100));

    // A fourth data product: the review changes in place (same title widget), Ben's note does not.
    const titleId = reviewRecord(s, s.frames.review)[`${REVIEW_KEY_PREFIX}header/title`];
    await participant(s, 'Cleo', '/widgets/sticky-note',
      [{ shape: 'rectangle', x: 1000, y: 400, width: 200, height: 200, text: 'Retention offers\nSources: Churn forecast', parentId: s.frames.dataProducts }]);
    const third = await generateReview(s.target);
    expect(third.updated).toBeGreaterThan(0);
    expect(third.review.dataProducts.products).toHaveLength(4);
    expect(reviewRecord(s, s.frames.review)[`${REVIEW_KEY_PREFIX}header/title`]).toBe(titleId);
    expect(inArea(s.emulated.widgets(), s.frames.review).map((widget) => widget.text).join('\n')).toContain('Retention offers');
    const shapeAfterThird = muralShape(inArea(s.emulated.widgets(), s.frames.review));

    // Fourteen more: the section runs on into the next column (widgets created, recorded) …
    const many = Array.from({ length: 14 }, (_, i) => ({
      shape: 'rectangle', x: 40 + (i % 7) * 260, y: 700 + Math.floor(i / 7) * 260, width: 200, height: 200, parentId: s.frames.dataProducts,
      text: `Product ${i}\nJob: a job that takes a sentence or two to say what it does for whom and why it matters\nSources: Source ${i}, CRM, ERP\nConsumers: Consumer ${i}, Finance\nOwner: Domain ${i}`,
    }));
    await participant(s, 'Dan', '/widgets/sticky-note', many);
    const grown = await generateReview(s.target);
    expect(grown.created).toBeGreaterThan(0);
    expect(orphans(s.emulated)).toEqual([]);
    // … and when they are gone, the continuation is removed again.
    for (const widget of s.emulated.widgets().filter((candidate) => /^Product \d+\n/.test(String(candidate.text)))) {
      await asParticipant(s.emulated, 'Dan', 'DELETE', `/widgets/${widget.id}`);
    }
    const shrunk = await generateReview(s.target);
    expect(shrunk.removed).toBeGreaterThan(0);
    expect(muralShape(inArea(s.emulated.widgets(), s.frames.review))).toEqual(shapeAfterThird);
    expect(orphans(s.emulated)).toEqual([]);
    expect(bens()).toBe(benBefore);
  }, 20_000);

  test('a review longer than the review area continues on page areas below it: every section whole, each page inside its area, then shrinks back without losing a participant’s note', async () => {
    const s = await workshopMural();
    // Notes inside an area shape of a frame (the plan gives the shape's place in the area, frame space).
    const plan = planBoard(workshopConfigFrom({}));
    const notes = (count: number, activity: 'futurespective' | 'checkout', key: string, text: (i: number) => string) => {
      const shape = plan.frames.find((frame) => frame.activity === activity)!.items.find((item) => item.key === key)!;
      const [left, top] = [shape.x - shape.width / 2 + 20, shape.y - shape.height / 2 + 120];
      return Array.from({ length: count }, (_, i) => ({ shape: 'rectangle', x: left + (i % 8) * 110, y: top + Math.floor(i / 8) * 12, width: 100, height: 100, text: text(i), parentId: s.frames[activity] }));
    };
    await participant(s, 'Ana', '/widgets/sticky-note', notes(60, 'futurespective', 'futurespective/area/posts', (i) => `Post ${i}: ${'we ship data products every week '.repeat(3)}`));
    await participant(s, 'Ana', '/widgets/sticky-note', notes(200, 'checkout', 'checkout/area/words', (i) => `word${i}`));

    // Someone's sticky note right below the review area, where a page would go: pages go round it.
    const reviewArea = s.emulated.widgets().find((widget) => widget.id === s.frames.review)!;
    await participant(s, 'Cleo', '/widgets/sticky-note', [{ shape: 'rectangle', x: reviewArea.x + 400, y: reviewArea.y + reviewArea.height! + 500, width: 200, height: 200, text: 'Cleo: parking lot' }]);
    const cleo = s.emulated.widgets().find((widget) => widget.text === 'Cleo: parking lot')!;

    const report = await generateReview(s.target);

    expect(report.pageFrameIds.length).toBeGreaterThanOrEqual(2);
    const widgets = s.emulated.widgets();
    const review = widgets.find((widget) => widget.id === s.frames.review)!;
    const items = reviewRecord(s, s.frames.review);
    for (const [index, pageId] of report.pageFrameIds.slice(1).entries()) {
      const page = widgets.find((widget) => widget.id === pageId)!;
      expect(page.title).toBe(`${review.title} · page ${index + 2}`);
      expect(items[`review/pageFrame/${index + 2}`]).toBe(pageId);
      expect(page.y).toBeGreaterThanOrEqual(review.y + review.height! + 150);
      const apart = cleo.x + cleo.width < page.x || page.x + page.width < cleo.x || cleo.y + cleo.height! < page.y || page.y + page.height! < cleo.y;
      expect(apart, `page ${index + 2} covers Cleo's note`).toBe(true);
      const children = inArea(widgets, pageId);
      expect(children.length).toBeGreaterThan(1);
      for (const child of children) {
        expect(child.x).toBeGreaterThanOrEqual(0);
        expect(child.y).toBeGreaterThanOrEqual(0);
        expect(child.x + child.width).toBeLessThanOrEqual(page.width);
        expect(child.y + (child.height ?? child.width)).toBeLessThanOrEqual(page.height!);
      }
    }
    const text = widgets.filter((widget) => report.pageFrameIds.includes(widget.parentId ?? '')).map((widget) => String(widget.text)).join('\n');
    expect(text.match(/• Post \d+/g)).toHaveLength(60);
    expect(text.match(/word\d+/g)).toHaveLength(200);
    expect(text).not.toMatch(/\+\d+ more/);
    expect(orphans(s.emulated)).toEqual([]);
    const again = await generateReview(s.target);
    expect([again.created, again.updated, again.removed]).toEqual([0, 0, 0]);

    // A participant's note on the last page keeps that page's area when the review shrinks back.
    const last = report.pageFrameIds.at(-1)!;
    await participant(s, 'Ben', '/widgets/sticky-note', [{ shape: 'rectangle', x: 40, y: 1800, width: 160, height: 160, text: 'Ben: keep this page', parentId: last }]);
    // Twenty people tidy up (MURAL allows each 25 requests a second).
    const tidied = s.emulated.widgets().filter((candidate) => /^(Post|word)\d*/.test(String(candidate.text)));
    for (const [index, widget] of tidied.entries()) await asParticipant(s.emulated, `Person ${index % 20}`, 'DELETE', `/widgets/${widget.id}`, undefined);
    const shrunk = await generateReview(s.target);
    expect(shrunk.pageFrameIds).toEqual([s.frames.review]);
    const remaining = s.emulated.widgets();
    expect(remaining.some((widget) => widget.id === last)).toBe(true);
    expect(inArea(remaining, last).map((widget) => widget.text)).toEqual(['Ben: keep this page']);
    for (const pageId of report.pageFrameIds.slice(1, -1)) expect(remaining.some((widget) => widget.id === pageId)).toBe(false);
    // The page's widgets are gone from the record; the kept area stays recorded, to be used again if the review grows.
    const record = reviewRecord(s, s.frames.review);
    expect(Object.keys(record).filter((key) => key.startsWith('review/page/'))).toEqual([]);
    expect(Object.entries(record).filter(([key]) => key.startsWith('review/pageFrame/'))).toEqual([[`review/pageFrame/${report.pageFrameIds.length}`, last]]);
    expect(orphans(s.emulated)).toEqual([]);
  }, 60_000);

  test('no review area: a clear error and no write', async () => {
    const s = muralSetup();
    await expect(generateReview(s.target)).rejects.toThrow(/review area is missing/);
    expect(s.emulated.widgets()).toEqual([]);
  });

  test('10 % failures and 10 % lost answers: the same review area as a clean run, no duplicate, no orphan; then a re-run writes nothing', async () => {
    const clean = await workshopMural();
    await generateReview(clean.target);
    const expected = muralShape(inArea(clean.emulated.widgets(), clean.frames.review));
    let faults = 0;
    for (const [seed, rates] of [[1, { failureRate: 0.1 }], [2, { lostAnswerRate: 0.1 }], [3, { lostAnswerRate: 0.1, failureRate: 0.1 }], [5, { lostAnswerRate: 0.1 }]] as const) {
      const s = await workshopMural({ ...rates, seed });
      const before = s.emulated.stats();
      const run = await generateReview(s.target);
      const after = s.emulated.stats();
      faults += after.failures - before.failures + after.lostAnswers - before.lostAnswers;
      expect(muralShape(inArea(s.emulated.widgets(), s.frames.review)), `seed ${seed}`).toEqual(expected);
      expect(orphans(s.emulated), `seed ${seed}`).toEqual([]);
      expect(run.review.dataProducts.products).toHaveLength(3);
      s.emulated.resetStats();
      const again = await generateReview(s.target);
      expect([again.created, again.updated, again.removed], `seed ${seed}`).toEqual([0, 0, 0]);
      expect(Object.keys(s.emulated.stats().byRoute), `seed ${seed}`).toEqual(['GET /murals/{muralId}/widgets']);
    }
    expect(faults).toBeGreaterThan(3);
  }, 60_000);
});
