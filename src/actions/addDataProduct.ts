import type { Card, Miro } from '@mirohq/websdk-types';
import { plainTextFromHtml } from '../core/html';
import { createReconciled, type CreateJob } from '../miro/createReconciled';
import { dataProductCardContent, type DataProductInput } from '../core/map/dataProductCard';
import { placeDataProduct } from '../core/map/placeDataProduct';
import { attachToFrame } from '../miro/attachToFrame';
import { createCallQueue } from '../miro/callQueue';
import { isFrame } from '../miro/itemGuards';
import { readBoard } from '../miro/readSnapshot';
import { oneAtATime } from './oneAtATime';
import { isMuralBoard, type MuralBoard } from '../mural/connectMural';
import { addMuralDataProductNote } from '../mural/muralActions';

export type { DataProductInput } from '../core/map/dataProductCard';

/**
 * *Add data product*: a card in free space in the data products area (overlapping nothing there),
 * attached to the data products frame. Title: the name; description: `Job:`, `Sources:`,
 * `Consumers:`, `Owner:` lines, all escaped. The card is the participants' from then on: it is not
 * recorded in the ledger, so it counts as a data product and no re-run ever changes it.
 * Returns the card's id. Throws (before any write) on an invalid input or a full area. Runs after
 * any action still running on this board client (`oneAtATime`), so two cards never take one slot.
 */
export async function addDataProduct(miro: Miro | MuralBoard, input: DataProductInput): Promise<string> {
  // MURAL: a sticky note (no cards there) with the same fields as plain text; not recorded either.
  if (isMuralBoard(miro)) return addMuralDataProductNote(miro, input);
  // Validated now, so a bad input fails at once rather than after the actions queued before it.
  const content = dataProductCardContent(input);
  return oneAtATime(miro, () => addCard(miro, content));
}

async function addCard(miro: Miro, content: ReturnType<typeof dataProductCardContent>): Promise<string> {
  const queue = createCallQueue();
  const { items, snapshot } = await queue.run(550, () => readBoard(miro));
  const at = placeDataProduct(snapshot);
  const frame = items.get(snapshot.ledger?.frames.dataProducts ?? '');
  if (!isFrame(frame)) throw new Error('The data products frame is missing: click "Build Accelerate board" to restore it.');
  const job: CreateJob<Card> = {
    create: () => miro.board.createCard({ title: content.title, description: content.description, x: at.x, y: at.y }),
    madeIt: (item, centreOf) => {
      const centre = centreOf(item);
      const made = item as Card;
      return item.type === 'card' && Math.abs(centre.x - at.x) < 1 && Math.abs(centre.y - at.y) < 1 && plainTextFromHtml(made.title) === plainTextFromHtml(content.title);
    },
  };
  const [card] = await createReconciled(miro, queue, [job], new Set(items.keys()));
  await attachToFrame(miro, queue, frame, [card!]);
  return card!.id;
}
