import type { Miro } from '@mirohq/websdk-types';
import { dataProductCardContent, type DataProductInput } from '../core/map/dataProductCard';
import { placeDataProduct } from '../core/map/placeDataProduct';
import { attachToFrame } from '../miro/attachToFrame';
import { createCallQueue } from '../miro/callQueue';
import { isFrame } from '../miro/itemGuards';
import { readBoard } from '../miro/readSnapshot';

export type { DataProductInput } from '../core/map/dataProductCard';

/**
 * *Add data product*: a card in free space in the data products area (overlapping nothing there),
 * attached to the data products frame. Title: the name; description: `Job:`, `Sources:`,
 * `Consumers:`, `Owner:` lines, all escaped. The card is the participants' from then on: it is not
 * recorded in the ledger, so it counts as a data product and no re-run ever changes it.
 * Returns the card's id. Throws (before any write) on an invalid input or a full area.
 */
export async function addDataProduct(miro: Miro, input: DataProductInput): Promise<string> {
  const content = dataProductCardContent(input);
  const queue = createCallQueue();
  const { items, snapshot } = await queue.run(550, () => readBoard(miro));
  const at = placeDataProduct(snapshot);
  const frame = items.get(snapshot.ledger?.frames.dataProducts ?? '');
  if (!isFrame(frame)) throw new Error('The data products frame is missing: click "Build Accelerate board" to restore it.');
  const card = await queue.run(50, () => miro.board.createCard({ title: content.title, description: content.description, x: at.x, y: at.y }));
  await attachToFrame(miro, queue, frame, [card]);
  return card.id;
}
