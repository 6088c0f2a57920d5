import { listWidgets } from './listWidgets';
import { UncertainWriteError, type MuralClient } from './restClient';
import { parseWidget } from './widgetModel';

/** Rounds of "create, read back what landed" before giving up. */
const MAX_ROUNDS = 8;

/** The arrow body the app writes: a straight arrow, `points[0]` the head (downstream), both ends referenced. */
export type ArrowBody = {
  parentId?: string;
  x: number;
  y: number;
  width: number;
  height: number;
  points: Array<{ x: number; y: number }>;
  startRefId: string;
  endRefId: string;
  arrowType: 'straight';
  tip: 'single';
};

/**
 * A straight arrow from the centre `from` (upstream, start) to the centre `to` (downstream, end),
 * in the space of `parentId` (or the mural): the box holds both centres, points are relative to its
 * top-left, and `points[0]` is the head.
 */
export function arrowBody(args: { parentId?: string; from: { x: number; y: number }; to: { x: number; y: number }; startRefId: string; endRefId: string }): ArrowBody {
  const { from, to } = args;
  const x = Math.min(from.x, to.x);
  const y = Math.min(from.y, to.y);
  return {
    ...(args.parentId !== undefined ? { parentId: args.parentId } : {}),
    x, y, width: Math.max(1, Math.abs(to.x - from.x)), height: Math.max(1, Math.abs(to.y - from.y)),
    points: [{ x: to.x - x, y: to.y - y }, { x: from.x - x, y: from.y - y }],
    startRefId: args.startRefId,
    endRefId: args.endRefId,
    arrowType: 'straight',
    tip: 'single',
  };
}

/**
 * Creates one arrow (MURAL takes arrows one at a time). A lost or failed answer is never repeated
 * blindly: the mural's arrows are read and one with the same ends (and area) that is no one's yet
 * (`claimed` holds every id already known) is taken back; only when none landed is it created again.
 */
export async function createArrow(client: MuralClient, claimed: Set<string>, body: ArrowBody): Promise<string> {
  for (let round = 1; ; round++) {
    try {
      const answer = await client.request({ method: 'POST', path: '/widgets/arrow', route: 'POST /murals/{muralId}/widgets/arrow', body });
      const arrow = parseWidget(answer.value, 'POST …/widgets/arrow');
      claimed.add(arrow.id);
      return arrow.id;
    } catch (error) {
      if (!(error instanceof UncertainWriteError)) throw error;
      const arrows = await listWidgets(client, { types: ['arrows'] });
      const landed = arrows.find(
        (widget) => !claimed.has(widget.id) && widget.startRefId === body.startRefId && widget.endRefId === body.endRefId && widget.parentId === body.parentId,
      );
      if (landed) {
        claimed.add(landed.id);
        return landed.id;
      }
      if (round >= MAX_ROUNDS) throw new Error(`MURAL failed to create an arrow after ${MAX_ROUNDS} tries; run again (nothing is duplicated).`);
    }
  }
}
