import { describe, expect, test } from 'vitest';
import { addDataProduct } from '../../src/actions/addDataProduct';
import { drawInteractionMap } from '../../src/actions/drawInteractionMap';
import { DataProductsAreaFullError } from '../../src/core/map/placeDataProduct';
import { liesWithin, mapBoard, overlaps } from './helpers';

describe('Add data product', () => {
  test('creates a card in free space in the products area, attached to the frame, read back as a data product', async () => {
    const board = await mapBoard();
    const sticky = board.addSticky('Orders\nJob: every order\nSources: ERP');

    const id = await addDataProduct(board.emulated.miro, {
      name: 'Customer 360',
      job: 'one view of each customer',
      sources: ['CRM', 'Orders'],
      consumers: 'Churn forecast; Marketing',
      owner: 'Sales domain',
    });

    const card = board.item(id)!;
    expect(card.type).toBe('card');
    expect(card.parentId).toBe(board.frame.id);
    expect(liesWithin(card, board.productsArea)).toBe(true);
    expect(overlaps(card, board.item(sticky)!)).toBe(false);
    expect(card.props.title).toBe('Customer 360');
    expect(card.props.description).toBe('<p>Job: one view of each customer</p><p>Sources: CRM, Orders</p><p>Consumers: Churn forecast, Marketing</p><p>Owner: Sales domain</p>');

    const report = await drawInteractionMap(board.emulated.miro, { arrange: false });
    expect(report.products.find((product) => product.itemId === id)).toEqual({
      itemId: id,
      name: 'Customer 360',
      job: 'one view of each customer',
      sources: ['CRM', 'Orders'],
      consumers: ['Churn forecast', 'Marketing'],
      owner: 'Sales domain',
    });
    expect(report.edges).toEqual([expect.objectContaining({ from: sticky, to: id })]);
  });

  test('cards added one after another never overlap each other or the area label', async () => {
    const board = await mapBoard();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await addDataProduct(board.emulated.miro, { name: `Product ${i}`, job: 'x' }));
    const cards = ids.map((id) => board.item(id)!);
    for (let i = 0; i < cards.length; i++) {
      expect(liesWithin(cards[i]!, board.productsArea)).toBe(true);
      expect(cards[i]!.boardY - cards[i]!.height / 2).toBeGreaterThan(board.productsArea.boardY - board.productsArea.height / 2 + 100);
      for (let j = i + 1; j < cards.length; j++) expect(overlaps(cards[i]!, cards[j]!)).toBe(false);
    }
  });

  test('escapes what it writes: markup stays text', async () => {
    const board = await mapBoard();
    const id = await addDataProduct(board.emulated.miro, { name: '<script>alert(1)</script>', job: 'a & b <i>c</i>' });
    const card = board.item(id)!;
    expect(card.props.title).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(String(card.props.description)).toContain('Job: a &amp; b &lt;i&gt;c&lt;/i&gt;');
    const report = await drawInteractionMap(board.emulated.miro, { arrange: false });
    expect(report.products.map((product) => [product.name, product.job])).toEqual([['<script>alert(1)</script>', 'a & b <i>c</i>']]);
  });

  test('a full area or a missing name: an error, and no card', async () => {
    const board = await mapBoard();
    const area = board.productsArea;
    board.emulated.participant.addShape({ x: area.boardX, y: area.boardY + 100, width: area.width - 10, height: area.height - 200, parentId: board.frame.id });
    const before = board.emulated.items().length;

    await expect(addDataProduct(board.emulated.miro, { name: 'No room' })).rejects.toThrow(DataProductsAreaFullError);
    await expect(addDataProduct(board.emulated.miro, { name: '   ' })).rejects.toThrow(/name/);
    expect(board.emulated.items()).toHaveLength(before);
  });
});
