import type { Frame, Item, Miro } from '@mirohq/websdk-types';
import type { FrameId } from '../core/activity';
import type { WorkshopConfig } from '../core/config';
import type { Ledger } from '../core/ledger';
import type { BoardPlan, PlannedFrame, PlannedItem } from '../core/plan';
import { attachToFrame } from './attachToFrame';
import { createAdoptionIndex, type AdoptionIndex } from './adoptionIndex';
import { boardCentresIn, indexById } from './boardGeometry';
import type { CallQueue } from './callQueue';
import type { BoardPoint } from './createPlannedItem';
import { firstCopies, layoutsOnBoard, winningLayout } from './buildConvergence';
import { createReconciled } from './createReconciled';
import { removeItem } from './removeItem';
import { allSettledOrThrow } from './settle';
import { plannedFrameJob, plannedItemJob } from './plannedItemJob';
import { isFrame, isGroup, isPositioned, type PositionedItem } from './itemGuards';
import { assertFitsInFrame } from './frameFit';
import { createLedgerWriter } from './ledgerWriter';

/** Gap kept around the layout when looking for empty space, in board px. */
const LAYOUT_MARGIN = 200;

/**
 * One build's view of the board: what exists, what the ledger says is the app's, and what it
 * creates. Recognises recorded items, adopts unrecorded ones exactly where the plan puts them,
 * and creates the rest — never touching anything people made.
 */
export class BuildRun {
  created = 0;
  reused = 0;
  private board: Map<string, Item>;
  private readonly ledger: Ledger;
  private adoption: AdoptionIndex;
  /** The board as this run first read it: what was there before it began. */
  private readonly initialIds: ReadonlySet<string>;
  private readonly createdFrames = new Set<string>();
  private readonly writer: ReturnType<typeof createLedgerWriter>;
  /** Whether `ledger.origin` is where this board's layout starts (false until stored or derived). */
  private originKnown: boolean;
  private readonly storedLedger: string;
  /** Ids this run accounts for: the board as read, the ledger, what it made. Anything else new is not its own. */
  private readonly known: Set<string>;

  constructor(
    private readonly miro: Miro,
    private readonly queue: CallQueue,
    boardItems: Item[],
    stored: Ledger | undefined,
    private readonly itemDone: () => void,
  ) {
    this.board = indexById(boardItems);
    this.initialIds = new Set(this.board.keys());
    this.ledger = stored ?? { version: 1, origin: { x: 0, y: 0 }, frames: {}, items: {} };
    this.storedLedger = JSON.stringify(stored ?? null);
    this.adoption = this.unrecordedItems();
    this.writer = createLedgerWriter(miro, queue, this.ledger);
    this.known = new Set([...this.board.keys(), ...this.recordedIds()]);
    this.originKnown = stored !== undefined;
  }

  ledgerChanged(): boolean {
    return JSON.stringify(this.ledger) !== this.storedLedger;
  }

  recordConfig(config: WorkshopConfig): void {
    this.ledger.config = config;
  }

  persistLedger(): Promise<void> {
    return this.writer.persist();
  }

  /** A run cut short between grouping and ungrouping leaves the app's items grouped: undo that. */
  async ungroupLeftovers(): Promise<void> {
    const ours = new Set(Object.values(this.ledger.items));
    const leftovers = [...this.board.values()]
      .filter(isGroup)
      .filter((group) => group.itemsIds.length > 0 && group.itemsIds.every((id) => ours.has(id)));
    await Promise.all(leftovers.map((group) => this.queue.run(50, () => group.ungroup())));
  }

  /** Finds or creates every planned frame; places a new layout where it overlaps nothing. */
  async ensureFrames(plan: BoardPlan): Promise<Map<FrameId, Frame>> {
    const frames = new Map<FrameId, Frame>();
    for (const planned of plan.frames) {
      const recorded = this.frameById(this.ledger.frames[planned.activity]);
      const found = recorded ?? this.adoptFrame(planned);
      if (!found) continue;
      frames.set(planned.activity, found);
      this.ledger.frames[planned.activity] = found.id;
      this.reused++;
      this.itemDone();
    }
    if (frames.size === 0) this.ledger.origin = await this.findOrigin(plan);
    const missing = plan.frames.filter((planned) => !frames.has(planned.activity));
    await createReconciled(
      this.miro,
      this.queue,
      missing.map((planned) => plannedFrameJob(this.miro, planned, this.toBoard(planned))),
      this.known,
      (index, frame) => {
        const planned = missing[index]!;
        this.createdFrames.add(frame.id);
        frames.set(planned.activity, frame);
        this.ledger.frames[planned.activity] = frame.id;
        this.created++;
        this.itemDone();
      },
    );
    if (missing.length > 0) await this.convergeOnFirstLayout(plan, frames);
    // Recorded again before any item is attached; this early write only narrows the window.
    if (missing.length > 0) void this.persistLedger().catch(() => undefined);
    return new Map(plan.frames.map((planned) => [planned.activity, frames.get(planned.activity)!]));
  }

