import { describe, expect, it } from 'vitest';
import { setup } from './setup';

/** Absolute top-left through the parentId chain, computed from the API's own answers. */
function absolute(widgets: { id: string; x: number; y: number; parentId?: string }[], id: string): { x: number; y: number } {
  const byId = new Map(widgets.map((w) => [w.id, w]));
  let w = byId.get(id);
  let x = 0;
  let y = 0;
  while (w) {
    x += w.x;
    y += w.y;
    w = w.parentId ? byId.get(w.parentId) : undefined;
  }
  return { x, y };
}

describe('emulated MURAL: geometry (top-left, relative to the parent area)', () => {
  it('nests areas; moving the outer area moves everything inside it', async () => {
    const { mural, call, widgetsPath } = setup();
    const outer = (await call('POST', `${widgetsPath}/area`, { x: 1000, y: 500, width: 2000, height: 1000, title: 'Outer' })).body.value;
    const inner = (await call('POST', `${widgetsPath}/area`, { x: 100, y: 200, width: 800, height: 600, parentId: outer.id })).body.value;
    const note = (await call('POST', `${widgetsPath}/sticky-note`, [{ shape: 'rectangle', x: 10, y: 20, parentId: inner.id }])).body.value[0];
    expect(note).toMatchObject({ x: 10, y: 20, parentId: inner.id });
    expect(absolute(mural.widgets(), note.id)).toEqual({ x: 1110, y: 720 });
    const moved = await call('PATCH', `${widgetsPath}/area/${outer.id}`, { x: 3000, y: 0 });
    expect(moved.body.value).toMatchObject({ x: 3000, y: 0 });
    const read = (await call('GET', `${widgetsPath}/${note.id}`)).body.value;
    expect(read).toMatchObject({ x: 10, y: 20, parentId: inner.id });
    expect(absolute(mural.widgets(), note.id)).toEqual({ x: 3110, y: 220 });
    // Mutation caught: storing absolute coordinates (adding the parent's x on create) breaks x: 10.
  });

  it('an API-placed widget must lie inside its parent area; the parent must be an area', async () => {
    const { call, widgetsPath } = setup();
    const area = (await call('POST', `${widgetsPath}/area`, { x: 0, y: 0, width: 300, height: 300 })).body.value;
    const fits = await call('POST', `${widgetsPath}/shape`, [{ shape: 'circle', x: 162, y: 162, parentId: area.id }]);
    expect(fits.status).toBe(201);
    const overhangs = await call('POST', `${widgetsPath}/shape`, [{ shape: 'circle', x: 163, y: 0, parentId: area.id }]);
    expect(overhangs.status).toBe(400);
    expect(overhangs.body.code).toBe('BODY');
    const negative = await call('POST', `${widgetsPath}/shape`, [{ shape: 'circle', x: -1, y: 0, parentId: area.id }]);
    expect(negative.status).toBe(400);
    const notArea = await call('POST', `${widgetsPath}/shape`, [{ shape: 'circle', x: 0, y: 0, parentId: fits.body.value[0].id }]);
    expect(notArea.body.details[0].code).toBe('WIDGET_REFERENCE_NOT_FOUND');
    const empty = await call('POST', `${widgetsPath}/shape`, [{ shape: 'circle', x: 5, y: 6, parentId: '' }]);
    expect(empty.status).toBe(201);
    expect(empty.body.value[0].parentId).toBeUndefined();
    // Mutation caught: `x + w > area.width` → `>=` refuses the exact fit at x 162 (162 + 138 = 300).
  });

  it('re-parenting needs x and y relative to the new area; an area cannot go inside itself', async () => {
    const { call, widgetsPath } = setup();
    const a = (await call('POST', `${widgetsPath}/area`, { x: 0, y: 0, width: 1000, height: 1000 })).body.value;
    const b = (await call('POST', `${widgetsPath}/area`, { x: 10, y: 10, width: 500, height: 500, parentId: a.id })).body.value;
    const note = (await call('POST', `${widgetsPath}/sticky-note`, [{ shape: 'circle', x: 0, y: 0 }])).body.value[0];
    expect((await call('PATCH', `${widgetsPath}/sticky-note/${note.id}`, { parentId: b.id })).status).toBe(400);
    const moved = await call('PATCH', `${widgetsPath}/sticky-note/${note.id}`, { parentId: b.id, x: 5, y: 5 });
    expect(moved.body.value).toMatchObject({ parentId: b.id, x: 5, y: 5 });
    expect((await call('PATCH', `${widgetsPath}/area/${a.id}`, { parentId: b.id, x: 0, y: 0 })).status).toBe(400);
    expect((await call('PATCH', `${widgetsPath}/sticky-note/${note.id}`, { parentId: '' })).status).toBe(400);
  });

  it('deleting an area leaves its children on the mural root at the same absolute place', async () => {
    const { mural, call, widgetsPath } = setup();
    const outer = (await call('POST', `${widgetsPath}/area`, { x: 100, y: 100, width: 1000, height: 1000 })).body.value;
    const inner = (await call('POST', `${widgetsPath}/area`, { x: 50, y: 50, width: 500, height: 500, parentId: outer.id })).body.value;
    const note = (await call('POST', `${widgetsPath}/sticky-note`, [{ shape: 'circle', x: 7, y: 8, parentId: inner.id }])).body.value[0];
    await call('DELETE', `${widgetsPath}/${inner.id}`);
    const read = (await call('GET', `${widgetsPath}/${note.id}`)).body.value;
    expect(read.parentId).toBeUndefined();
    expect({ x: read.x, y: read.y }).toEqual({ x: 157, y: 158 });
    expect(mural.widgets().map((w) => w.id).sort()).toEqual([outer.id, note.id].sort());
  });
});
