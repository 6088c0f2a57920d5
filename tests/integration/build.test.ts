import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard, createEmulatedMiro, InvalidConfigError } from '../../src/index';
import { ACTIVITY_IDS, EXTRA_FRAME_IDS, FRAME_IDS } from '../../src/core/activity';
import { workshopConfigFrom } from '../../src/core/config';
import { planBoard } from '../../src/core/layout/planBoard';
import { plainTextFromHtml } from '../../src/core/html';
import { KEY_METRICS } from '../../src/core/workshop/metrics';
import { boardShape, liesInside } from '../support/boardShape';

const plannedCount = (plan: ReturnType<typeof planBoard>) =>
  plan.frames.reduce((sum, frame) => sum + 1 + frame.items.length, 0);

describe('Build Accelerate board', () => {
  test('lays out every activity as a frame with all its items attached and inside it', async () => {
    const emulated = createEmulatedMiro();
    const report = await buildAccelerateBoard(emulated.miro);
    const plan = planBoard(workshopConfigFrom({}));
    const items = emulated.items();
    const frames = items.filter((item) => item.type === 'frame');

    expect(Object.keys(report.frames)).toEqual([...ACTIVITY_IDS]);
    expect(Object.keys(report.extraFrames)).toEqual([...EXTRA_FRAME_IDS]);
    const frameIds: Record<string, string | undefined> = { ...report.frames, ...report.extraFrames };
    expect(frames).toHaveLength(FRAME_IDS.length);
    expect(report.created).toBe(plannedCount(plan));
    expect(items).toHaveLength(plannedCount(plan));
    for (const planned of plan.frames) {
      const frame = frames.find((item) => item.id === frameIds[planned.activity])!;
      expect(frame.props.title).toBe(planned.title);
      const children = items.filter((item) => item.parentId === frame.id);
      expect(children).toHaveLength(planned.items.length);
      expect((frame.props.childrenIds as string[]).slice().sort()).toEqual(children.map((child) => child.id).sort());
      for (const child of children) expect(liesInside(child, frame), `${child.type} ${child.id} inside ${planned.activity}`).toBe(true);
      // Frame children keep the plan's frame-relative coordinates exactly.
      const childAt = new Set(children.map((child) => `${Math.round(child.x)},${Math.round(child.y)}`));
      for (const item of planned.items) expect(childAt.has(`${item.x},${item.y}`), item.key).toBe(true);
    }
  });

  test('every frame carries its goal, steps and prompt; the 48 buckets read worst → best, left → right', async () => {
    const emulated = createEmulatedMiro();
    const { frames } = await buildAccelerateBoard(emulated.miro);
    const items = emulated.items();
    const textOf = (item: (typeof items)[number]) => plainTextFromHtml(String(item.props.content ?? ''));
    for (const [activity, frameId] of Object.entries(frames)) {
      const texts = items.filter((item) => item.parentId === frameId && item.type === 'text').map(textOf);
      for (const heading of ['Goal', 'Step by step', 'Prompt']) {
        const block = texts.find((text) => text.startsWith(`${heading}\n`));
        expect(block, `${activity}: ${heading}`).toBeDefined();
        expect(block!.length, `${activity}: ${heading}`).toBeGreaterThan(heading.length + 10);
      }
    }
    const bucketLabels = new Set(KEY_METRICS.flatMap((metric) => metric.buckets));
    const buckets = items.filter((item) => item.parentId === frames.keyMetrics && item.type === 'shape' && bucketLabels.has(textOf(item)));
    expect(buckets).toHaveLength(48);
    // A row of the 2×2 metric grid holds two scales side by side: six buckets each, in x order.
    const rows = new Map<number, typeof buckets>();
    for (const bucket of buckets) rows.set(Math.round(bucket.boardY), [...(rows.get(Math.round(bucket.boardY)) ?? []), bucket]);
    const scales = [...rows.values()].flatMap((row) => {
      const names = row.sort((a, b) => a.boardX - b.boardX).map(textOf);
      return [names.slice(0, 6), names.slice(6)].filter((scale) => scale.length > 0);
    });
    expect(scales).toHaveLength(8);
    for (const scale of scales) {
      const metric = KEY_METRICS.find((candidate) => candidate.buckets.includes(scale[0]!) && candidate.buckets.includes(scale[1]!))!;
      expect(scale).toEqual([...metric.buckets]);
    }
  });

  test('a second click creates nothing and returns the same frame ids', async () => {
    const emulated = createEmulatedMiro();
    const first = await buildAccelerateBoard(emulated.miro);
    const before = boardShape(emulated);
    emulated.resetStats();
    const second = await buildAccelerateBoard(emulated.miro);

    expect(second.frames).toEqual(first.frames);
    expect(second.created).toBe(0);
    expect(boardShape(emulated)).toEqual(before);
    const writes = Object.entries(emulated.stats().byMethod).filter(([method]) => /create|group|add|ungroup/i.test(method));
    expect(writes).toEqual([]);
  });

  test('places the layout where it overlaps nothing already on the board, and zooms to it', async () => {
    const emulated = createEmulatedMiro();
    const existing = emulated.participant.addStickyNote({ text: 'Earlier work', x: 0, y: 0, width: 400 });
    await buildAccelerateBoard(emulated.miro);
    const note = emulated.items().find((item) => item.id === existing)!;
    const frames = emulated.items().filter((item) => item.type === 'frame');
    for (const frame of frames) {
      const apartX = Math.abs(frame.boardX - note.boardX) >= (frame.width + note.width) / 2;
      const apartY = Math.abs(frame.boardY - note.boardY) >= (frame.height + note.height) / 2;
      expect(apartX || apartY, `${String(frame.props.title)} overlaps the earlier note`).toBe(true);
    }
    expect(emulated.stats().byMethod['board.viewport.zoomTo']?.calls).toBe(1);
  });

  test('invalid configuration names the field and writes nothing', async () => {
    const emulated = createEmulatedMiro();
    await expect(buildAccelerateBoard(emulated.miro, { config: { groups: 9 } })).rejects.toThrow(InvalidConfigError);
    await expect(buildAccelerateBoard(emulated.miro, { config: { groups: 9 } })).rejects.toThrow(/groups/);
    expect(emulated.items()).toHaveLength(0);
    expect(emulated.stats().calls).toBe(0);
  });

  test.each([3, 25, 60, 120, 185])('a build cancelled after %i items completes to the same board as an uninterrupted one', async (cutAt) => {
    const reference = createEmulatedMiro();
    await buildAccelerateBoard(reference.miro);

    const emulated = createEmulatedMiro();
    const cancel = new AbortController();
    const interrupted = buildAccelerateBoard(emulated.miro, {
      signal: cancel.signal,
      onProgress: ({ done }) => done >= cutAt && cancel.abort(),
    });
    await expect(interrupted).rejects.toThrow(/Cancelled/);
    const completed = await buildAccelerateBoard(emulated.miro);

    expect(boardShape(emulated)).toEqual(boardShape(reference));
    expect(completed.created + completed.reused).toBe(plannedCount(planBoard(workshopConfigFrom({}))));
  });

  test('palette dots people moved are neither recreated nor moved back; a deleted area comes back', async () => {
    const emulated = createEmulatedMiro();
    await buildAccelerateBoard(emulated.miro);
    const dots = emulated.items().filter((item) => item.props.shape === 'circle');
    const [moved, removed] = dots;
    const bucket = emulated.items().find((item) => item.type === 'shape' && item.props.shape !== 'circle' && item.parentId)!;
    emulated.participant.move(moved!.id, bucket.boardX, bucket.boardY);
    emulated.participant.remove(removed!.id);
    const area = emulated.items().find((item) => /introductions/i.test(String(item.props.content)) && item.type === 'shape')!;
    emulated.participant.remove(area.id);

    const report = await buildAccelerateBoard(emulated.miro);

    expect(report.created).toBe(1);
    const after = emulated.items();
    expect(after.filter((item) => item.props.shape === 'circle')).toHaveLength(dots.length - 1);
    const movedNow = after.find((item) => item.id === moved!.id)!;
    expect([movedNow.boardX, movedNow.boardY]).toEqual([bucket.boardX, bucket.boardY]);
    const restored = after.find((item) => item.props.content === area.props.content && item.type === 'shape')!;
    expect([restored.x, restored.y, restored.parentId]).toEqual([area.x, area.y, area.parentId]);
  });

  test('a frame the facilitator moved keeps its place; missing items are recreated inside it', async () => {
    const emulated = createEmulatedMiro();
    const { frames } = await buildAccelerateBoard(emulated.miro);
    const okrs = emulated.items().find((item) => item.id === frames.okrs)!;
    emulated.participant.move(okrs.id, okrs.boardX + 5_000, okrs.boardY + 3_000);
    const child = emulated.items().find((item) => item.parentId === okrs.id)!;
    emulated.participant.remove(child.id);

    const report = await buildAccelerateBoard(emulated.miro);

    expect(report.created).toBe(1);
    const movedFrame = emulated.items().find((item) => item.id === okrs.id)!;
    expect([movedFrame.boardX, movedFrame.boardY]).toEqual([okrs.boardX + 5_000, okrs.boardY + 3_000]);
    const recreated = emulated.items().find((item) => item.parentId === okrs.id && item.props.content === child.props.content)!;
    expect([recreated.x, recreated.y]).toEqual([child.x, child.y]);
  });

  test('finishes the same board when 10 % of SDK calls fail', async () => {
    const reference = createEmulatedMiro();
    await buildAccelerateBoard(reference.miro);
    for (const seed of [1, 2, 3]) {
      const flaky = createEmulatedMiro({ failureRate: 0.1, seed });
      await buildAccelerateBoard(flaky.miro, { clock: { now: () => 0, sleep: async () => undefined } });
      expect(flaky.stats().failures).toBeGreaterThan(0);
      expect(boardShape(flaky)).toEqual(boardShape(reference));
    }
  });
});

