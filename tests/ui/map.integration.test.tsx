// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import type { EmulatedMiro, ItemView } from '../../src/emulator/types';
import { readSnapshot } from '../../src/miro/readSnapshot';
import { MAP_ITEM_PREFIX } from '../../src/core/map/mapKeys';
import { Panel } from '../../src/ui/Panel';
import { liesWithin, mapBoard } from '../map/helpers';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)>';

const cards = (emulated: EmulatedMiro): ItemView[] => emulated.items().filter((item) => item.type === 'card');
const plain = (html: unknown) => String(html ?? '').replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const addForm = () => screen.getByRole('form', { name: 'Add data product' });
const drawButton = () => screen.getByRole('button', { name: 'Draw interaction map' });

function fillForm(fields: Partial<Record<'Name' | 'Job to be done' | 'Sources' | 'Consumers' | 'Owner domain', string>>) {
  const form = within(addForm());
  for (const [label, value] of Object.entries(fields)) fireEvent.input(form.getByLabelText(label), { target: { value } });
}

async function addThroughForm(fields: Parameters<typeof fillForm>[0]) {
  fillForm(fields);
  fireEvent.click(within(addForm()).getByRole('button', { name: 'Add data product' }));
  await within(addForm()).findByText(`Added`, { exact: false }, { timeout: 10_000 });
  await waitFor(() => expect(within(addForm()).getByLabelText('Name')).toHaveProperty('disabled', false));
}

/** Draws the map from the panel and returns the report view once it shows. */
async function drawMap() {
  fireEvent.click(drawButton());
  await screen.findByText('Interaction map drawn', {}, { timeout: 10_000 });
  await waitFor(() => expect(drawButton()).toHaveProperty('disabled', false));
}

const listItems = (name: string) => within(screen.getByRole('list', { name })).getAllByRole('listitem').map((item) => item.textContent);

