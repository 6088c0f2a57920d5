import { generateReview } from '../../src/index';
import { fillBoard } from '../review/fullBoard';
import { reviewBoard } from '../review/helpers';

/** Review: SDK calls and credits on a board with content, and for an unchanged regeneration. */
export async function benchReview(): Promise<void> {
  const board = await reviewBoard();
  await fillBoard(board);
  board.emulated.resetStats();
  const started = performance.now();
  const first = await generateReview(board.emulated.miro);
  const ms = performance.now() - started;
  const firstStats = board.emulated.stats();
  board.emulated.resetStats();
  const again = await generateReview(board.emulated.miro);
  const againStats = board.emulated.stats();
  console.log('\nGenerate review (emulated board with content in every activity)');
  console.log(`  first run   created ${first.created} items, ${firstStats.calls} SDK calls, ${firstStats.credits} credits, ${ms.toFixed(0)} ms`);
  console.log(`  regenerate  created ${again.created}, updated ${again.updated}, removed ${again.removed}; ${againStats.calls} SDK calls (reads only)`);
}
