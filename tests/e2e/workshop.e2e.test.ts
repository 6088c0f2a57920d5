/**
 * A facilitator plays the workshop on the sandbox page in Chromium, through the UI wherever the UI
 * allows it: build the board, drag dots onto the metric scales with the mouse, tally, add data
 * products with the panel's form (and one sticky note typed in the toolbar), draw the interaction
 * map, generate the review. A screenshot per step goes to the git-ignored `screenshots/`.
 * `window.sandboxBoard` (the emulator) is only read: to confirm a drop reached the board, and to
 * name the items at each connector's ends.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { REVIEW_SECTION_TITLES } from '../../src/core/review/reviewLayout';
import { HORIZONS, KEY_METRICS } from '../../src/core/workshop/metrics';
import { dotsPerHorizon } from '../../src/core/layout/frames/keyMetrics';
import { hasChromium, openSandbox, screenshot, settle, useSandboxBrowser, warnIfNoChromium } from './browser';

warnIfNoChromium('workshop e2e');

type Box = { x: number; y: number; width: number; height: number };
type Point = { x: number; y: number };

const centreOf = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
const pointIn = (box: Box, fx: number, fy: number): Point => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
const contains = (box: Box, point: Point) =>
  point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
function unionOf(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** An item as drawn: its id, type, screen box and text (wrapped lines joined by spaces). */
type DrawnItem = { id: string; type: string; box: Box; text: string };

/** Every item drawn on the board now, in drawing order. */
async function drawnItems(page: Page, type?: string): Promise<DrawnItem[]> {
  return page.evaluate((wanted) => {
    const selector = wanted ? `[data-item-type="${wanted}"]` : '[data-item-id]';
    return [...document.querySelectorAll(selector)].map((element) => {
      const rect = element.getBoundingClientRect();
      return {
        id: element.getAttribute('data-item-id') ?? '',
        type: element.getAttribute('data-item-type') ?? '',
        box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
        text: [...element.querySelectorAll('tspan.board-line')].map((line) => line.textContent ?? '').join(' '),
      };
    });
  }, type);
}

const byReadingOrder = (a: DrawnItem, b: DrawnItem) => a.box.y - b.box.y || a.box.x - b.box.x;

/** Shapes showing exactly this text (buckets, areas), top to bottom, left to right. */
async function shapesReading(page: Page, text: string): Promise<DrawnItem[]> {
  return (await drawnItems(page, 'shape')).filter((item) => item.text === text).sort(byReadingOrder);
}

/** The palette's ready-made dots of one horizon (circles filled with its colour), in the palette's order. */
async function paletteDots(page: Page, color: string): Promise<DrawnItem[]> {
  const ids = await page.evaluate(
    (fill) =>
      [...document.querySelectorAll('[data-item-type="shape"]')]
        .filter((element) => element.querySelector('ellipse')?.getAttribute('fill')?.toLowerCase() === fill)
        .map((element) => element.getAttribute('data-item-id')),
    color.toLowerCase(),
  );
  return (await drawnItems(page, 'shape')).filter((item) => ids.includes(item.id)).sort(byReadingOrder);
}

/** The part of the board the floating toolbar, status line and zoom buttons leave uncovered. */
async function openBoardArea(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const view = document.querySelector('.board-view')!.getBoundingClientRect();
    const top = document.querySelector('.sandbox-top')!.getBoundingClientRect().bottom + 8;
    const bottom = document.querySelector('.sandbox-zoom')!.getBoundingClientRect().top - 8;
    return { x: view.left, y: top, width: view.width, height: bottom - top };
  });
}

/**
 * A point of the open board area where pressing pans the view (the canvas, a frame or a connector,
 * as in Miro), chosen so that `point + delta` is in the area too.
 */
