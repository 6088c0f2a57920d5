// @vitest-environment jsdom
import type { BoardTarget } from '../../src/ui/boardTarget';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { tallyKeyMetrics, type TallyOptions, type TallyReport } from '../../src/actions/tallyKeyMetrics';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';
import { TallySection } from '../../src/ui/TallySection';
import { builtBoard } from './tallyFixtures';

afterEach(cleanup);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Deferred<T> = { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void };
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** A real report, counted once on a built board; the fake tallies below hand it out when told to. */
let report: TallyReport;
beforeAll(async () => {
  const { emulated } = await builtBoard();
  report = await tallyKeyMetrics(emulated.miro);
});

/** A tally the test finishes by hand, recording how many ran at the same time. */
function controllableTally() {
  const runs: Array<{ options: TallyOptions | undefined; outcome: Deferred<TallyReport> }> = [];
  let active = 0;
  let maxActive = 0;
  const run = async (_miro: BoardTarget, options?: TallyOptions) => {
    const outcome = deferred<TallyReport>();
    runs.push({ options, outcome });
    active++;
    maxActive = Math.max(maxActive, active);
    try {
      return await outcome.promise;
    } finally {
      active--;
    }
  };
  return { run, runs, maxActive: () => maxActive };
}

describe('TallySection', { timeout: 60_000 }, () => {
  test('never runs two tallies at once: changes during a tally cause exactly one more run after it', async () => {
    const emulated = createEmulatedMiro();
    const tally = controllableTally();
    render(<TallySection miro={emulated.miro} run={tally.run} />);

    fireEvent.click(screen.getByRole('button', { name: 'Tally' }));
    expect(tally.runs).toHaveLength(1);
    // Two separate bursts of participant changes while the first tally is still counting.
    emulated.participant.addStickyNote({ text: 'one', x: 0, y: 0 });
    await sleep(600);
    emulated.participant.addStickyNote({ text: 'two', x: 300, y: 0 });
    await sleep(600);
    expect(tally.runs).toHaveLength(1);

    tally.runs[0]!.outcome.resolve(report);
    await waitFor(() => expect(tally.runs).toHaveLength(2));
    tally.runs[1]!.outcome.resolve(report);
    await sleep(600);
    expect(tally.runs).toHaveLength(2);
    expect(tally.maxActive()).toBe(1);
    expect(screen.getByRole('group', { name: 'Lead time for changes, Today' })).toBeTruthy();
  });

  test('live waits while the board is being rebuilt, then recounts once', async () => {
    const emulated = createEmulatedMiro();
    const tally = controllableTally();
    const view = render(<TallySection miro={emulated.miro} run={tally.run} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tally' }));
    tally.runs[0]!.outcome.resolve(report);
    await screen.findByRole('group', { name: 'Lead time for changes, Today' });

    view.rerender(<TallySection miro={emulated.miro} run={tally.run} paused />);
    emulated.participant.addStickyNote({ text: 'during the build', x: 0, y: 0 });
    await sleep(600);
    expect(tally.runs).toHaveLength(1);

    view.rerender(<TallySection miro={emulated.miro} run={tally.run} paused={false} />);
    await waitFor(() => expect(tally.runs).toHaveLength(2));
    tally.runs[1]!.outcome.resolve(report);
    await sleep(50);
    expect(tally.runs).toHaveLength(2);
  });

  test('a failed recount keeps the last chart and says what went wrong', async () => {
    const emulated = createEmulatedMiro();
    const tally = controllableTally();
    render(<TallySection miro={emulated.miro} run={tally.run} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tally' }));
    tally.runs[0]!.outcome.resolve(report);
    await screen.findByRole('group', { name: 'Lead time for changes, Today' });

    fireEvent.click(screen.getByRole('button', { name: 'Tally' }));
    tally.runs[1]!.outcome.reject(new Error('Miro is down'));
    expect((await screen.findByRole('alert')).textContent).toBe('Tally failed: Miro is down');
    expect(screen.getByRole('group', { name: 'Lead time for changes, Today' })).toBeTruthy();
  });

  test('on a board that was never built, Tally says to build first, as information rather than an error', async () => {
    const emulated = createEmulatedMiro();
    render(<TallySection miro={emulated.miro} run={tallyKeyMetrics} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tally' }));
    expect(await screen.findByText(/No 4 key metrics scales on this board yet/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveProperty('disabled', true);
  });

  test('without voting the option is absent and votes are not asked for; with it, the choice is passed on', async () => {
    const tally = controllableTally();
    const plain = render(<TallySection miro={createEmulatedMiro().miro} run={tally.run} />);
    await sleep(20);
    expect(screen.queryByLabelText('Include Miro votes')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tally' }));
    expect(tally.runs[0]!.options).toMatchObject({ includeVotes: false });
    tally.runs[0]!.outcome.resolve(report);
    plain.unmount();

    render(<TallySection miro={createEmulatedMiro({ features: { voting: true } }).miro} run={tally.run} />);
    fireEvent.click(await screen.findByLabelText('Include Miro votes'));
    fireEvent.click(screen.getByRole('button', { name: 'Tally' }));
    expect(tally.runs[1]!.options).toMatchObject({ includeVotes: true });
    tally.runs[1]!.outcome.resolve(report);
  });
});
