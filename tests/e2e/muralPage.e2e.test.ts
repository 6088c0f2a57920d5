import { describe, expect, test } from 'vitest';
import { hasChromium, screenshot, useSandboxBrowser, warnIfNoChromium, watchPage } from './browser';

warnIfNoChromium('MURAL page e2e');

describe('MURAL companion page in rehearsal (emulated MURAL in the dev server)', () => {
  const browser = useSandboxBrowser();

  test.skipIf(!hasChromium)(
    'the whole workshop on the rehearsal mural: sign in through the emulated OAuth, create a mural, build, participants add dots and data products, tally (and live recount), map with its arranged copy, Add data product, review, exports; no token reaches the page',
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

      // Live: another participant drags a dot from the rehearsal palette onto a bucket; polling recounts it, no click.
      const bucket = page.locator('.rehearsal-view g[data-type="shape"]', { hasText: /one to six months/i }).first();
      await page.getByRole('button', { name: 'Drag a dot' }).dragTo(bucket);
      await page.locator('.tally-section').getByText('Counted as dots: 2 × shape').waitFor({ timeout: 15_000 });
      // A participant's note dragged into the review area: theirs, the review leaves it alone.
      await page.getByLabel('Sticky note text').fill('Steering group: print this');
      const reviewArea = page.locator('.rehearsal-view g[data-type="area"]', { hasText: /review/i }).last();
      await page.getByRole('button', { name: 'Drag a sticky note' }).dragTo(reviewArea.locator('rect'), { targetPosition: { x: 40, y: 60 } });
      await page.locator('.rehearsal-view g[data-type="sticky note"]', { hasText: 'Steering group' }).waitFor({ timeout: 10_000 });

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
      // Two links between the products, and the arranged copy's two in the interaction map area.
      await page.waitForFunction(() => document.querySelectorAll('.rehearsal-view [data-type="arrow"]').length >= 4, undefined, { timeout: 15_000 });
      await screenshot(page, 'mural-map.png');

      // Add data product from the panel: a sticky note in the data products area, the participants' from then on.
      const form = page.getByRole('form', { name: 'Add data product' });
      await form.getByLabel('Name').fill('Retention offers');
      await form.getByLabel('Job to be done').fill('Who gets which offer');
      await form.getByLabel('Sources').fill('Churn forecast');
      await form.getByLabel('Owner domain').fill('Marketing');
      await form.getByRole('button', { name: 'Add data product' }).click();
      await form.getByRole('status').getByText('Retention offers').waitFor({ timeout: 30_000 });
      await page.locator('.rehearsal-view g[data-type="sticky note"]', { hasText: 'Retention offers' }).waitFor({ timeout: 10_000 });
      // The page cannot move anyone's view of the mural: it says what to look for.
      await form.getByRole('status').getByText('Retention offers').click();
      await page.getByText('This page cannot move your view of the mural').waitFor({ timeout: 5000 });

      // Generate review: the review area from the mural, then the exports.
      await page.getByRole('button', { name: 'Generate review' }).click();
      const review = page.getByRole('region', { name: 'Generate review' });
      await review.getByText('Generate review: done').waitFor({ timeout: 30_000 });
      const reviewed = await page.evaluate(async () => {
        const muralId = (JSON.parse(localStorage.getItem('accelerate-board:mural')!) as { id: string }).id;
        const texts: string[] = [];
        let next = '';
        do {
          const list = await (await fetch(`/mural/api/murals/${muralId}/widgets?limit=100${next ? `&next=${encodeURIComponent(next)}` : ''}`)).json();
          texts.push(...(list.value as { text?: string; hidden?: boolean }[]).filter((w) => !w.hidden).map((w) => w.text ?? ''));
          next = list.next ?? '';
        } while (next);
        return texts.join('\n');
      });
      expect(reviewed).toContain('Workshop review');
      expect(reviewed).not.toContain('Workshop review: a preview');
      expect(reviewed).toContain('Steering group: print this');
      const exports = review.getByRole('group', { name: 'Export the review' });
      const downloaded = async (label: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: label, exact: true }).click()]);
        // Read as a stream: the browser may run in another process (one Chromium for every browser file).
        const chunks: Buffer[] = [];
        for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
        return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
      };
      const markdown = await downloaded('Review (Markdown)');
      expect(markdown.name).toBe('accelerate-review.md');
      for (const name of ['Orders', 'Customer 360', 'Churn forecast', 'Retention offers']) expect(markdown.text).toContain(name);
      const odps = await downloaded('Data products (ODPS YAML)');
      expect(odps.name).toMatch(/\.ya?ml$/);
      for (const name of ['Customer 360', 'Retention offers']) expect(odps.text).toContain(name);
      await review.scrollIntoViewIfNeeded();
      await screenshot(page, 'mural-review.png');

      const html = await page.content();
      expect(html).not.toMatch(/emu-at-|emu-rt-|rehearsal-only-secret/);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      await page.close();
    },
    180_000,
  );
});