describe('Data products section on the emulated board', () => {
  test('Add data product puts a card in the data products area, clears the form and says what it added', async () => {
    const board = await mapBoard();
    render(<Panel miro={board.emulated.miro} />);

    await addThroughForm({ Name: 'Customer 360', 'Job to be done': 'One view of each customer', Sources: 'CRM, Orders', Consumers: 'Churn forecast', 'Owner domain': 'Sales' });

    const [card, ...others] = cards(board.emulated);
    expect(others).toEqual([]);
    expect(plain(card!.props.title)).toBe('Customer 360');
    expect(plain(card!.props.description)).toContain('Sources: CRM, Orders');
    expect(plain(card!.props.description)).toContain('Owner: Sales');
    expect(card!.parentId).toBe(board.frame.id);
    expect(liesWithin(card!, board.productsArea)).toBe(true);

    const added = within(addForm()).getByRole('status');
    expect(added.textContent).toBe('Added Customer 360');
    for (const label of ['Name', 'Job to be done', 'Sources', 'Consumers', 'Owner domain']) {
      expect(within(addForm()).getByLabelText(label)).toHaveProperty('value', '');
    }

    // Its name zooms the board to the new card.
    fireEvent.click(within(added).getByRole('button', { name: 'Zoom to Customer 360' }));
    await waitFor(() => expect(board.emulated.stats().byMethod['board.viewport.zoomTo']?.calls).toBe(1));
    const viewport = await board.emulated.miro.board.viewport.get();
    expect(viewport.x + viewport.width / 2).toBeCloseTo(card!.boardX);
  });

  test('an empty name is reported next to the field and nothing is written', async () => {
    const board = await mapBoard();
    render(<Panel miro={board.emulated.miro} />);
    await waitFor(() => expect(board.emulated.stats().calls).toBe(2)); // the panel's canUse('voting') and its ledger read
    const before = board.emulated.items();

    fillForm({ Name: '   ', 'Job to be done': 'Something useful' });
    fireEvent.submit(addForm());

    const alert = await within(addForm()).findByRole('alert');
    expect(alert.textContent).toBe('A data product needs a name');
    const name = within(addForm()).getByLabelText('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe(alert.id);
    // The rest of what was typed stays, to fix the name and try again.
    expect(within(addForm()).getByLabelText('Job to be done')).toHaveProperty('value', 'Something useful');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(board.emulated.items()).toEqual(before);
    expect(board.emulated.stats().calls).toBe(2);

    // Typing a name clears the message; the add then works.
    fillForm({ Name: 'Orders' });
    expect(within(addForm()).queryByRole('alert')).toBeNull();
    await addThroughForm({});
    expect(cards(board.emulated).map((card) => plain(card.props.title))).toEqual(['Orders']);
  });

  test('a board that was never built: both actions say what to do, and nothing is written', async () => {
    const emulated = createEmulatedMiro();
    render(<Panel miro={emulated.miro} />);

    fillForm({ Name: 'Orders' });
    fireEvent.submit(addForm());
    expect((await within(addForm()).findByRole('alert')).textContent).toMatch(/data products area is missing.*Build Accelerate board/);

    fireEvent.click(drawButton());
    expect((await screen.findByText(/No data products frame on this board/)).closest('[role="status"]')).not.toBeNull();
    expect(emulated.items()).toEqual([]);
  });

  test('Draw interaction map lists the links, counts who drew them, and asks about the unresolved name', async () => {
    const board = await mapBoard();
    const c360 = board.addSticky('Customer 360\nJob: one view of each customer\nSources: CRM, Orders\nConsumers: Churn forecast');
    const churn = board.addSticky('Churn forecast\nJob: predict churn\nSources: Customer 360');
    const orders = board.addSticky('Orders\nJob: every order\nSources: ERP');
    const mix = board.addSticky('Marketing mix\nJob: spend where it works\nSources: Custmer 360');
    const drawnByHand = board.emulated.participant.addConnector({ start: orders, end: mix });
    render(<Panel miro={board.emulated.miro} />);

    await drawMap();

    expect(listItems('Links')).toEqual(['Customer 360 → Churn forecast', 'Orders → Customer 360', 'Orders → Marketing mix · drawn by people, not written on the notes']);
    expect(listItems('Names that match no data product')).toEqual([
      '“Custmer 360” in Marketing mix: did you mean Customer 360? (the spelling is close)',
    ]);
    const summary = screen.getByText('Interaction map drawn').closest('[role="status"]') as HTMLElement;
    const row = (label: string) => within(summary).getByText(label).nextElementSibling?.textContent;
    expect(row('Links drawn by the app')).toBe('2');
    expect(row('Links drawn by people')).toBe('1');
    expect(row('Connectors created')).toBe('2');
    expect(row('Connectors removed')).toBe('0');
    expect(row('Arranged copy')).toBe('Redrawn');
    expect(row('Source systems')).toBe('CRM, ERP, Custmer 360'); // an unresolved name is still drawn as a source system

    // The board agrees: two app connectors between the products, the person's one untouched.
    const between = new Set([c360, churn, orders, mix]);
    const productConnectors = board.connectors().filter((connector) => between.has((connector.props.start as { item: string }).item));
    expect(productConnectors).toHaveLength(3);
    expect(board.item(drawnByHand)).toBeDefined();

    // A name in the report zooms to that data product.
    fireEvent.click(within(screen.getByRole('list', { name: 'Names that match no data product' })).getByRole('button', { name: 'Zoom to Customer 360' }));
    await waitFor(() => expect(board.emulated.stats().byMethod['board.viewport.zoomTo']?.calls).toBe(1));
    const viewport = await board.emulated.miro.board.viewport.get();
    expect(viewport.y + viewport.height / 2).toBeCloseTo(board.item(c360)!.boardY);
  });

  test('ambiguous names, self-references, cycles and isolated products are listed, each name zoomable', async () => {
    const board = await mapBoard();
    board.addSticky('Billing\nJob: invoices');
    board.addSticky('billing.\nJob: payments');
    board.addSticky('Payments');
    board.addSticky('Revenue\nJob: revenue per month\nSources: Billing, payments, Revenue');
    board.addSticky('Customer 360\nJob: one view\nSources: Revenue\nConsumers: Revenue');
    board.addSticky('Lone\nJob: nobody uses me');
    render(<Panel miro={board.emulated.miro} />);

    await drawMap();

    const attention = screen.getByRole('group', { name: 'Needs attention' });
    expect(within(attention).getByText(/^Needs attention: 7 items$/)).toBeTruthy();
    expect(listItems('Names that match no data product')).toEqual([
      '“payments” in Revenue: did you mean Payments? (a note with that name has no job, sources or consumers yet)',
    ]);
    expect(listItems('Names several data products share')).toEqual(['“Billing”: Billing, billing. · listed in Revenue']);
    expect(within(screen.getByRole('list', { name: 'Names several data products share' })).getByRole('button', { name: 'Zoom to billing., 2 of 2' })).toBeTruthy();
    expect(listItems('Data products that list themselves')).toEqual(['Revenue']);
    expect(listItems('Cycles')).toEqual(['Revenue → Customer 360 → Revenue']);
    expect(listItems('Not linked to another data product')).toEqual(['Billing', 'billing.', 'Lone']);

    // Someone removes a product after the map was drawn: zooming to it explains instead of failing.
    const lone = within(screen.getByRole('list', { name: 'Not linked to another data product' })).getByRole('button', { name: 'Zoom to Lone' });
    board.emulated.participant.remove(lone.getAttribute('data-item-id')!);
    fireEvent.click(lone);
    expect(await screen.findByText(/Could not zoom to “Lone”: it is no longer on the board. Draw the map again/)).toBeTruthy();
  });

  test('"Arrange a copy in the map area" is on by default; unchecked, no copy is drawn', async () => {
    const board = await mapBoard();
    board.addSticky('Orders\nJob: every order\nConsumers: Customer 360');
    board.addSticky('Customer 360\nJob: one view');
    render(<Panel miro={board.emulated.miro} />);
    const arrange = screen.getByLabelText('Arrange a copy in the map area');
    expect(arrange).toHaveProperty('checked', true);

    fireEvent.click(arrange);
    await drawMap();
    const copyKeys = async () => Object.keys((await readSnapshot(board.emulated.miro)).ledger!.items).filter((key) => key.startsWith(MAP_ITEM_PREFIX));
    expect(await copyKeys()).toEqual([]);
    const summary = screen.getByText('Interaction map drawn').closest('[role="status"]') as HTMLElement;
    expect(within(summary).getByText('Arranged copy').nextElementSibling?.textContent).toBe('Left as it was');

    fireEvent.click(arrange);
    await drawMap();
    expect((await copyKeys()).length).toBeGreaterThan(0);
  });

  test('participants’ hostile names are shown as text, never as markup', async () => {
    const board = await mapBoard();
    board.addSticky(`${HOSTILE}\nJob: mischief\nConsumers: Customer 360`);
    board.addSticky(`Customer 360\nJob: one view\nSources: <b>Orders</b>`);
    render(<Panel miro={board.emulated.miro} />);

    await addThroughForm({ Name: `${HOSTILE} card`, Sources: HOSTILE });
    expect(plain(cards(board.emulated)[0]!.props.title)).toBe(`${HOSTILE} card`);
    expect(within(addForm()).getByRole('status').textContent).toBe(`Added ${HOSTILE} card`);

    await drawMap();

    expect(listItems('Links').sort()).toEqual([`${HOSTILE} → ${HOSTILE} card`, `${HOSTILE} → Customer 360`]);
    expect(screen.getAllByRole('button', { name: `Zoom to ${HOSTILE}` }).length).toBeGreaterThan(0);
    expect(screen.getByText('Interaction map drawn').closest('[role="status"]')!.textContent).toContain('<b>Orders</b>');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });
});
