import { describe, expect, it } from 'vitest';
import { setup } from './setup';

const sticky = (extra: Record<string, unknown> = {}) => ({ shape: 'rectangle', x: 10, y: 20, text: 'hello', ...extra });

describe('emulated MURAL: widget create, read, update, delete', () => {
  it('creates sticky notes from a bare array with the OpenAPI defaults, 201 {value:[…]}', async () => {
    const { call, widgetsPath } = setup();
    const answer = await call('POST', `${widgetsPath}/sticky-note`, [sticky(), sticky({ shape: 'circle', style: { backgroundColor: '#FF0000FF' } })]);
    expect(answer.status).toBe(201);
    expect(answer.body.value).toHaveLength(2);
    const [first, second] = answer.body.value;
    expect(first).toMatchObject({
      type: 'sticky note', shape: 'rectangle', x: 10, y: 20, width: 138, height: 138, text: 'hello', hidden: false,
      rotation: 0, presentationIndex: -1, tags: [], locked: false,
      style: { backgroundColor: '#FCFE7DFF', bold: false, italic: false, underline: false, strike: false, font: 'proxima-nova', fontSize: 23, textAlign: 'center', border: false },
    });
    expect(second.style.backgroundColor).toBe('#FF0000FF');
    expect(second.style.fontSize).toBe(23);
    expect(first.id).not.toBe(second.id);
  });

  it('applies the defaults of every typed route', async () => {
    const { call, widgetsPath } = setup();
    const area = (await call('POST', `${widgetsPath}/area`, {})).body.value;
    expect(area).toMatchObject({ type: 'area', x: 0, y: 0, width: 460, height: 503, layout: 'free', showTitle: true, style: { backgroundColor: '#FFFFFF33', borderColor: '#EAEAEAFF', borderStyle: 'solid', borderWidth: 1, titleFontSize: 36 } });
    const shape = (await call('POST', `${widgetsPath}/shape`, [{ shape: 'circle', x: 1, y: 2 }])).body.value[0];
    expect(shape).toMatchObject({ type: 'shape', width: 138, height: 138, text: '', style: { backgroundColor: '#FFFFFF00', borderColor: '#000000FF', borderStyle: 'solid', borderWidth: 3, fontColor: '#000000FF' } });
    const textbox = (await call('POST', `${widgetsPath}/textbox`, [{}])).body.value[0];
    expect(textbox).toMatchObject({ type: 'text', fixedWidth: true, x: 0, y: 0, width: 296, height: 28, text: 'This is a textbox...', style: { fontSize: 24, textAlign: 'left' } });
    const title = (await call('POST', `${widgetsPath}/title`, [{}])).body.value[0];
    expect(title).toMatchObject({ type: 'text', fixedWidth: false, width: 293, height: 62, text: 'This is a title...', style: { fontSize: 48 } });
    const arrow = (await call('POST', `${widgetsPath}/arrow`, { x: 0, y: 0, width: 100, height: 10, points: [{ x: 0, y: 0 }, { x: 100, y: 10 }], startRefId: shape.id, endRefId: title.id })).body.value;
    expect(arrow).toMatchObject({ type: 'arrow', arrowType: 'straight', tip: 'single', stackable: true, startRefId: shape.id, endRefId: title.id, style: { strokeColor: '#000000FF', strokeStyle: 'solid', strokeWidth: 3 } });
    // Mutation caught: dropping the `width: 296` default on textbox fails the toMatchObject above.
  });

  it('refuses bad payloads with 400 BODY and details, and stores nothing (all or nothing)', async () => {
    const { mural, call, widgetsPath } = setup();
    const cases: unknown[] = [
      [], // empty batch
      Array.from({ length: 1001 }, () => sticky()), // over the limit of 1000
      sticky(), // a bare object where an array is required
      [sticky(), { x: 1, y: 1 }], // missing shape in the second
      [sticky({ style: { backgroundColor: '#fcfe7dff' } })], // lower-case colour
      [sticky({ style: { backgroundColor: '#FCFE7D' } })], // 6 digits
      [sticky({ colour: 'x' })], // unknown property
      [sticky({ rotation: 360 })],
      [sticky({ htmlText: '<script>x</script>' })],
      [sticky({ width: 0 })],
    ];
    for (const body of cases) {
      const answer = await call('POST', `${widgetsPath}/sticky-note`, body);
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(answer.body.code).toBe('BODY');
      expect(answer.body.message).toBe('Invalid payload.');
      expect(answer.body.details.length).toBeGreaterThan(0);
    }
    expect(mural.widgets()).toHaveLength(0);
    const ok = await call('POST', `${widgetsPath}/sticky-note`, Array.from({ length: 1000 }, () => sticky()));
    expect(ok.status).toBe(201);
    expect(mural.widgets()).toHaveLength(1000);
    // Mutation caught: maxItems 1001 lets the 1001 batch through; dropping the COLOR pattern accepts '#fcfe7dff'.
  });

  it('answers 404 MURAL_NOT_FOUND / WIDGET_NOT_FOUND, 204 with no body on delete', async () => {
    const { call, widgetsPath, mural } = setup();
    expect((await call('GET', `/murals/nope.1/widgets`)).body).toEqual({ code: 'MURAL_NOT_FOUND', message: 'The mural was not found or does not exist.' });
    expect((await call('POST', `/murals/nope.1/widgets/area`, {})).status).toBe(404);
    const missing = await call('GET', `${widgetsPath}/0-123`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('WIDGET_NOT_FOUND');
    const id = (await call('POST', `${widgetsPath}/sticky-note`, [sticky()])).body.value[0].id;
    expect((await call('GET', `${widgetsPath}/${id}`)).body.value.id).toBe(id);
    const deleted = await call('DELETE', `${widgetsPath}/${id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect((await call('DELETE', `${widgetsPath}/${id}`)).body.code).toBe('WIDGET_NOT_FOUND');
    expect(mural.widgets()).toHaveLength(0);
    expect((await call('GET', `/murals/${mural.muralId}`)).body.value.id).toBe(mural.muralId);
    expect((await call('GET', `/murals/nope.1`)).status).toBe(404);
  });

  it('PATCHes through the typed route only; stackingOrder is create-only', async () => {
    const { call, widgetsPath } = setup();
    const note = (await call('POST', `${widgetsPath}/sticky-note`, [sticky()])).body.value[0];
    const patched = await call('PATCH', `${widgetsPath}/sticky-note/${note.id}`, { text: 'changed', style: { bold: true } });
    expect(patched.status).toBe(200);
    expect(patched.body.value).toMatchObject({ text: 'changed', style: { bold: true, backgroundColor: '#FCFE7DFF' }, x: 10 });
    expect((await call('PATCH', `${widgetsPath}/sticky-note/${note.id}`, { stackingOrder: 3 })).body.code).toBe('BODY');
    const viaShape = await call('PATCH', `${widgetsPath}/shape/${note.id}`, { text: 'x' });
    expect(viaShape.status).toBe(400);
    expect(viaShape.body.code).toBe('UNSUPPORTED_WIDGET_TYPE');
    const title = (await call('POST', `${widgetsPath}/title`, [{ text: 'T' }])).body.value[0];
    const viaTextbox = await call('PATCH', `${widgetsPath}/textbox/${title.id}`, { text: 'x' });
    expect(viaTextbox.body).toMatchObject({ code: 'BODY', details: [{ code: 'UNSUPPORTED_WIDGET_TYPE' }] });
    expect((await call('PATCH', `${widgetsPath}/title/${title.id}`, { text: 'New' })).body.value.text).toBe('New');
    const area = (await call('POST', `${widgetsPath}/area`, { title: 'A' })).body.value;
    expect((await call('PATCH', `${widgetsPath}/area/${area.id}`, { style: { borderStyle: 'dashed' }, title: 'B' })).body.value).toMatchObject({ title: 'B', style: { borderStyle: 'dashed' } });
    expect((await call('PATCH', `${widgetsPath}/area/0-9`, { title: 'B' })).body.code).toBe('WIDGET_NOT_FOUND');
    // Mutation caught: letting `owns` accept any type makes viaShape answer 200.
  });

  it('arrows need existing, distinct, non-arrow ends (400 BODY, WIDGET_REFERENCE_NOT_FOUND)', async () => {
    const { call, widgetsPath } = setup();
    const [a, b] = (await call('POST', `${widgetsPath}/shape`, [{ shape: 'square', x: 0, y: 0 }, { shape: 'square', x: 300, y: 0 }])).body.value;
    const arrow = (ends: Record<string, string>) => ({ x: 0, y: 0, width: 300, height: 1, points: [{ x: 0, y: 0 }, { x: 300, y: 0 }], ...ends });
    const bad = await call('POST', `${widgetsPath}/arrow`, arrow({ startRefId: a.id, endRefId: '0-404' }));
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ code: 'WIDGET_REFERENCE_NOT_FOUND' })]);
    expect((await call('POST', `${widgetsPath}/arrow`, arrow({ startRefId: a.id, endRefId: a.id }))).status).toBe(400);
    expect((await call('POST', `${widgetsPath}/arrow`, { ...arrow({}), points: [{ x: 0, y: 0 }] })).status).toBe(400);
    const good = await call('POST', `${widgetsPath}/arrow`, arrow({ startRefId: a.id, endRefId: b.id }));
    expect(good.status).toBe(201);
    expect((await call('PATCH', `${widgetsPath}/arrow/${good.body.value.id}`, { endRefId: '0-1' })).status).toBe(400);
    // Deleting an end leaves the arrow with its stale reference.
    await call('DELETE', `${widgetsPath}/${b.id}`);
    expect((await call('GET', `${widgetsPath}/${good.body.value.id}`)).body.value.endRefId).toBe(b.id);
    // Mutation caught: skipping arrowReferenceViolations on create lets `bad` through with 201.
  });

  it('tags: create (attach), list unpaged, sticky notes refer to them, 404 TAG_NOT_FOUND, limit', async () => {
    const { call, widgetsPath, mural } = setup({ tagLimit: 2 });
    const note = (await call('POST', `${widgetsPath}/sticky-note`, [sticky()])).body.value[0];
    const tag = await call('POST', `/murals/${mural.muralId}/tags`, { text: 'accelerate-board', color: '#000000FF', widgets: [{ id: note.id }] });
    expect(tag.status).toBe(201);
    expect(tag.body.value).toMatchObject({ text: 'accelerate-board', color: '#000000FF' });
    expect((await call('GET', `${widgetsPath}/${note.id}`)).body.value.tags).toEqual([tag.body.value.id]);
    expect((await call('POST', `/murals/${mural.muralId}/tags`, { text: 'x'.repeat(26) })).body.code).toBe('BODY');
    expect((await call('POST', `${widgetsPath}/sticky-note`, [sticky({ tags: ['tag-404'] })])).body.code).toBe('TAG_NOT_FOUND');
    expect((await call('POST', `${widgetsPath}/sticky-note`, [sticky({ tags: [tag.body.value.id] })])).status).toBe(201);
    expect((await call('PATCH', `/murals/${mural.muralId}/tags/${tag.body.value.id}`, { color: null, text: 'renamed' })).body.value).toEqual({ id: tag.body.value.id, text: 'renamed' });
    await call('POST', `/murals/${mural.muralId}/tags`, { text: 'second' });
    expect((await call('POST', `/murals/${mural.muralId}/tags`, { text: 'third' })).body.code).toBe('MURAL_TAG_LIMIT_REACHED');
    const list = await call('GET', `/murals/${mural.muralId}/tags`);
    expect(list.body.value.map((t: { text: string }) => t.text)).toEqual(['renamed', 'second']);
    expect(list.body.next).toBeUndefined();
    expect((await call('DELETE', `/murals/${mural.muralId}/tags/${tag.body.value.id}`)).status).toBe(204);
    expect((await call('DELETE', `/murals/${mural.muralId}/tags/${tag.body.value.id}`)).body.code).toBe('TAG_NOT_FOUND');
    expect((await call('PATCH', `/murals/${mural.muralId}/tags/tag-1`, { text: 'x' })).body.code).toBe('TAG_NOT_FOUND');
    expect((await call('GET', `${widgetsPath}/${note.id}`)).body.value.tags).toEqual([]);
  });

  it('workspaces, rooms, create and get a mural (seeded facilitator workspace, room, mural)', async () => {
    const { call, mural } = setup();
    const workspaces = await call('GET', '/workspaces');
    expect(workspaces.body.value.map((w: { id: string }) => w.id)).toEqual([mural.workspaceId]);
    const rooms = await call('GET', `/workspaces/${mural.workspaceId}/rooms?limit=10`);
    expect(rooms.body.value.map((r: { id: number }) => r.id)).toEqual([mural.roomId]);
    expect((await call('GET', `/workspaces/nope1/rooms`)).body.code).toBe('WORKSPACE_NOT_FOUND');
    const created = await call('POST', '/murals', { roomId: mural.roomId, title: 'Second' });
    expect(created.status).toBe(201);
    expect(created.body.value).toMatchObject({ title: 'Second', roomId: mural.roomId, workspaceId: mural.workspaceId, width: 9216, height: 6237, status: 'active' });
    expect((await call('GET', `/murals/${created.body.value.id}`)).body.value.title).toBe('Second');
    expect((await call('POST', '/murals', { roomId: 999 })).body.code).toBe('ROOM_NOT_FOUND');
    expect((await call('POST', '/murals', { title: 'no room' })).body.code).toBe('BODY');
    expect((await call('POST', '/murals', { roomId: mural.roomId, width: 100 })).body.code).toBe('BODY');
    const me = await call('GET', '/users/me');
    expect(me.body.value).toMatchObject({ id: mural.userId('Facilitator'), type: 'member', firstName: 'Facilitator' });
  });
});
