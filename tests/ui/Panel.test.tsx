// @vitest-environment jsdom
import type { Miro } from '@mirohq/websdk-types';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type BuildOptions, type BuildProgress, type BuildReport } from '../../src/index';
import { Panel } from '../../src/ui/Panel';
import type { PanelActions } from '../../src/ui/panelActions';
import type { ReviewReport } from '../../src/actions/generateReview';
import { fakeReviewReport } from '../review/fakeReviewReport';

afterEach(cleanup);

/** The panel never touches `miro` itself; the actions do, and here they are fakes. */
const miro = {} as Miro;

const report: BuildReport = {
  frames: { kickoff: 'f1', principles: 'f2', nirvana: 'f3' }, extraFrames: {},
  created: 42,
  reused: 7,
  calls: 60,
};

type Deferred<T> = { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void };

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A build that waits for the test, exposing the options the panel passed. */
function controllableBuild() {
  const outcome = deferred<BuildReport>();
  const calls: BuildOptions[] = [];
  const build = vi.fn<PanelActions['buildAccelerateBoard']>(async (_miro, options = {}) => {
    calls.push(options);
    return outcome.promise;
  });
  return { build, calls, outcome };
}

function renderPanel(actions: Partial<PanelActions> = {}) {
  return render(<Panel miro={miro} actions={actions} />);
}

const buildButton = () => screen.getByRole('button', { name: 'Build Accelerate board' });

