import { describe, expect, it } from 'vitest';
import { setup } from './setup';

describe('emulated MURAL: participants act through the same REST API', () => {
  it("a participant's widgets carry createdBy; the facilitator's carry theirs", async () => {
    const { mural, call, widgetsPath } = setup();
    const ana = mural.tokenFor('Ana');
    expect(mural.tokenFor('Ana')).toBe(ana);
    const mine = (await call('POST', `${widgetsPath}/sticky-note`, [{ shape: 'circle', x: 0, y: 0 }])).body.value[0];
    const hers = (await call('POST', `${widgetsPath}/sticky-note`, [{ shape: 'circle', x: 0, y: 0 }], ana)).body.value[0];
    expect(mine.createdBy).toEqual({ id: mural.userId('Facilitator'), firstName: 'Facilitator', lastName: 'Emulated' });
    expect(hers.createdBy).toMatchObject({ id: mural.userId('Ana'), firstName: 'Ana' });
    expect(mural.userId('Ana')).toMatch(/^u[0-9a-f]{24}$/);
    const edited = (await call('PATCH', `${widgetsPath}/sticky-note/${hers.id}`, { text: 'by facilitator' })).body.value;
    expect(edited.createdBy.id).toBe(mural.userId('Ana'));
    expect(edited.updatedBy.id).toBe(mural.userId('Facilitator'));
    expect(mural.widgets().map((w) => w.createdBy.firstName)).toEqual(['Facilitator', 'Ana']);
    // Mutation caught: stamping createdBy with the facilitator whatever the token fails `hers`.
  });

  it('addIcon places an icon as MURAL’s UI would; widgets() returns it in the API shape at no cost', async () => {
    const { mural, call, widgetsPath } = setup();
    const area = (await call('POST', `${widgetsPath}/area`, { x: 100, y: 100 })).body.value;
    mural.resetStats();
    const icon = mural.addIcon({ user: 'Ana', x: 5, y: 6, parentId: area.id });
    expect(icon).toMatchObject({ type: 'icon', x: 5, y: 6, parentId: area.id, createdBy: { firstName: 'Ana' } });
    expect(mural.widgets().find((w) => w.id === icon.id)).toEqual(icon);
    expect(mural.stats().requests).toBe(0);
    expect((await call('GET', `${widgetsPath}/${icon.id}`)).body.value).toEqual(icon);
  });
});
