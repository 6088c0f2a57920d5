// @vitest-environment jsdom
import type { Miro } from '@mirohq/websdk-types';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { InteractionMapReport } from '../../src/actions/drawInteractionMap';
import { DataProductsAreaFullError } from '../../src/core/map/placeDataProduct';
import { arrangedText, attentionCount, edgesInReadingOrder, linkCounts } from '../../src/ui/map/mapFormat';
import { Panel } from '../../src/ui/Panel';
import type { PanelActions } from '../../src/ui/panelActions';

afterEach(cleanup);

/** The panel's own SDK calls (voting check) answered; everything else goes through the fake actions. */
const miro = { board: { canUse: async () => false } } as unknown as Miro;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function mapReport(patch: Partial<InteractionMapReport> = {}): InteractionMapReport {
  return {
    products: [
      { itemId: 'a', name: 'Orders', job: 'every order', sources: ['ERP'], consumers: [], owner: '' },
      { itemId: 'b', name: 'Customer 360', job: 'one view', sources: ['Orders'], consumers: [], owner: '' },
    ],
    edges: [{ from: 'a', to: 'b', connectorId: 'c1', drawnBy: 'app', written: true }],
    unresolved: [],
    ambiguous: [],
    cycles: [],
    isolated: [],
    selfReferences: [],
    sourceSystems: [{ name: 'ERP', feeds: ['a'] }],
    consumers: [],
    created: 1,
    removed: 0,
    connectors: { created: 1, removed: 0, kept: 0 },
    arranged: null,
    calls: 3,
    ...patch,
  };
}

const renderPanel = (actions: Partial<PanelActions>) => render(<Panel miro={miro} actions={actions} />);
const addForm = () => screen.getByRole('form', { name: 'Add data product' });
const addButton = () => within(addForm()).getByRole('button', { name: 'Add data product' });
const drawButton = () => screen.getByRole('button', { name: 'Draw interaction map' });

