import type { Miro } from '@mirohq/websdk-types';
// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { createEmulatedMiro, type BuildReport } from '../../src/index';
import { SandboxApp } from '../../src/sandbox/SandboxApp';
import type { PanelActions } from '../../src/ui/panelActions';
import { bucketBar, bucketsLabelled, builtBoard } from './tallyFixtures';

afterEach(cleanup);

const drawnOfType = (container: Element, type: string) => container.querySelectorAll(`[data-item-type="${type}"]`);

/** The words drawn in an item, one `<tspan class="board-line">` per wrapped line (styled runs inside). */
const wordsIn = (element: Element | null | undefined) =>
  [...(element?.querySelectorAll('tspan.board-line') ?? [])].map((line) => line.textContent).join(' ');

describe('sandbox page', () => {
  test('the panel beside the board drives the emulated miro, and the board redraws', async () => {
    const emulated = createEmulatedMiro();
    // A stand-in build that makes two frames through the SDK the panel was given.
    const build: PanelActions['buildAccelerateBoard'] = async (target): Promise<BuildReport> => {
      const miro = target as Miro;
      const kickoff = await miro.board.createFrame({ title: 'Kick-off', x: 0, y: 0, width: 800, height: 600 });
      const principles = await miro.board.createFrame({ title: 'Principles', x: 1000, y: 0, width: 800, height: 600 });
      return { frames: { kickoff: kickoff.id, principles: principles.id }, extraFrames: {}, created: 2, reused: 0, calls: 2 };
    };
    const { container } = render(<SandboxApp emulated={emulated} actions={{ buildAccelerateBoard: build }} />);
    expect(drawnOfType(container, 'frame')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Build Accelerate board' }));
    await waitFor(() => expect(drawnOfType(container, 'frame')).toHaveLength(2));
    expect(container.textContent).toContain('Kick-off');
    expect(await screen.findByText('Accelerate board is ready.')).toBeTruthy();
  });

  test('rehearsal tools add a sticky note, a dot and a stamp as a participant would', async () => {
    const emulated = createEmulatedMiro();
    const { container } = render(<SandboxApp emulated={emulated} />);

    fireEvent.input(screen.getByLabelText('Sticky note text'), { target: { value: 'Order history <b>' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add sticky note' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add dot' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add stamp' }));

    await waitFor(() => expect(container.querySelectorAll('[data-item-id]')).toHaveLength(3));
    expect(wordsIn(drawnOfType(container, 'sticky_note')[0])).toBe('Order history <b>');
    expect(drawnOfType(container, 'shape')[0]?.querySelector('ellipse')).not.toBeNull();
    expect(drawnOfType(container, 'stamp')).toHaveLength(1);
    expect(emulated.items().map((item) => item.type).sort()).toEqual(['shape', 'stamp', 'sticky_note']);
    // Participants' edits are free: the SDK calls are the panel's check for Miro voting and its ledger read.
    expect(Object.keys(emulated.stats().byMethod).sort()).toEqual(['board.canUse', 'collection.get']);
    expect(emulated.stats().calls).toBe(2);
  });

  test("another participant's changes appear on the board", async () => {
    const emulated = createEmulatedMiro();
    const { container } = render(<SandboxApp emulated={emulated} />);
    const id = emulated.participant.addStickyNote({ text: 'From someone else', x: 0, y: 0 });
    await waitFor(() => expect(wordsIn(container.querySelector(`[data-item-id="${id}"]`))).toBe('From someone else'));
    emulated.participant.move(id, 400, 300);
    await waitFor(() =>
      expect(container.querySelector(`[data-item-id="${id}"]`)?.getAttribute('transform')).toBe('translate(400 300)'),
    );
  });

  test("the panel's zoom to bucket moves the sandbox camera onto that bucket, as Miro moves the view", async () => {
    const { emulated, keyMetricsFrame } = await builtBoard();
    const [oneToSix] = bucketsLabelled(emulated, keyMetricsFrame, 'One to six months');
    const { container } = render(<SandboxApp emulated={emulated} />);
    const camera = () => container.querySelector('.board-camera')?.getAttribute('transform');
    await waitFor(() => expect(drawnOfType(container, 'frame')).toHaveLength(12));
    const fitted = camera();

    fireEvent.click(screen.getByRole('button', { name: 'Tally' }));
    const today = await screen.findByRole('group', { name: 'Lead time for changes, Today' }, { timeout: 15_000 });
    fireEvent.click(bucketBar(today, 'One to six months'));

    await waitFor(() => expect(camera()).not.toBe(fitted));
    expect(emulated.stats().byMethod['board.viewport.zoomTo']?.calls).toBe(1);
    // The bucket's centre is now the centre of the view (960 × 640 in jsdom, less the toolbar and status insets).
    const [scale, , , , offsetX, offsetY] = camera()!.replace(/[^\d.,\s-]/g, '').trim().split(/\s+/).map(Number);
    expect(oneToSix!.boardX * scale! + offsetX!).toBeCloseTo(32 + (960 - 64) / 2);
    expect(oneToSix!.boardY * scale! + offsetY!).toBeCloseTo(84 + (640 - 148) / 2);
  });

  test('zoom buttons change the zoom level', () => {
    render(<SandboxApp emulated={createEmulatedMiro()} />);
    expect(screen.getByText('100%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByText('125%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(screen.getByText('80%')).toBeTruthy();
  });
});
