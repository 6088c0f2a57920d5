import { describe, expect, test } from 'vitest';
import { hasChromium, screenshot, useSandboxBrowser, warnIfNoChromium, watchPage } from './browser';

warnIfNoChromium('MURAL page e2e');

describe('MURAL companion page in rehearsal (emulated MURAL in the dev server)', () => {
  const browser = useSandboxBrowser();

  test.skipIf(!hasChromium)(
    'sign in through the emulated OAuth, create a mural, build, tally a dot, recount live, draw the map; no token reaches the page',
    async () => {
      // The registered redirect URL is on localhost: the page must be opened there for the session cookie to come back.
      const base = browser().baseUrl.replace('127.0.0.1', 'localhost');
      const page = await browser().context.newPage();
      const watch = watchPage(page, base);
      await page.goto(new URL('mural.html', base).href);
      await page.getByRole('link', { name: 'Sign in with MURAL' }).click();
      await page.getByText('Signed in to MURAL as').waitFor({ timeout: 30_000 });
      await expect(page.locator('.mural-header').innerText()).resolves.toMatch(/Signed in to MURAL as Facilitator/);
      const cookies = await browser().context.cookies();
      expect(cookies.map((cookie) => [cookie.name, cookie.httpOnly, cookie.sameSite])).toEqual([['accelerate_mural_session', true, 'Lax']]);

      await page.getByLabel('Workshop name (the new mural’s title)').fill('Acme data mesh');
      await page.getByRole('button', { name: 'Create a mural' }).click();
      await page.getByRole('button', { name: 'Build Accelerate board' }).waitFor({ timeout: 30_000 });
      await expect(page.locator('.mural-header').innerText()).resolves.toContain('Acme data mesh');
      await page.getByRole('button', { name: 'Build Accelerate board' }).click();
      await page.getByText('Accelerate board is ready.').waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => document.querySelectorAll('.rehearsal-view [data-type="area"]').length >= 10, undefined, { timeout: 15_000 });
      await screenshot(page, 'mural-built.png');

      // A participant's dot on "One to six months" (placed over the REST API, through this page's proxy).
      const placeDot = () => page.evaluate(async () => {
        const muralId = (JSON.parse(localStorage.getItem('accelerate-board:mural')!) as { id: string }).id;
        type Shape = { id: string; text?: string; x: number; y: number; width: number; parentId?: string };
        const shapes: Shape[] = [];
        let next = '';
        do {
          const page = await (await fetch(`/mural/api/murals/${muralId}/widgets?limit=100&type=shapes${next ? `&next=${encodeURIComponent(next)}` : ''}`)).json();
          shapes.push(...page.value);
          next = page.next ?? '';
        } while (next);
        const bucket = shapes.find((w) => /one to six months/i.test(w.text ?? ''));
        if (!bucket) return shapes.map((w) => w.text).slice(0, 40).join(' | ');
        const answer = await fetch(`/mural/api/murals/${muralId}/widgets/shape`, {
          method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify([{ shape: 'circle', x: bucket.x + 10, y: bucket.y + 10, width: 30, height: 30, parentId: bucket.parentId, style: { backgroundColor: '#2D9BF0FF' } }]),
        });
        return answer.status;
      });
      expect(await placeDot()).toBe(201);
      await page.getByRole('button', { name: 'Tally', exact: true }).click();
      await page.locator('.tally-section').getByText('Counted as dots: 1 × shape').waitFor({ timeout: 30_000 });
      await screenshot(page, 'mural-tallied.png');

      // Live: another participant's dot is recounted by polling, without a click, within 5 s (+1 s for the browser).
      // First the polling waits out the first chart's writes (charged to its budget, at most 4 s).
      await page.waitForTimeout(4000);
      const placedAt = Date.now();
      expect(await placeDot()).toBe(201);
      await page.locator('.tally-section').getByText('Counted as dots: 2 × shape').waitFor({ timeout: 6000 });
      expect(Date.now() - placedAt).toBeLessThan(6000);

      // Participants write three data products; Draw interaction map links them with arrows on the mural.
      const areas = await page.evaluate(async () => {
        const muralId = (JSON.parse(localStorage.getItem('accelerate-board:mural')!) as { id: string }).id;
        const list = await (await fetch(`/mural/api/murals/${muralId}/widgets?limit=100&type=areas`)).json();
        const area = (list.value as { id: string; title: string }[]).find((w) => /data products/i.test(w.title) && !/map/i.test(w.title));
        if (!area) return (list.value as { title: string }[]).map((w) => w.title);
        const notes = ['Orders\nConsumers: Customer 360', 'Customer 360\nSources: Orders\nOwner: Sales', 'Churn forecast\nSources: Customer 360\nOwner: Marketing'];
        const answer = await fetch(`/mural/api/murals/${muralId}/widgets/sticky-note`, {
          method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify(notes.map((text, i) => ({ shape: 'rectangle', x: 100 + i * 300, y: 400, text, parentId: area.id }))),
        });
        return answer.status;
      });
      expect(areas).toBe(201);
      await page.getByRole('button', { name: 'Draw interaction map' }).click();
      await page.getByText('Interaction map drawn').waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => document.querySelectorAll('.rehearsal-view [data-type="arrow"]').length >= 2, undefined, { timeout: 10_000 });
      await screenshot(page, 'mural-map.png');

      const html = await page.content();
      expect(html).not.toMatch(/emu-at-|emu-rt-|rehearsal-only-secret/);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