async function grabPoint(page: Page, delta: Point): Promise<Point> {
  const area = await openBoardArea(page);
  const point = await page.evaluate(
    ({ area, delta }) => {
      const inArea = (x: number, y: number) => x > area.x + 4 && x < area.x + area.width - 4 && y > area.y + 4 && y < area.y + area.height - 4;
      for (let y = area.y + 10; y < area.y + area.height; y += 16) {
        for (let x = area.x + 10; x < area.x + area.width; x += 16) {
          if (!inArea(x, y) || !inArea(x + delta.x, y + delta.y)) continue;
          const hit = document.elementFromPoint(x, y);
          if (!hit?.closest('svg.board-svg')) continue;
          const type = hit.closest('[data-item-id]')?.getAttribute('data-item-type');
          if (type === undefined || type === 'frame' || type === 'connector') return { x, y };
        }
      }
      return null;
    },
    { area, delta },
  );
  if (!point) throw new Error(`No place on the board to grab for a pan by ${JSON.stringify(delta)}`);
  return point;
}

/** Presses, moves in steps and releases: a real mouse drag (each step redraws the board, so few of them). */
async function drag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

/** The sandbox camera's scale, read from the board's transform (the zoom buttons show it rounded). */
async function cameraScale(page: Page): Promise<number> {
  const transform = (await page.locator('.board-camera').getAttribute('transform')) ?? '';
  return Number(/matrix\(([\d.e+-]+)/.exec(transform)?.[1]);
}

/**
 * Brings a region of the board (screen box, measured now) into the middle of the open board area
 * and wheel-zooms until it fills most of it, as a facilitator would with the mouse. `measure`
 * re-reads the region after each move.
 */
async function showRegion(page: Page, measure: () => Promise<Box>, fill = 0.9): Promise<void> {
  for (let stroke = 0; stroke < 4; stroke++) {
    const area = centreOf(await openBoardArea(page));
    const region = centreOf(await measure());
    const delta = { x: area.x - region.x, y: area.y - region.y };
    if (Math.hypot(delta.x, delta.y) < 12) break;
    // Long pans go in strokes that fit the open area (half of it each way leaves room to grab).
    const open = await openBoardArea(page);
    const limit = { x: open.width / 2, y: open.height / 2 };
    const step = { x: Math.max(-limit.x, Math.min(limit.x, delta.x)), y: Math.max(-limit.y, Math.min(limit.y, delta.y)) };
    const from = await grabPoint(page, step);
    await drag(page, from, { x: from.x + step.x, y: from.y + step.y });
    await settle(page);
  }
  const area = await openBoardArea(page);
  const region = await measure();
  const factor = Math.min((area.width * fill) / region.width, (area.height * fill) / region.height);
  // One wheel notch (100 px) zooms by e^0.15 in the sandbox; the last notch is a partial one.
  const notches = Math.log(factor) / 0.15;
  await page.mouse.move(centreOf(area).x, centreOf(area).y);
  if (Math.abs(notches) < 0.05) return;
  const expected = (await cameraScale(page)) * Math.exp(0.15 * notches);
  for (let done = 0; done < Math.abs(notches); done++) {
    const part = Math.min(1, Math.abs(notches) - done);
    await page.mouse.wheel(0, -Math.sign(notches) * 100 * part);
  }
  // Every notch has been handled: the camera is where they all lead.
  await expect.poll(async () => Math.abs((await cameraScale(page)) / expected - 1), { timeout: 10_000 }).toBeLessThan(0.001);
  await settle(page);
}

/**
 * Drags a board item with the mouse to a screen point, then waits until the emulated board has
 * moved it (the sandbox previews a drag until the board reports the move, so the drawing alone
 * proves nothing) and it is drawn there.
 */
async function dragItem(page: Page, itemId: string, to: Point): Promise<void> {
  const boardCentre = () =>
    page.evaluate((id) => {
      const item = window.sandboxBoard!.items().find((candidate) => candidate.id === id);
      return item ? `${item.boardX},${item.boardY}` : '';
    }, itemId);
  const before = await boardCentre();
  const drawn = (await page.locator(`[data-item-id="${itemId}"]`).boundingBox())!;
  await drag(page, centreOf(drawn), to);
  await expect.poll(boardCentre, { timeout: 10_000 }).not.toBe(before);
  await expect
    .poll(async () => {
      const box = (await page.locator(`[data-item-id="${itemId}"]`).boundingBox())!;
      return Math.hypot(box.x + box.width / 2 - to.x, box.y + box.height / 2 - to.y);
    })
    .toBeLessThan(2);
}

/** Moves the mouse off the panel and the items (onto the board's name), so no hover shows in a screenshot. */
async function parkMouse(page: Page): Promise<void> {
  const badge = (await page.locator('.sandbox-board-name').boundingBox())!;
  await page.mouse.move(badge.x + badge.width / 2, badge.y + badge.height / 2);
}

/** Scrolls the panel so that a section starts at its top, a little of what is above still showing. */
async function scrollPanelTo(section: Locator, above = 8): Promise<void> {
  await section.evaluate((element, offset) => {
    element.scrollIntoView({ block: 'start' });
    element.closest('.sandbox-panel')?.scrollBy(0, -offset);
  }, above);
}

/** One bar of a scale chart in the panel: its count attribute, outlier flag and the number drawn above it (its first text). */
async function barReading(scale: Locator, bucket: string) {
  const bar = scale.getByRole('button', { name: new RegExp(`^${bucket}:`) });
  return {
    count: await bar.getAttribute('data-count'),
    outlier: (await bar.getAttribute('data-outlier')) === 'true',
    shown: ((await bar.locator('text').first().textContent()) ?? '').trim(),
  };
}

const [TODAY, NEXT_YEAR] = HORIZONS;
const LEAD_TIME = KEY_METRICS[0]!;

/** Dots the facilitator drags per lead-time scale: bucket label → dots. */
const DOTS = {
  today: { 'One to six months': 3, 'Less than one hour': 1 },
  nextYear: { 'Less than one day': 2 },
} as const;

const PRODUCTS = [
  { Name: 'Orders', 'Job to be done': 'Every order, as placed', Sources: 'ERP', Consumers: '', 'Owner domain': 'Sales' },
  {
    Name: 'Customer 360',
    'Job to be done': 'One view of each customer',
    Sources: 'CRM, Orders',
    Consumers: '',
    'Owner domain': 'Customer',
  },
  // No owner: the review flags it.
  {
    Name: 'Churn forecast',
    'Job to be done': 'Who is likely to leave next month',
    Sources: 'Customer 360',
    Consumers: 'Retention team',
    'Owner domain': '',
  },
];
/** A participant's sticky note in the supported format, typed line by line in the toolbar. */
const STICKY_LINES = [
  'Retention offers',
  'Job: The offer for each customer at risk',
  'Sources: Churn forecast',
  'Consumers: Call centre',
  'Owner: Marketing',
];

describe('a workshop on the sandbox page in Chromium', () => {
  const browser = useSandboxBrowser();

  test.skipIf(!hasChromium)(
    'build, dots dragged onto the scales, tally, data products, interaction map and review, through the UI',
    async () => {
      const { page, watch } = await openSandbox(browser().context, browser().baseUrl);
      const panel = page.getByRole('complementary', { name: 'App panel' });

      // 1. Build.
      await panel.getByRole('button', { name: 'Build Accelerate board' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-item-type="frame"]').length === 12, undefined, { timeout: 45_000 });
      await panel.getByText('Accelerate board is ready.').waitFor({ timeout: 45_000 });
      await parkMouse(page);
      await screenshot(page, 'workshop-1-built.png');

      // 2. Dots, dragged with the mouse from the palette onto the lead-time scales.
      // Lead time is the first metric, so its scales are the topmost buckets with these labels: today, then a year from now.
      const leadTimeBuckets = async () => {
        const rows = await Promise.all(LEAD_TIME.buckets.map((label) => shapesReading(page, label)));
        return rows.flatMap((row) => row.slice(0, 2));
      };
      const allDots = async () => [...(await paletteDots(page, TODAY!.dotColor)), ...(await paletteDots(page, NEXT_YEAR!.dotColor))];
      // What the facilitator needs in view: the metric's title, its two scales and the palette below.
      const keyMetricsWorkArea = async () => {
        const title = (await drawnItems(page, 'text')).find((item) => item.text.startsWith(`${LEAD_TIME.title} `))!;
        return unionOf([title.box, ...(await leadTimeBuckets()).map((bucket) => bucket.box), ...(await allDots()).map((dot) => dot.box)]);
      };
      // A room of 12 (the default headcount): one dot per person on each of the four scales.
      expect(await paletteDots(page, TODAY!.dotColor)).toHaveLength(dotsPerHorizon(12));
      expect(await paletteDots(page, NEXT_YEAR!.dotColor)).toHaveLength(dotsPerHorizon(12));
      const fitted = await cameraScale(page);
      await showRegion(page, keyMetricsWorkArea);
      expect(await cameraScale(page)).toBeGreaterThan(fitted * 3);

      const dotsIn = async (box: Box) => (await allDots()).filter((dot) => contains(box, centreOf(dot.box))).length;
      const palette = unionOf((await allDots()).map((dot) => dot.box));
      const dragged: string[] = [];
      for (const [horizon, color] of [
        ['today', TODAY!.dotColor],
        ['nextYear', NEXT_YEAR!.dotColor],
      ] as const) {
        const dots = await paletteDots(page, color);
        let next = 0;
        for (const [label, count] of Object.entries(DOTS[horizon])) {
          const [today, nextYear] = await shapesReading(page, label);
          const bucket = horizon === 'today' ? today! : nextYear!;
          for (let nth = 0; nth < count; nth++) {
            const dot = dots[next++]!;
            // Side by side under the bucket's label.
            await dragItem(page, dot.id, pointIn(bucket.box, (nth + 1) / (count + 1), 0.7));
            dragged.push(dot.id);
          }
        }
      }
      // The dots left the palette: as many fewer there as were dragged.
      expect(await dotsIn(palette)).toBe(2 * dotsPerHorizon(12) - dragged.length);
      await screenshot(page, 'workshop-2-dots.png');

      // 3. Tally: the panel's bars count what was dragged; the lone fast dot is an outlier.
      await panel.getByRole('button', { name: 'Tally', exact: true }).click();
      const todayScale = panel.getByRole('group', { name: `${LEAD_TIME.title}, ${TODAY!.label}` });
      const nextYearScale = panel.getByRole('group', { name: `${LEAD_TIME.title}, ${NEXT_YEAR!.label}` });
      await todayScale.getByRole('button', { name: /^One to six months:/ }).waitFor({ timeout: 30_000 });
      for (const [scale, horizon] of [
        [todayScale, 'today'],
        [nextYearScale, 'nextYear'],
      ] as const) {
        const expected: Record<string, number> = DOTS[horizon];
        for (const label of LEAD_TIME.buckets) {
          const reading = await barReading(scale, label);
          const count = expected[label] ?? 0;
          const outlier = horizon === 'today' && label === 'Less than one hour';
          expect({ label, ...reading }).toEqual({ label, count: String(count), outlier, shown: outlier ? `${count}!` : String(count) });
        }
      }
      // Every other metric is still empty: all the bars together count the six dots.
      const barTotal = await panel
        .locator('[data-count]')
        .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-count'))).reduce((sum, count) => sum + count, 0));
      expect(barTotal).toBe(dragged.length);
      await expect.poll(() => panel.getByRole('article', { name: LEAD_TIME.title }).textContent()).toContain('4 dots');
      await parkMouse(page);
      await scrollPanelTo(panel.getByRole('region', { name: 'Tally' }), 56);
      await screenshot(page, 'workshop-3-tally.png');

      // 4. Data products: three through the panel's form, one sticky note typed in the toolbar.
      const form = panel.getByRole('form', { name: 'Add data product' });
      for (const fields of PRODUCTS) {
        for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
        await form.getByRole('button', { name: 'Add data product' }).click();
        await form.getByRole('status').filter({ hasText: `Added ${fields.Name}` }).waitFor({ timeout: 20_000 });
        await expect.poll(() => form.getByLabel('Name', { exact: true }).inputValue()).toBe('');
      }
      const cards = await drawnItems(page, 'card');
      expect(cards.map((card) => card.text.split(' Job:')[0])).toEqual(PRODUCTS.map((product) => product.Name));

      // The sticky goes where the view is: first bring the products area into view.
      const productsArea = async () => (await drawnItems(page, 'shape')).find((item) => item.text.startsWith('Data products One copy'))!.box;
      await showRegion(page, productsArea, 0.8);
      const stickyText = page.getByRole('toolbar', { name: 'Rehearsal tools' }).getByLabel('Sticky note text');
      await stickyText.click();
      for (const [index, line] of STICKY_LINES.entries()) {
        if (index > 0) await page.keyboard.press('Shift+Enter');
        // Each line arrives as typed text (one input event, not a key event per character: the
        // textarea's handling of keys is what Shift+Enter and Enter below exercise).
        await page.keyboard.insertText(line);
      }
      expect(await stickyText.inputValue()).toBe(STICKY_LINES.join('\n'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (name) => [...document.querySelectorAll('[data-item-type="sticky_note"]')].some((note) => note.textContent?.startsWith(name)),
        STICKY_LINES[0]!,
        { timeout: 10_000 },
      );
      expect(await stickyText.inputValue()).toBe('');
      // Drag it to free space at the bottom of the products area, clear of the cards.
      const sticky = (await drawnItems(page, 'sticky_note')).find((note) => note.text.startsWith(STICKY_LINES[0]!))!;
      const area = await productsArea();
      await dragItem(page, sticky.id, pointIn(area, 0.3, 0.8));
      await parkMouse(page);
      await scrollPanelTo(panel.getByRole('region', { name: 'Data products' }));
      await screenshot(page, 'workshop-4-products.png');

      // 5. Interaction map.
      const connectorsBefore = await page.locator('[data-item-type="connector"]').count();
      await panel.getByRole('button', { name: 'Draw interaction map' }).click();
      const map = panel.getByRole('group', { name: 'Interaction map' });
      await map.getByText('Interaction map drawn').waitFor({ timeout: 30_000 });
      const links = await map.getByRole('list', { name: 'Links' }).getByRole('listitem').allTextContents();
      const productLinks = ['Orders → Customer 360', 'Customer 360 → Churn forecast', 'Churn forecast → Retention offers'];
      expect(links.map((link) => link.replace(/\s+/g, ' ').trim())).toEqual(productLinks);
      const figures = Object.fromEntries(
        await map.locator('.map-summary dl > div').evaluateAll((rows) =>
          rows.map((row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? '']),
        ),
      );
      expect(figures).toMatchObject({ 'Data products': '4', Links: '3', 'To fix': '0', 'Connectors created': '3', 'Connectors removed': '0' });

      // On the board: one connector per link between the products, and the arranged copy's links
      // (the same three, plus each source system → its product and each product → its other consumers).
      const copyLinks = [
        ...productLinks,
        'ERP → Orders',
        'CRM → Customer 360',
        'Churn forecast → Retention team',
        'Retention offers → Call centre',
      ];
      await page.waitForFunction(
        (count) => document.querySelectorAll('[data-item-type="connector"] path').length === count,
        connectorsBefore + productLinks.length + copyLinks.length,
        { timeout: 10_000 },
      );
      const drawnConnectors = await page.evaluate(() => {
        const board = window.sandboxBoard!;
        const byId = new Map(board.items().map((item) => [item.id, item]));
        // A card's title, or the first line of a sticky note's or shape's text.
        const nameOf = (id: string | undefined) => {
          const props = byId.get(id ?? '')?.props ?? {};
          const html = String(props['title'] ?? props['content'] ?? '');
          return (html.split(/<\/p>|<br\s*\/?>/)[0] ?? '').replace(/<[^>]*>/g, '').trim();
        };
        return [...document.querySelectorAll('[data-item-type="connector"]')].map((element) => {
          const connector = byId.get(element.getAttribute('data-item-id') ?? '');
          const start = (connector?.props['start'] as { item?: string } | undefined)?.item;
          const end = (connector?.props['end'] as { item?: string } | undefined)?.item;
          return {
            link: `${nameOf(start)} → ${nameOf(end)}`,
            between: `${byId.get(start ?? '')?.type} → ${byId.get(end ?? '')?.type}`,
            drawn: (element.querySelector('path')?.getAttribute('d') ?? '') !== '',
          };
        });
      });
      const between = (types: string[]) =>
        drawnConnectors.filter((connector) => types.includes(connector.between)).map((connector) => connector.link).sort();
      expect(between(['card → card', 'card → sticky_note'])).toEqual([...productLinks].sort());
      expect(between(['shape → shape'])).toEqual([...copyLinks].sort());
      expect(drawnConnectors.every((connector) => connector.drawn)).toBe(true);
      const dataProductsFrame = async () => {
        const areaCentre = centreOf(await productsArea());
        return (await drawnItems(page, 'frame')).find((frame) => contains(frame.box, areaCentre))!.box;
      };
      await showRegion(page, dataProductsFrame, 0.92);
      await parkMouse(page);
      await scrollPanelTo(map, 16);
      await screenshot(page, 'workshop-5-map.png');

      // 6. Review.
      await panel.getByRole('button', { name: 'Generate review' }).click();
      const review = panel.getByRole('region', { name: 'Generate review' });
      await review.getByText('Generate review: done').waitFor({ timeout: 30_000 });
      const sections = await review.locator('.review-sections > div').evaluateAll((rows) =>
        rows.map((row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? '']),
      );
      expect(sections.map(([title]) => title)).toEqual(Object.values(REVIEW_SECTION_TITLES));
      expect(Object.fromEntries(sections)).toMatchObject({
        [REVIEW_SECTION_TITLES.dataProducts]: '4',
        [REVIEW_SECTION_TITLES.keyMetrics]: '6',
        [REVIEW_SECTION_TITLES.okrs]: 'nothing captured yet',
      });
      const lints = review.getByRole('region', { name: 'Review lints' });
      expect(await lints.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')))).toEqual([
        'data-product-no-owner',
      ]);
      expect(await lints.textContent()).toContain('"Churn forecast" has no owner');
      expect(await review.getByRole('group', { name: 'Export the review' }).getByRole('button').count()).toBeGreaterThan(0);

      // On the board: the review frame holds every section's heading, and what the workshop produced.
      const reviewFrame = async () => {
        const items = await drawnItems(page);
        const header = items.find((item) => item.type === 'text' && item.text === 'Workshop review')!;
        return items.find((item) => item.type === 'frame' && contains(item.box, centreOf(header.box)))!;
      };
      const frame = await reviewFrame();
      const inFrame = (await drawnItems(page, 'text')).filter((item) => contains(frame.box, centreOf(item.box)));
      const texts = inFrame.map((item) => item.text);
      for (const heading of Object.values(REVIEW_SECTION_TITLES)) expect(texts).toContain(heading);
      const body = texts.join('\n');
      expect(body).toMatch(/Links in the interaction map: .+ → /);
      expect(body).toContain('Today most of us say one to six months; a year from now, less than one day');
      await showRegion(page, async () => (await reviewFrame()).box, 0.92);
      await parkMouse(page);
      await scrollPanelTo(review, 16);
      await screenshot(page, 'workshop-6-review.png');

      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      await page.close();
    },
    90_000,
  );
});
