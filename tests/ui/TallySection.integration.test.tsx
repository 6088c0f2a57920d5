// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Panel } from '../../src/ui/Panel';
import { bucketBar, bucketsLabelled, builtBoard, dropDot, scaleChart } from './tallyFixtures';

afterEach(cleanup);

const LEAD = 'Lead time for changes';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tallyButton = () => screen.getByRole('button', { name: 'Tally' });
const countOf = (bar: HTMLElement) => bar.getAttribute('data-count');

/** Clicks Tally and waits for the charts of a finished tally. */
async function tallyNow() {
  fireEvent.click(tallyButton());
  await screen.findByRole('group', { name: `${LEAD}, Today` }, { timeout: 15_000 });
  await waitFor(() => expect(tallyButton()).toHaveProperty('disabled', false));
}

describe('Tally in the panel, on the emulated board with the real actions', { timeout: 60_000 }, () => {
  test('counts three dots in one bucket and one far away, and highlights the far one as an outlier', async () => {
    const { emulated, keyMetricsFrame } = await builtBoard();
    const [oneToSix] = bucketsLabelled(emulated, keyMetricsFrame, 'One to six months');
    const [underAnHour] = bucketsLabelled(emulated, keyMetricsFrame, 'Less than one hour');
    for (const nth of [0, 1, 2]) dropDot(emulated, oneToSix!, nth);
    dropDot(emulated, underAnHour!);
    render(<Panel miro={emulated.miro} />);

    await tallyNow();

    const today = scaleChart(LEAD, 'Today');
    const crowded = bucketBar(today, 'One to six months');
    const far = bucketBar(today, 'Less than one hour');
    expect(countOf(crowded)).toBe('3');
    expect(crowded.textContent).toContain('3');
    expect(crowded.getAttribute('data-median')).toBe('true');
    expect(crowded.getAttribute('data-outlier')).toBeNull();
    expect(countOf(far)).toBe('1');
    expect(far.getAttribute('aria-label')).toMatch(/1 dot, outlier/);
    expect(far.getAttribute('data-outlier')).toBe('true');
    expect(far.querySelector('rect:not(.tally-bar-hit)')?.getAttribute('fill')).not.toBe(
      crowded.querySelector('rect:not(.tally-bar-hit)')?.getAttribute('fill'),
    );
    expect(countOf(bucketBar(today, 'More than six months'))).toBe('0');
    // Nothing was placed on the other horizon or the other metrics.
    const nextYear = scaleChart(LEAD, 'A year from now');
    expect(countOf(bucketBar(nextYear, 'One to six months'))).toBe('0');
    expect(countOf(bucketBar(scaleChart('Time to restore service', 'Today'), 'One to six months'))).toBe('0');

    const card = screen.getByRole('article', { name: LEAD });
    expect(card.textContent).toContain('4 dots · median 1–6 mo · score 2 / 10');
    expect(card.textContent).toContain('Lead time for changes: today most of us say one to six months; a year from now, no dots yet.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('names the item types it counted as dots, a stamp by whatever type Miro reports', async () => {
    const { emulated, keyMetricsFrame } = await builtBoard();
    const [oneToSix] = bucketsLabelled(emulated, keyMetricsFrame, 'One to six months');
    dropDot(emulated, oneToSix!, 0);
    emulated.participant.addUnsupported({ type: 'stamp_v3', x: oneToSix!.boardX, y: oneToSix!.boardY + 20, width: 40, height: 40 });
    emulated.participant.addUnsupported({ type: 'emoji', x: oneToSix!.boardX + 30, y: oneToSix!.boardY + 20, width: 30, height: 30 });
    render(<Panel miro={emulated.miro} />);

    await tallyNow();

    expect(screen.getByText('Counted as dots: 1 × emoji, 1 × shape, 1 × stamp_v3')).toBeTruthy();
    expect(countOf(bucketBar(scaleChart(LEAD, 'Today'), 'One to six months'))).toBe('3');
  });

  test('live: a dot a participant adds shows up without clicking, within a few seconds (recounts are at least 4 s apart)', async () => {
    const { emulated, keyMetricsFrame } = await builtBoard();
    const [oneToSix] = bucketsLabelled(emulated, keyMetricsFrame, 'One to six months');
    render(<Panel miro={emulated.miro} />);
    expect(screen.getByLabelText('Live')).toHaveProperty('checked', true);

    await tallyNow();
    expect(countOf(bucketBar(scaleChart(LEAD, 'Today'), 'One to six months'))).toBe('0');

    dropDot(emulated, oneToSix!);
    await waitFor(() => expect(countOf(bucketBar(scaleChart(LEAD, 'Today'), 'One to six months'))).toBe('1'), {
      timeout: 10_000,
    });
    dropDot(emulated, oneToSix!, 1);
    await waitFor(() => expect(countOf(bucketBar(scaleChart(LEAD, 'Today'), 'One to six months'))).toBe('2'), {
      timeout: 12_000,
    });
  });

  test('unchecking Live stops the recount, checking it again catches up, and closing the panel unsubscribes', async () => {
    const { emulated, keyMetricsFrame } = await builtBoard();
    const [oneToSix] = bucketsLabelled(emulated, keyMetricsFrame, 'One to six months');
    const view = render(<Panel miro={emulated.miro} />);
    await tallyNow();
    const bar = () => bucketBar(scaleChart(LEAD, 'Today'), 'One to six months');
    // Let the recount that follows the first tally's own chart writes settle.
    await sleep(700);

    fireEvent.click(screen.getByLabelText('Live'));
    const reads = emulated.stats().byMethod['board.get']?.calls ?? 0;
    dropDot(emulated, oneToSix!);
    await sleep(700);
    expect(countOf(bar())).toBe('0');
    expect(emulated.stats().byMethod['board.get']?.calls ?? 0).toBe(reads);

    fireEvent.click(screen.getByLabelText('Live'));
    await waitFor(() => expect(countOf(bar())).toBe('1'), { timeout: 10_000 });
    await sleep(700);

    view.unmount();
    const readsBeforeClose = emulated.stats().byMethod['board.get']?.calls ?? 0;
    dropDot(emulated, oneToSix!, 1);
    await sleep(700);
    expect(emulated.stats().byMethod['board.get']?.calls ?? 0).toBe(readsBeforeClose);
  });

  test('a deleted bucket is named in a message, not reported as an error, and cannot be zoomed to', async () => {
    const { emulated, keyMetricsFrame } = await builtBoard();
    const [oneToSix] = bucketsLabelled(emulated, keyMetricsFrame, 'One to six months');
    emulated.participant.remove(oneToSix!.id);
    render(<Panel miro={emulated.miro} />);

    await tallyNow();

    const notice = screen.getByText(/A bucket is missing/).closest('[role="status"]')!;
    expect(notice.textContent).toContain('Lead time for changes · Today · One to six months');
    expect(notice.textContent).toContain('Build Accelerate board');
    expect(screen.queryByRole('alert')).toBeNull();

    const missing = bucketBar(scaleChart(LEAD, 'Today'), 'One to six months');
    expect(missing.getAttribute('aria-label')).toMatch(/missing from the board/);
    expect(missing.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(missing);
    fireEvent.keyDown(missing, { key: 'Enter' });
    await sleep(50);
    expect(emulated.stats().byMethod['board.viewport.zoomTo']).toBeUndefined();
  });

  test('dots in the frame but off every bucket are reported as unplaced', async () => {
    const { emulated, keyMetricsFrame } = await builtBoard();
    const [oneToSix] = bucketsLabelled(emulated, keyMetricsFrame, 'One to six months');
    // Inside the frame, on the stories area under the palette: on no bucket.
    emulated.participant.addShape({ shape: 'circle', x: oneToSix!.boardX - 700, y: oneToSix!.boardY + 1500, width: 40, height: 40 });
    render(<Panel miro={emulated.miro} />);
    await tallyNow();
    expect(screen.getByText(/1 dot on the key metrics frame lies outside every bucket/)).toBeTruthy();
  });

  test('Export CSV hands the tally as CSV text to the download', async () => {
    const { emulated, keyMetricsFrame } = await builtBoard();
    const [oneToSix] = bucketsLabelled(emulated, keyMetricsFrame, 'One to six months');
    const [underAnHour] = bucketsLabelled(emulated, keyMetricsFrame, 'Less than one hour');
    for (const nth of [0, 1, 2]) dropDot(emulated, oneToSix!, nth);
    dropDot(emulated, underAnHour!);
    const download = vi.fn<(filename: string, text: string) => void>();
    render(<Panel miro={emulated.miro} download={download} />);
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveProperty('disabled', true);

    await tallyNow();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(download).toHaveBeenCalledTimes(1);
    const [filename, text] = download.mock.calls[0]!;
    expect(filename).toBe('accelerate-tally.csv');
    const rows = text.split('\r\n');
    expect(rows[0]).toBe('metric,horizon,bucket,label,dots,scale_total,median_bucket,spread,score,outlier');
    expect(rows).toContain('Lead time for changes,Today,2,One to six months,3,4,2,4,2,');
    expect(rows).toContain('Lead time for changes,Today,6,Less than one hour,1,4,2,4,2,yes');
    expect(rows).toContain('Lead time for changes,A year from now,2,One to six months,0,0,,0,,');
    expect(rows.filter((row) => row !== '')).toHaveLength(1 + 4 * 2 * 6);
  });

  test('clicking a bar, or Enter on it, zooms the board to that bucket', async () => {
    const { emulated, keyMetricsFrame } = await builtBoard();
    const [, oneToSixNextYear] = bucketsLabelled(emulated, keyMetricsFrame, 'One to six months');
    render(<Panel miro={emulated.miro} />);
    await tallyNow();

    const bar = bucketBar(scaleChart(LEAD, 'A year from now'), 'One to six months');
    expect(bar.getAttribute('tabindex')).toBe('0');
    fireEvent.click(bar);
    await waitFor(() => expect(emulated.stats().byMethod['board.viewport.zoomTo']?.calls).toBe(1));
    expect(emulated.stats().byMethod['board.getById']?.calls).toBe(1);
    const viewport = await emulated.miro.board.viewport.get();
    expect(viewport.x + viewport.width / 2).toBeCloseTo(oneToSixNextYear!.boardX);
    expect(viewport.y + viewport.height / 2).toBeCloseTo(oneToSixNextYear!.boardY);

    fireEvent.keyDown(bucketBar(scaleChart(LEAD, 'Today'), 'Less than one hour'), { key: 'Enter' });
    await waitFor(() => expect(emulated.stats().byMethod['board.viewport.zoomTo']?.calls).toBe(2));
  });

  test('a bucket deleted after the tally: zooming to it says so instead of failing silently', async () => {
    const { emulated, keyMetricsFrame } = await builtBoard();
    const [oneToSix] = bucketsLabelled(emulated, keyMetricsFrame, 'One to six months');
    render(<Panel miro={emulated.miro} />);
    await tallyNow();
    fireEvent.click(screen.getByLabelText('Live'));
    emulated.participant.remove(oneToSix!.id);

    fireEvent.click(bucketBar(scaleChart(LEAD, 'Today'), 'One to six months'));
    expect(await screen.findByText(/Could not zoom to “One to six months”: it is no longer on the board/)).toBeTruthy();
  });

  test('Include Miro votes is offered only where the board can use voting, and adds the votes', async () => {
    const plain = await builtBoard();
    const first = render(<Panel miro={plain.emulated.miro} />);
    await waitFor(() => expect(plain.emulated.stats().byMethod['board.canUse']?.calls).toBe(1));
    await sleep(20);
    expect(screen.queryByLabelText('Include Miro votes')).toBeNull();
    first.unmount();

    const voting = await builtBoard({ features: { voting: true } });
    const [oneToSix] = bucketsLabelled(voting.emulated, voting.keyMetricsFrame, 'One to six months');
    voting.emulated.seedVotingResults([
      { title: 'Lead time', createdBy: { userId: 'u1', userName: 'Facilitator' }, createdAt: '2025-01-01T10:00:00Z', results: [{ itemId: oneToSix!.id, count: 5 }] },
    ]);
    render(<Panel miro={voting.emulated.miro} />);
    const include = await screen.findByLabelText('Include Miro votes');
    expect(include).toHaveProperty('checked', false);

    await tallyNow();
    expect(countOf(bucketBar(scaleChart(LEAD, 'Today'), 'One to six months'))).toBe('0');

    fireEvent.click(include);
    fireEvent.click(tallyButton());
    await waitFor(() => expect(countOf(bucketBar(scaleChart(LEAD, 'Today'), 'One to six months'))).toBe('5'));
    expect(screen.getByText(/Miro votes included/)).toBeTruthy();
  });
});
