import { describe, expect, it } from 'vitest';
import { setup } from './setup';

async function seed250(call: ReturnType<typeof setup>['call'], widgetsPath: string) {
  const notes = Array.from({ length: 150 }, (_, i) => ({ shape: 'rectangle', x: i, y: 0 }));
  const shapes = Array.from({ length: 100 }, (_, i) => ({ shape: 'circle', x: i, y: 500 }));
  await call('POST', `${widgetsPath}/sticky-note`, notes);
  await call('POST', `${widgetsPath}/shape`, shapes);
}

describe('emulated MURAL: GET /widgets paging and filters', () => {
  it('pages 250 widgets with limit 100: 100, 100, 50, no `next` on the last page', { timeout: 20_000 }, async () => {
    const { call, widgetsPath } = setup();
    await seed250(call, widgetsPath);
    const ids: string[] = [];
    let next: string | undefined;
    const sizes: number[] = [];
    do {
      const answer = await call('GET', `${widgetsPath}?limit=100${next ? `&next=${next}` : ''}`);
      expect(answer.status).toBe(200);
      sizes.push(answer.body.value.length);
      ids.push(...answer.body.value.map((w: { id: string }) => w.id));
      next = answer.body.next;
      expect('next' in answer.body).toBe(next !== undefined);
    } while (next && sizes.length < 10);
    expect(sizes).toEqual([100, 100, 50]);
    expect(new Set(ids).size).toBe(250);
    // Mutation caught: a cursor that restarts at the first item (afterSeq ignored) repeats ids (new Set size < 250).
  });

  it('limit must be 1..100 (400 LIMIT_INVALID); no limit → default page size', async () => {
    const { call, widgetsPath } = setup({ defaultPageSize: 7 });
    await call('POST', `${widgetsPath}/sticky-note`, Array.from({ length: 10 }, () => ({ shape: 'circle', x: 0, y: 0 })));
    for (const limit of ['101', '0', '-1', '2.5', 'ten']) {
      const answer = await call('GET', `${widgetsPath}?limit=${limit}`);
      expect(answer.status, limit).toBe(400);
      expect(answer.body.code).toBe('LIMIT_INVALID');
    }
    expect((await call('GET', `${widgetsPath}?limit=100`)).body.value).toHaveLength(10);
    expect((await call('GET', `${widgetsPath}?limit=1`)).body.value).toHaveLength(1);
    // Exactly `limit` left: one full page and no `next` (mutation caught: `rest.length <= limit` → `<`).
    const exact = await call('GET', `${widgetsPath}?limit=10`);
    expect(exact.body.value).toHaveLength(10);
    expect(exact.body.next).toBeUndefined();
    expect((await call('GET', widgetsPath)).body.value).toHaveLength(7);
    // Mutation caught: `limit > MAX_LIMIT` → `limit > MAX_LIMIT + 1` accepts 101.
  });

  it('a cursor is valid only with the same limit and type set, and expires', async () => {
    const { call, widgetsPath, clock } = setup({ cursorTtlMs: 60_000 });
    await seed250(call, widgetsPath);
    const first = await call('GET', `${widgetsPath}?limit=50&type=shapes,sticky%20notes`);
    const next = first.body.next as string;
    expect(next).toEqual(expect.any(String));
    const otherLimit = await call('GET', `${widgetsPath}?limit=60&type=shapes,sticky%20notes&next=${next}`);
    expect(otherLimit.status).toBe(400);
    expect(otherLimit.body.code).toBe('NEXT_TOKEN_EXPIRED');
    const noLimit = await call('GET', `${widgetsPath}?type=shapes,sticky%20notes&next=${next}`);
    expect(noLimit.status).toBe(400);
    const otherType = await call('GET', `${widgetsPath}?limit=50&type=shapes&next=${next}`);
    expect(otherType.status).toBe(400);
    // The order of the types does not matter.
    const reordered = await call('GET', `${widgetsPath}?limit=50&type=sticky%20notes,shapes&next=${next}`);
    expect(reordered.status).toBe(200);
    expect((await call('GET', `${widgetsPath}?limit=50&next=garbage`)).body.code).toBe('NEXT_TOKEN_EXPIRED');
    clock.advance(60_000);
    expect((await call('GET', `${widgetsPath}?limit=50&type=sticky%20notes,shapes&next=${next}`)).body.code).toBe('NEXT_TOKEN_EXPIRED');
    // Mutation caught: leaving `limit` out of the cursor binding answers otherLimit with 200.
  });

  it('filters by type (plural vocabulary) and by parentId (direct children only); drawings never, icons readable', async () => {
    const { mural, call, widgetsPath } = setup();
    const outer = (await call('POST', `${widgetsPath}/area`, { width: 2000, height: 2000 })).body.value;
    const inner = (await call('POST', `${widgetsPath}/area`, { parentId: outer.id, width: 1000, height: 1000 })).body.value;
    await call('POST', `${widgetsPath}/sticky-note`, [{ shape: 'circle', x: 0, y: 0, parentId: outer.id }]);
    await call('POST', `${widgetsPath}/sticky-note`, [{ shape: 'circle', x: 0, y: 0, parentId: inner.id }]);
    await call('POST', `${widgetsPath}/textbox`, [{ parentId: outer.id }]);
    const icon = mural.addIcon({ user: 'Ana', x: 10, y: 10, parentId: outer.id });
    const drawing = mural.addDrawing({ user: 'Ana', x: 0, y: 0 });
    const children = (await call('GET', `${widgetsPath}?parentId=${outer.id}`)).body.value;
    expect(children.map((w: { type: string }) => w.type).sort()).toEqual(['area', 'icon', 'sticky note', 'text']);
    const notes = (await call('GET', `${widgetsPath}?type=sticky%20notes&parentId=${outer.id}`)).body.value;
    expect(notes).toHaveLength(1);
    const iconsAndTexts = (await call('GET', `${widgetsPath}?type=icons,texts`)).body.value;
    expect(iconsAndTexts.map((w: { type: string }) => w.type).sort()).toEqual(['icon', 'text']);
    expect((await call('GET', `${widgetsPath}/${icon.id}`)).body.value).toMatchObject({ type: 'icon', name: 'star', createdBy: { firstName: 'Ana' } });
    const all = (await call('GET', widgetsPath)).body.value;
    expect(all.some((w: { id: string }) => w.id === drawing)).toBe(false);
    expect((await call('GET', `${widgetsPath}/${drawing}`)).body.code).toBe('WIDGET_NOT_FOUND');
    expect(mural.widgets().some((w) => w.id === drawing)).toBe(false);
    expect((await call('GET', `${widgetsPath}?type=stickies`)).status).toBe(400);
    // Icons cannot be created through the API: there is no such route.
    const create = await mural.fetch(`${mural.baseUrl}${widgetsPath}/icon`, { method: 'POST', headers: { authorization: `Bearer ${mural.accessToken()}` }, body: '[{}]' });
    expect(create.status).toBe(404);
    // Mutation caught: returning the subtree for parentId adds the inner sticky note (5 children).
  });
});
