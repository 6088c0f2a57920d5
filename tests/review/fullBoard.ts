import { bucketKey } from '../../src/core/workshop/keys';
import type { BucketIndex, HorizonId, MetricId } from '../../src/core/workshop/metrics';
import { readSnapshot } from '../../src/miro/readSnapshot';
import type { ReviewBoard } from './helpers';

/** Markup, script and Markdown a participant might type (or paste). */
export const HOSTILE = '<script>alert("x")</script> **bold** [link](javascript:alert(1)) & &lt;b&gt; # not a heading';

/** A participant's dot in a bucket of a metric scale. */
export async function addDot(board: ReviewBoard, metric: MetricId, horizon: HorizonId, index: BucketIndex, dx = 0): Promise<void> {
  const snapshot = await readSnapshot(board.emulated.miro);
  const bucket = snapshot.items.find((item) => item.id === snapshot.ledger!.items[bucketKey(metric, horizon, index)])!;
  board.emulated.participant.addShape({ shape: 'circle', x: bucket.x + dx, y: bucket.y, width: 40, height: 40, fillColor: '#2d9bf0', parentId: board.frames.keyMetrics });
}

/** Something in every activity the review covers: what a facilitator's board looks like at the end. */
export async function fillBoard(board: ReviewBoard): Promise<void> {
  await board.add('nirvana', 'shared', 'Every team finds, trusts and uses the data it needs');
  await board.add('nirvana', 'group-1', 'Group one dreams of self-service');
  await board.add('okrs', 'objective-1', 'Customers stay with us longer');
  await board.add('okrs', 'objective-1', 'Churn from 8 % to 5 %');
  await board.add('okrs', 'objective-2', 'Objective: analysts answer questions in minutes');
  await board.add('okrs', 'objective-2', 'KR: lead time for new reports below 2 days');
  await board.add('useCases', 'selected', 'We believe that churn prediction will help achieving customers staying longer');
  await board.add('useCases', 'efficiency', 'We believe that self-service reporting will help achieving analysts answering in minutes');
  await board.add('useCases', 'discarded', 'A nicer intranet');
  await board.add('dataProducts', 'products', 'Customer 360\nJob: one view of each customer\nSources: CRM, Orders\nConsumers: Churn forecast\nOwner: Sales');
  await board.add('dataProducts', 'products', 'Churn forecast\nJob: who is likely to leave next month\nSources: Customer 360\nConsumers: Retention team\nOwner: Marketing');
  for (const dx of [-40, 0, 40]) await addDot(board, 'leadTime', 'today', 2, dx);
  await addDot(board, 'leadTime', 'nextYear', 5);
  await addDot(board, 'deployFrequency', 'today', 3);
  await board.add('principles', 'domainOwnership', 'Nobody feels they own the data');
  await board.add('principles', 'selfServePlatform', 'Our platform team is tiny');
  await board.add('principles', 'surprised', 'Everyone has the same pain');
  await board.add('futurespective', 'posts', 'A year in: our first 10 data products are live!');
  await board.add('checkout', 'words', 'Energised');
  await board.add('checkout', 'words', 'Curious');
  await board.add('review', 'nextSteps', 'Pick 2 pilot domains by Friday');
}
