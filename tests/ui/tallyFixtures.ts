import { within, screen } from '@testing-library/preact';
import { buildAccelerateBoard } from '../../src/actions/buildAccelerateBoard';
import { plainTextFromHtml } from '../../src/core/html';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import type { EmulatedMiro, EmulatorOptions, ItemView } from '../../src/emulator/types';

/** An emulated board the real build has laid out, as a facilitator would have it before the vote. */
export async function builtBoard(options: EmulatorOptions = {}) {
  const emulated = createEmulatedMiro(options);
  const build = await buildAccelerateBoard(emulated.miro);
  emulated.resetStats();
  return { emulated, keyMetricsFrame: build.frames.keyMetrics! };
}

/**
 * The bucket shapes reading `label` in the key metrics frame, top → bottom, left → right. Lead time and
 * time to restore share labels; lead time sits in the top row, today's scale above a year from now's.
 * So for a duration label: [lead time today, lead time next year, restore today, restore next year].
 */
export function bucketsLabelled(emulated: EmulatedMiro, frameId: string, label: string): ItemView[] {
  return emulated
    .items()
    .filter((item) => item.parentId === frameId && item.type === 'shape' && item.props.shape === 'rectangle')
    .filter((item) => typeof item.props.content === 'string' && plainTextFromHtml(item.props.content) === label)
    .sort((a, b) => a.boardY - b.boardY || a.boardX - b.boardX);
}

/** A participant drops a dot (a 40 px circle) into a bucket; `nth` spreads dots so they do not overlap. */
export function dropDot(emulated: EmulatedMiro, bucket: ItemView, nth = 0): string {
  const x = bucket.boardX - bucket.width / 2 + 25 + (nth % 4) * 45;
  const y = bucket.boardY - bucket.height / 2 + 25 + Math.floor(nth / 4) * 45;
  return emulated.participant.addShape({ shape: 'circle', x, y, width: 40, height: 40 });
}

/** The chart of one metric's horizon, found the way a screen reader user would. */
export const scaleChart = (metric: string, horizon: string) => screen.getByRole('group', { name: `${metric}, ${horizon}` });

/** The bar (a zoom button) of a bucket in a scale chart; `label` is the bucket's full label. */
export const bucketBar = (chart: HTMLElement, label: string) =>
  within(chart).getByRole('button', { name: new RegExp(`^${label.replace(/[()+]/g, '\\$&')}:`) });