describe('Panel', () => {
  test('offers the configuration form and the four actions', () => {
    renderPanel();
    expect(screen.getByLabelText('Workshop name')).toBeTruthy();
    expect(screen.getByLabelText('Format')).toBeTruthy();
    expect(screen.getByLabelText('Breakout groups (1–8)')).toHaveProperty('value', '3');
    expect(screen.getByLabelText('Include futurespective')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Include check-out')).toHaveProperty('checked', true);
    for (const name of ['Build Accelerate board', 'Tally', 'Draw interaction map', 'Generate review']) {
      expect(screen.getByRole('button', { name })).toHaveProperty('disabled', false);
    }
  });

  test('an invalid group count is reported by field name and does not start a build', async () => {
    const { build } = controllableBuild();
    renderPanel({ buildAccelerateBoard: build });

    fireEvent.input(screen.getByLabelText('Breakout groups (1–8)'), { target: { value: '9' } });
    const message = await screen.findByRole('alert');
    expect(message.textContent).toBe('Choose 1 to 8 groups.');
    expect(screen.getByLabelText('Breakout groups (1–8)').getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(buildButton());
    expect(build).not.toHaveBeenCalled();
  });

  test('an emptied group count is an error too, not a silent default', async () => {
    const { build } = controllableBuild();
    renderPanel({ buildAccelerateBoard: build });
    fireEvent.input(screen.getByLabelText('Breakout groups (1–8)'), { target: { value: '' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Choose 1 to 8 groups.');
    fireEvent.click(buildButton());
    expect(build).not.toHaveBeenCalled();
  });

  test.each([
    ['Start time', '1:30pm', 'Write the start time as HH:MM, for example 13:30.'],
    ['People (1–30)', '31', 'Choose 1 to 30 people.'],
    ['People (1–30)', '', 'Choose 1 to 30 people.'],
    ['Objectives (1–5)', '6', 'Choose 1 to 5 objectives.'],
    ['Date (on the cover)', 'x'.repeat(41), 'Keep the date to 40 characters or fewer.'],
  ])('%s "%s" is reported in a plain sentence beside its field and does not start a build', async (label, value, sentence) => {
    const { build } = controllableBuild();
    renderPanel({ buildAccelerateBoard: build });
    fireEvent.input(screen.getByLabelText(label), { target: { value } });
    expect((await screen.findByRole('alert')).textContent).toBe(sentence);
    expect(screen.getByLabelText(label).getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(buildButton());
    expect(build).not.toHaveBeenCalled();
  });

  test('passes the validated configuration to the build', async () => {
    const { build, calls, outcome } = controllableBuild();
    renderPanel({ buildAccelerateBoard: build });

    fireEvent.input(screen.getByLabelText('Workshop name'), { target: { value: '  Retail mesh ' } });
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'inPerson' } });
    fireEvent.input(screen.getByLabelText('Breakout groups (1–8)'), { target: { value: '5' } });
    fireEvent.click(screen.getByLabelText('Include futurespective'));
    fireEvent.input(screen.getByLabelText('Date (on the cover)'), { target: { value: '12–13 May 2026' } });
    fireEvent.input(screen.getByLabelText('Start time'), { target: { value: ' 09:00 ' } });
    fireEvent.input(screen.getByLabelText('People (1–30)'), { target: { value: '20' } });
    fireEvent.input(screen.getByLabelText('Objectives (1–5)'), { target: { value: '2' } });
    fireEvent.click(buildButton());

    await waitFor(() => expect(build).toHaveBeenCalledTimes(1));
    expect(build.mock.calls[0]?.[0]).toBe(miro);
    expect(calls[0]?.config).toEqual({
      workshopName: 'Retail mesh',
      format: 'inPerson',
      groups: 5,
      omit: ['futurespective'],
      date: '12–13 May 2026',
      startTime: '09:00',
      headcount: 20,
      objectives: 2,
    });
    outcome.resolve(report);
  });

  test('the build button is disabled while building, shows progress, then the report', async () => {
    const { build, calls, outcome } = controllableBuild();
    renderPanel({ buildAccelerateBoard: build });

    fireEvent.click(buildButton());
    fireEvent.click(buildButton());
    await waitFor(() => expect(buildButton()).toHaveProperty('disabled', true));
    expect(build).toHaveBeenCalledTimes(1);

    const report1: BuildProgress = { done: 3, total: 12, waitingForCredits: false, waitingForAnotherBuild: false };
    calls[0]?.onProgress?.(report1);
    const bar = await screen.findByRole('progressbar', { name: 'Build progress' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('3'));
    expect(bar.getAttribute('aria-valuemax')).toBe('12');
    expect(screen.getByText(/3 \/ 12 items/)).toBeTruthy();

    calls[0]?.onProgress?.({ done: 5, total: 12, waitingForCredits: true, waitingForAnotherBuild: false });
    expect(await screen.findByText(/waiting for Miro credits…/)).toBeTruthy();
    calls[0]?.onProgress?.({ done: 5, total: 12, waitingForCredits: false, waitingForAnotherBuild: true });
    expect(await screen.findByText(/another panel is building this board/)).toBeTruthy();

    outcome.resolve(report);
    await waitFor(() => expect(buildButton()).toHaveProperty('disabled', false));
    expect(screen.queryByRole('progressbar')).toBeNull();
    const result = screen.getByText('Accelerate board is ready.').closest('[role="status"]')!;
    expect(result.textContent).toContain('Frames3');
    expect(result.textContent).toContain('Created42');
    expect(result.textContent).toContain('Reused7');
  });

  test('Cancel aborts the signal the build was given', async () => {
    const { build, calls, outcome } = controllableBuild();
    renderPanel({ buildAccelerateBoard: build });

    fireEvent.click(buildButton());
    await waitFor(() => expect(calls).toHaveLength(1));
    const signal = calls[0]?.signal;
    expect(signal?.aborted).toBe(false);

    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(signal?.aborted).toBe(true);

    outcome.reject(signal?.reason);
    expect(await screen.findByText(/Build cancelled/)).toBeTruthy();
    expect(buildButton()).toHaveProperty('disabled', false);
  });

  test('a build error is shown as a message', async () => {
    const { build, outcome } = controllableBuild();
    renderPanel({ buildAccelerateBoard: build });
    fireEvent.click(buildButton());
    outcome.reject(new Error('Miro said no'));
    expect((await screen.findByRole('alert')).textContent).toBe('Build failed: Miro said no');
  });

  test('an error from Tally is shown as text, and the panel keeps working', async () => {
    const tally = vi.fn(async () => {
      throw new Error('Miro refused the call');
    });
    renderPanel({ tallyKeyMetrics: tally });

    fireEvent.click(screen.getByRole('button', { name: 'Tally' }));
    const message = await screen.findByRole('alert');
    expect(message.textContent).toContain('Tally failed: Miro refused the call');
    expect(tally).toHaveBeenCalledWith(miro, expect.objectContaining({ includeVotes: false }));
    expect(screen.getByRole('button', { name: 'Tally' })).toHaveProperty('disabled', false);
  });

  test('each other action calls its own function and shows a summary of its result', async () => {
    const map = vi.fn<PanelActions['drawInteractionMap']>(async () => ({
      products: [], edges: [], unresolved: [], ambiguous: [], cycles: [], isolated: [], selfReferences: [], sourceSystems: [], consumers: [],
      created: 4, removed: 0, connectors: { created: 4, removed: 0, kept: 0 }, arranged: null, calls: 3,
    }));
    const review = vi.fn(async () => fakeReviewReport({ frameId: 'r1' }));
    renderPanel({ drawInteractionMap: map, generateReview: review });

    fireEvent.click(screen.getByRole('button', { name: 'Draw interaction map' }));
    const mapResult = (await screen.findByText('Interaction map drawn')).closest('[role="status"]') as HTMLElement;
    expect(within(mapResult).getByText('Connectors created').nextElementSibling?.textContent).toBe('4');
    expect(map).toHaveBeenCalledWith(miro, { arrange: true });

    fireEvent.click(screen.getByRole('button', { name: 'Generate review' }));
    await screen.findByText('Generate review: done');
    expect(map).toHaveBeenCalledTimes(1);
    expect(review).toHaveBeenCalledTimes(1);
  });

  test('an action button is disabled while its action runs', async () => {
    const pending = deferred<ReviewReport>();
    const review = vi.fn(() => pending.promise);
    renderPanel({ generateReview: review });
    const button = screen.getByRole('button', { name: 'Generate review' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(button).toHaveProperty('disabled', true));
    expect(review).toHaveBeenCalledTimes(1);
    pending.resolve(fakeReviewReport());
    await waitFor(() => expect(button).toHaveProperty('disabled', false));
  });

  test('on a board not built yet, the actions that need it wait with the reason until a build finishes', async () => {
    const { build, outcome } = controllableBuild();
    const readBoardStatus = vi.fn<PanelActions['readBoardStatus']>(async () => 'notBuilt');
    renderPanel({ buildAccelerateBoard: build, readBoardStatus });
    const tally = screen.getByRole('button', { name: 'Tally' });
    await waitFor(() => expect(tally).toHaveProperty('disabled', true));
    expect(screen.getByRole('note').textContent).toBe('Start here: press Build Accelerate board to lay out the workshop on this board.');
    for (const name of ['Tally', 'Add data product', 'Draw interaction map', 'Generate review']) {
      const button = screen.getByRole('button', { name });
      expect(button).toHaveProperty('disabled', true);
      expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toMatch(/need the workshop board: build it first/);
    }
    fireEvent.click(buildButton());
    outcome.resolve(report);
    await waitFor(() => expect(tally).toHaveProperty('disabled', false));
    expect(screen.queryByRole('note')).toBeNull();
    expect(readBoardStatus).toHaveBeenCalledWith(miro);
  });
});
