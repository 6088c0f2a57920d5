import { describe, expect, test } from 'vitest';
import { buildAccelerateBoard, tallyKeyMetrics } from '../../src/index';
import type { MuralWidget } from '../../src/muralEmulator/types';
import { asParticipant, muralSetup, orphans } from './harness';

const byteCopy = (widgets: readonly MuralWidget[], ids: ReadonlySet<string>) =>
  widgets.filter((widget) => ids.has(widget.id)).map((widget) => JSON.stringify(widget)).sort();

/** The fields a participant's copy-paste of `widget` carries (same text, style, outline title; a new id). */
function copyBody(widget: MuralWidget, dx: number, dy: number): Record<string, unknown> {
  const body: Record<string, unknown> = {
    shape: widget.shape, x: widget.x + dx, y: widget.y + dy, width: widget.width, height: widget.height,
    text: widget.text, title: widget.title, parentId: widget.parentId, style: { ...(widget.style as Record<string, unknown>) },
  };
  const style = body.style as Record<string, unknown>;
  for (const key of ['bold', 'italic', 'underline', 'strike', 'font', 'fontSize', 'textAlign']) delete style[key];
  return body;
}

describe("Participants' widgets on a mural", () => {
  test("are byte-for-byte unchanged by builds and tallies, copies of app widgets included, with lost answers on the way", async () => {
    const { emulated, target } = muralSetup({ lostAnswerRate: 0.1, seed: 11 });
    const { frames } = await buildAccelerateBoard(target);
    const first = await tallyKeyMetrics(target);
    const widgets = emulated.widgets();
    const buckets = first.metrics[0]!.horizons[0]!.buckets.map((bucket) => widgets.find((widget) => widget.id === bucket.itemId)!);
    const [bucket1, bucket2] = buckets;

    // A copy of an app bucket beside it, and a copy exactly in place of one the participant removed.
    await asParticipant(emulated, 'Ana', 'POST', '/widgets/shape', [copyBody(bucket1!, 0, 200)]);
    await asParticipant(emulated, 'Ana', 'DELETE', `/widgets/${bucket2!.id}`);
    await asParticipant(emulated, 'Ana', 'POST', '/widgets/shape', [copyBody(bucket2!, 0, 0)]);
    // A copy of an app title text in another area, a sticky in the kick-off area, a dot on bucket 1, an icon.
    const title = widgets.find((widget) => widget.parentId === frames.kickoff && widget.type === 'text' && widget.title !== 'Accelerate Board record (do not edit)')!;
    await asParticipant(emulated, 'Ben', 'POST', '/widgets/textbox', [{ x: title.x, y: title.y + 40, width: title.width, height: title.height, text: title.text, parentId: frames.kickoff }]);
    await asParticipant(emulated, 'Ben', 'POST', '/widgets/sticky-note', [{ shape: 'rectangle', x: 900, y: 300, text: 'Hello', parentId: frames.kickoff }]);
    await asParticipant(emulated, 'Cleo', 'POST', '/widgets/shape', [{ shape: 'circle', x: bucket1!.x + 20, y: bucket1!.y + 20, width: 30, height: 30, parentId: frames.keyMetrics }]);
    emulated.addIcon({ user: 'Cleo', x: 100, y: 100 });

    const facilitator = emulated.userId('Facilitator');
    const people = new Set(emulated.widgets().filter((widget) => widget.createdBy.id !== facilitator).map((widget) => widget.id));
    expect(people.size).toBe(6);
    const before = byteCopy(emulated.widgets(), people);

    await buildAccelerateBoard(target);
    const tally = await tallyKeyMetrics(target);
    await tallyKeyMetrics(target);
    await buildAccelerateBoard(target);

    expect(byteCopy(emulated.widgets(), people)).toEqual(before);
    // The removed bucket is the app's again (a new widget), the copy in its place stays Ana's.
    const newBucket2 = tally.metrics[0]!.horizons[0]!.buckets[1]!;
    expect(people.has(newBucket2.itemId)).toBe(false);
    expect(newBucket2.missing).toBe(false);
    expect(tally.metrics[0]!.horizons[0]!.buckets[0]!.count).toBe(1);
    expect(orphans(emulated)).toEqual([]);
  }, 30_000);
});