describe('taking back unrecorded items never takes a participant\'s look-alike', () => {
  /** A built board where one bucket was deleted along with its record, as if never made. */
  async function boardMissingABucket() {
    const emulated = createEmulatedMiro();
    await buildAccelerateBoard(emulated.miro);
    const collection = emulated.miro.board.storage.collection('accelerate-board');
    const ledger = (await collection.get('ledger')) as { items: Record<string, string> };
    const [key, id] = Object.entries(ledger.items).find(([candidate]) => /bucket/.test(candidate))!;
    const bucket = emulated.items().find((item) => item.id === id)!;
    emulated.participant.remove(id);
    delete ledger.items[key];
    await collection.set('ledger', ledger);
    return { emulated, key, bucket, collection };
  }

  const cases = [
    ['same type and size, other text', (text: string, width: number) => ({ text: `${text} (ours)`, width })],
    ['same text, other size', (text: string, width: number) => ({ text, width: width + 12 })],
  ] as const;

  test.each(cases)('%s: left as it is, and the bucket is drawn afresh', async (_, lookAlike) => {
    const { emulated, key, bucket, collection } = await boardMissingABucket();
    const { text, width } = lookAlike(plainTextFromHtml(String(bucket.props.content)), bucket.width);
    const visitor = emulated.participant.addShape({
      shape: String(bucket.props.shape),
      text,
      x: bucket.boardX,
      y: bucket.boardY,
      width,
      height: bucket.height,
      parentId: bucket.parentId ?? undefined,
    });
    const before = JSON.stringify(emulated.items().find((item) => item.id === visitor));

    const report = await buildAccelerateBoard(emulated.miro);

    expect(report.created).toBe(1);
    expect(JSON.stringify(emulated.items().find((item) => item.id === visitor))).toBe(before);
    const recorded = ((await collection.get('ledger')) as { items: Record<string, string> }).items[key];
    expect(recorded).not.toBe(visitor);
    expect(emulated.items().find((item) => item.id === recorded)?.props.content).toBe(bucket.props.content);
  });
});

describe('stacking on the board', () => {
  test('the ready-made dots are made after the scales, so a dot dragged onto a bucket shows on top of it', async () => {
    const emulated = createEmulatedMiro();
    const { frames } = await buildAccelerateBoard(emulated.miro);
    const inMetrics = emulated.items().filter((item) => item.parentId === frames.keyMetrics);
    // Miro stacks items in the order they were made; the emulator lists them in that order.
    const order = new Map(emulated.items().map((item, index) => [item.id, index]));
    const dots = inMetrics.filter((item) => item.props.shape === 'circle');
    const others = inMetrics.filter((item) => item.props.shape !== 'circle');
    expect(dots.length).toBeGreaterThan(0);
    const lastOther = Math.max(...others.map((item) => order.get(item.id)!));
    for (const dot of dots) expect(order.get(dot.id)!).toBeGreaterThan(lastOther);
  });
});