  /** Creates the frame's missing items, records them, then attaches them in one group. */
  async completeFrame(planned: PlannedFrame, frame: Frame): Promise<void> {
    const topLeft = { x: frame.x - frame.width / 2, y: frame.y - frame.height / 2 };
    const toAttach: Item[] = [];
    // Missing items go where the plan puts them: a frame resized smaller may no longer hold them.
    const missing = planned.items.filter((item) => {
      const recordedId = this.ledger.items[item.key];
      return !(recordedId && (this.board.has(recordedId) || item.consumable));
    });
    assertFitsInFrame(frame, missing);
    const toCreate: Array<{ item: PlannedItem; at: BoardPoint }> = [];
    for (const item of planned.items) {
      const recordedId = this.ledger.items[item.key];
      const existing = recordedId ? this.board.get(recordedId) : undefined;
      if (existing || (recordedId && item.consumable)) {
        // A run cut short after recording may have left its items unattached; items people moved out stay out.
        if (existing && !item.consumable && isPositioned(existing) && !existing.parentId && liesInside(existing, frame)) {
          toAttach.push(existing);
        }
        this.reused++;
        this.itemDone();
        continue;
      }
      const at = { x: topLeft.x + item.x, y: topLeft.y + item.y };
      const adopted = this.adoption.take(item, at);
      if (!adopted) {
        toCreate.push({ item, at });
        continue;
      }
      this.ledger.items[item.key] = adopted.id;
      this.reused++;
      if (!isPositioned(adopted) || adopted.parentId !== frame.id) toAttach.push(adopted);
      this.itemDone();
    }
    // Miro stacks items in the order they were made, and moving one keeps its place: the ready-made
    // dots are made after everything else, so a dot dragged onto a bucket shows on top of it.
    const create = (batch: typeof toCreate) =>
      createReconciled(this.miro, this.queue, batch.map(({ item, at }) => plannedItemJob(this.miro, item, at)), this.known, (index, item) => {
        this.ledger.items[batch[index]!.item.key] = item.id;
        this.created++;
        toAttach.push(item);
        this.itemDone();
      });
    const made = create(toCreate.filter(({ item }) => !item.consumable)).then(() => create(toCreate.filter(({ item }) => item.consumable)));
    const failure = await made.then(() => undefined, (error: unknown) => ({ error }));
    // Recorded before anything is attached, and also when a create failed for good.
    if (toAttach.length > 0) await this.persistLedger();
    if (failure) throw failure.error;
    if (toAttach.length === 0) return;
    await attachToFrame(this.miro, this.queue, frame, toAttach);
  }

  /**
   * Another panel building at the same moment made its own layout: the one whose first frame Miro
   * created first is kept. A run whose layout lost removes the frames it made (still empty) and
   * goes on in the winner's, reading the board again so it takes the winner's items rather than
   * drawing them twice.
   */
  private async convergeOnFirstLayout(plan: BoardPlan, frames: Map<FrameId, Frame>): Promise<void> {
    const onBoard = await this.queue.run(500, () => this.miro.board.get({ type: 'frame' }));
    const winner = winningLayout(layoutsOnBoard(onBoard, plan));
    if (!winner || samePoint(winner.origin, this.ledger.origin)) return;
    const ours = [...frames.values()].filter((frame) => this.createdFrames.has(frame.id));
    await Promise.all(
      ours.map(async (frame) => {
        const now = onBoard.find((item) => item.id === frame.id);
        if (isFrame(now) && now.childrenIds.length > 0) return;
        await removeItem(this.miro, this.queue, frame);
        this.created--;
      }),
    );
    this.ledger.origin = winner.origin;
    for (const planned of plan.frames) {
      const theirs = winner.frames.get(planned.activity);
      if (theirs) {
        frames.set(planned.activity, theirs);
        this.ledger.frames[planned.activity] = theirs.id;
      } else {
        frames.delete(planned.activity);
        delete this.ledger.frames[planned.activity];
      }
    }
    await this.readBoardAgain();
    const stillMissing = plan.frames.filter((planned) => !frames.has(planned.activity));
    await createReconciled(this.miro, this.queue, stillMissing.map((planned) => plannedFrameJob(this.miro, planned, this.toBoard(planned))), this.known, (index, frame) => {
      const planned = stillMissing[index]!;
      frames.set(planned.activity, frame);
      this.ledger.frames[planned.activity] = frame.id;
    });
  }

