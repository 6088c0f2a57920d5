import type { Miro } from '@mirohq/websdk-types';

/** The last action started per board client, settled or not. */
const lastAction = new WeakMap<Miro, Promise<void>>();

/**
 * Runs the actions that write to a board one after another per board client (a double click, a
 * live recount during a click, a review during a tally): run at once, each would miss the items
 * the other is creating and draw them again, and the later ledger write would drop the other's
 * records. A queued action reads the board when its turn comes, so it sees what went before.
 */
export function oneAtATime<T>(miro: Miro, action: () => Promise<T>): Promise<T> {
  const previous = lastAction.get(miro) ?? Promise.resolve();
  const result = previous.then(action);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  lastAction.set(miro, settled);
  void settled.then(() => {
    if (lastAction.get(miro) === settled) lastAction.delete(miro);
  });
  return result;
}