describe('Data products section (fake actions)', () => {
  test('the form passes what was typed, without empty fields, and adds one card per click', async () => {
    const pending = deferred<string>();
    const add = vi.fn<PanelActions['addDataProduct']>(() => pending.promise);
    renderPanel({ addDataProduct: add });
    fireEvent.input(within(addForm()).getByLabelText('Name'), { target: { value: 'Orders' } });
    fireEvent.input(within(addForm()).getByLabelText('Consumers'), { target: { value: 'Customer 360; Finance' } });

    fireEvent.click(addButton());
    fireEvent.click(addButton());
    fireEvent.submit(addForm());

    await waitFor(() => expect(addButton()).toHaveProperty('disabled', true));
    expect(within(addForm()).getByLabelText('Name')).toHaveProperty('disabled', true);
    expect(add).toHaveBeenCalledTimes(1);
    expect(add).toHaveBeenCalledWith(miro, { name: 'Orders', consumers: 'Customer 360; Finance', job: undefined, sources: undefined, owner: undefined });

    pending.resolve('card-1');
    expect((await within(addForm()).findByRole('status')).textContent).toBe('Added Orders');
    expect(within(addForm()).getByLabelText('Name')).toHaveProperty('value', '');
    await waitFor(() => expect(document.activeElement).toBe(within(addForm()).getByLabelText('Name')));
  });

  test('a full area is explained and the form keeps what was typed', async () => {
    const add = vi.fn<PanelActions['addDataProduct']>(async () => {
      throw new DataProductsAreaFullError();
    });
    renderPanel({ addDataProduct: add });
    fireEvent.input(within(addForm()).getByLabelText('Name'), { target: { value: 'Orders' } });
    fireEvent.click(addButton());

    expect((await within(addForm()).findByRole('alert')).textContent).toMatch(/^The data products area has no free space left/);
    expect(within(addForm()).getByLabelText('Name')).toHaveProperty('value', 'Orders');
  });

  test('a name longer than the card allows is refused before any call', async () => {
    const add = vi.fn<PanelActions['addDataProduct']>(async () => 'card-1');
    renderPanel({ addDataProduct: add });
    fireEvent.input(within(addForm()).getByLabelText('Name'), { target: { value: 'x'.repeat(201) } });
    fireEvent.click(addButton());
    expect((await within(addForm()).findByRole('alert')).textContent).not.toBe('');
    expect(add).not.toHaveBeenCalled();
  });

  test('Draw passes the arrange option, keeps the last map while redrawing, and shows a failure', async () => {
    const runs = [deferred<InteractionMapReport>(), deferred<InteractionMapReport>(), deferred<InteractionMapReport>()];
    let call = 0;
    const draw = vi.fn<PanelActions['drawInteractionMap']>(() => runs[call++]!.promise);
    renderPanel({ drawInteractionMap: draw });

    fireEvent.click(drawButton());
    fireEvent.click(drawButton());
    runs[0]!.resolve(mapReport());
    await screen.findByText('Interaction map drawn');
    expect(draw).toHaveBeenCalledTimes(1);
    expect(draw).toHaveBeenCalledWith(miro, { arrange: true });

    fireEvent.click(screen.getByLabelText('Arrange a copy in the map area'));
    fireEvent.click(drawButton());
    await screen.findByText('Drawing…');
    expect(within(screen.getByRole('list', { name: 'Links' })).getByRole('listitem').textContent).toBe('Orders → Customer 360');
    expect(draw).toHaveBeenLastCalledWith(miro, { arrange: false });
    runs[1]!.resolve(mapReport({ edges: [], isolated: [{ itemId: 'a', name: 'Orders' }, { itemId: 'b', name: 'Customer 360' }] }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Links' })).toBeNull());

    fireEvent.click(drawButton());
    runs[2]!.reject(new Error('Miro said no'));
    expect((await screen.findByRole('alert')).textContent).toBe('Draw interaction map failed: Miro said no');
  });

  test('a board with no data products yet says how to write one', async () => {
    renderPanel({ drawInteractionMap: async () => mapReport({ products: [], edges: [], sourceSystems: [] }) });
    fireEvent.click(drawButton());
    expect(await screen.findByText(/^No data products in the data products area yet/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Needs attention' })).toBeNull();
  });

  test('while a build runs, adding and drawing wait for it', async () => {
    const build = deferred<never>();
    renderPanel({ buildAccelerateBoard: () => build.promise });
    fireEvent.click(screen.getByRole('button', { name: 'Build Accelerate board' }));
    await waitFor(() => expect(drawButton()).toHaveProperty('disabled', true));
    expect(addButton()).toHaveProperty('disabled', true);
  });
});

describe('map formatting helpers', () => {
  test('counts, arranged-copy text and link order', () => {
    const report = mapReport({
      edges: [
        { from: 'b', to: 'a', connectorId: 'c2', drawnBy: 'participant', written: false },
        { from: 'a', to: 'b', connectorId: 'c1', drawnBy: 'app', written: true },
      ],
      isolated: [{ itemId: 'x', name: 'X' }],
      cycles: [{ itemIds: ['a', 'b'], names: ['Orders', 'Customer 360'] }],
    });
    expect(linkCounts(report)).toEqual({ app: 1, people: 1 });
    expect(attentionCount(report)).toBe(2);
    expect(edgesInReadingOrder(report).map((edge) => edge.connectorId)).toEqual(['c1', 'c2']);
    expect(arrangedText(null)).toBe('Left as it was');
    expect(arrangedText({ skipped: 'The interaction map area is missing.' })).toBe('The interaction map area is missing.');
    const zero = { created: 0, updated: 0, removed: 0 };
    expect(arrangedText({ items: zero, connectors: { created: 0, removed: 0, kept: 3 }, scale: 1 })).toBe('Up to date');
    expect(arrangedText({ items: { ...zero, updated: 1 }, connectors: { created: 0, removed: 0, kept: 3 }, scale: 0.456 })).toBe('Redrawn, shrunk to 46 % to fit');
  });
});