  /**
   * After a build that made something: where two panels drew the same planned item, the first copy
   * Miro created stays and is recorded; later copies this run may decide about (its own, or new
   * since it read the board) are removed. Nothing that was on the board before the run is touched.
   */
  async keepFirstCopies(plan: BoardPlan, frames: ReadonlyMap<FrameId, Frame>): Promise<void> {
    const items = await this.queue.run(500, () => this.miro.board.get());
    const { first, later } = firstCopies(items, plan, frames, new Set(Object.values(this.ledger.items)), this.initialIds);
    for (const [key, id] of first) this.ledger.items[key] = id;
    await allSettledOrThrow(later.map((item) => removeItem(this.miro, this.queue, item)));
  }

  private async readBoardAgain(): Promise<void> {
    const items = await this.queue.run(500, () => this.miro.board.get());
    this.board = indexById(items);
    this.adoption = this.unrecordedItems();
    for (const id of this.board.keys()) this.known.add(id);
  }

  private recordedIds(): Set<string> {
    return new Set([...Object.values(this.ledger.items), ...Object.values(this.ledger.frames)]);
  }

  /** Items no ledger entry names: taken back only where a planned item's type, text and place match exactly. */
  private unrecordedItems(): AdoptionIndex {
    const recorded = this.recordedIds();
    const centreOf = boardCentresIn(this.board);
    return createAdoptionIndex(
      [...this.board.values()]
        .filter((item) => !recorded.has(item.id))
        .filter(isPositioned)
        .map((item) => ({ item, centre: centreOf(item) })),
    );
  }

  private frameById(id: string | undefined): Frame | undefined {
    const item = id ? this.board.get(id) : undefined;
    return isFrame(item) ? item : undefined;
  }

  /** Without a ledger entry, a frame is ours only if its title and size match, where the layout puts it. */
  private adoptFrame(planned: PlannedFrame): Frame | undefined {
    const claimed = new Set(Object.values(this.ledger.frames));
    const candidate = [...this.board.values()].filter(isFrame).find(
      (item) =>
        !claimed.has(item.id) &&
        item.title === planned.title &&
        item.width === planned.width &&
        item.height === planned.height &&
        (!this.originKnown || samePoint(item, this.toBoard(planned))),
    );
    if (candidate && !this.originKnown) {
      this.ledger.origin = { x: candidate.x - planned.x, y: candidate.y - planned.y };
      this.originKnown = true;
    }
    return candidate;
  }

  private async findOrigin(plan: BoardPlan): Promise<{ x: number; y: number }> {
    const view = await this.queue.run(50, () => this.miro.board.viewport.get());
    const space = await this.queue.run(50, () =>
      this.miro.board.findEmptySpace({
        x: Math.round(view.x + view.width / 2),
        y: Math.round(view.y + view.height / 2),
        width: plan.width,
        height: plan.height,
        offset: LAYOUT_MARGIN,
      }),
    );
    this.originKnown = true;
    return { x: Math.round(space.x - plan.width / 2), y: Math.round(space.y - plan.height / 2) };
  }

  private toBoard(planned: PlannedFrame): BoardPoint {
    return { x: this.ledger.origin.x + planned.x, y: this.ledger.origin.y + planned.y };
  }
}

const samePoint = (a: BoardPoint, b: BoardPoint) => Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1;

const liesInside = (item: PositionedItem, frame: Frame) =>
  Math.abs(item.x - frame.x) + (item.width ?? 0) / 2 <= frame.width / 2 &&
  Math.abs(item.y - frame.y) + (item.height ?? 0) / 2 <= frame.height / 2;
