// @vitest-environment jsdom
import type { Miro } from '@mirohq/websdk-types';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { generateReview, NoReviewFrameError, type ReviewReport } from '../../src/actions/generateReview';
import { ReviewSection, type RunReview } from '../../src/ui/review/ReviewSection';
import { reviewBoard } from './helpers';
import { fakeReviewReport } from './fakeReviewReport';
import { HOSTILE } from './fullBoard';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function hostileBoard() {
  const board = await reviewBoard();
  await board.add('okrs', 'objective-1', `Launch ${HOSTILE}`);
  await board.add('okrs', 'objective-1', 'Better data');
  await board.add('useCases', 'selected', HOSTILE);
  await board.add('dataProducts', 'products', `Orders\nJob: ${HOSTILE}\nSources: Shop`);
  return board;
}

describe('ReviewSection', () => {
  test('runs the real review and shows sections, lints with their notes as text, never as markup', async () => {
    const board = await hostileBoard();
    const download = vi.fn();
    const { container } = render(<ReviewSection miro={board.emulated.miro} run={generateReview} download={download} />);

    fireEvent.click(screen.getByRole('button', { name: 'Generate review' }));
    await screen.findByText('Generate review: done');

    expect(container.querySelector('script, img, b')).toBeNull();
    const lints = screen.getByRole('region', { name: 'Review lints' });
    expect(within(lints).getByText('OKRs')).toBeTruthy();
    const notes = [...lints.querySelectorAll('q')].map((note) => note.textContent);
    expect(notes).toContain('Better data');
    expect(notes.some((note) => note?.startsWith('Launch <script>alert("x")</script> **bold**'))).toBe(true);
    expect([...lints.querySelectorAll('li')].map((item) => item.getAttribute('data-code'))).toEqual([
      'objective-is-output',
      'key-result-not-measurable',
      'use-case-not-template',
      'data-product-no-owner',
    ]);
    expect(container.querySelector('[data-section="okrs"] dd')?.textContent).toBe('1');
    expect(container.querySelector('[data-section="checkout"] dd')?.textContent).toBe('nothing captured yet');
  });

  test('a review on several pages says where pages 2 and 3 are; a one-page review says nothing of pages', async () => {
    const run = vi.fn(async () => fakeReviewReport({ pageFrameIds: ['review-frame', 'page-2', 'page-3'] }));
    const { container } = render(<ReviewSection miro={{} as Miro} run={run} download={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Generate review' }));
    await screen.findByText('Generate review: done');
    expect(container.querySelector('.review-pages')?.textContent).toBe('The review is 3 pages long: pages 2 and 3 are the frames below the review frame.');

    run.mockImplementation(async () => fakeReviewReport({ pageFrameIds: ['review-frame', 'page-2'] }));
    fireEvent.click(screen.getByRole('button', { name: 'Generate review' }));
    await waitFor(() => expect(container.querySelector('.review-pages')?.textContent).toBe('The review is 2 pages long: page 2 is the frame below the review frame.'));

    run.mockImplementation(async () => fakeReviewReport());
    fireEvent.click(screen.getByRole('button', { name: 'Generate review' }));
    await waitFor(() => expect(container.querySelector('.review-pages')).toBeNull());
  });

  test('each export button downloads its file with the text of the report', async () => {
    const board = await hostileBoard();
    const download = vi.fn();
    const report = await generateReview(board.emulated.miro);
    render(<ReviewSection miro={board.emulated.miro} run={async () => report} download={download} />);
    fireEvent.click(screen.getByRole('button', { name: 'Generate review' }));
    const exports = await screen.findByRole('group', { name: 'Export the review' });

    for (const file of report.exports) fireEvent.click(within(exports).getByRole('button', { name: file.label }));

    expect(download.mock.calls).toEqual(report.exports.map((file) => [file.filename, file.text]));
    expect(download.mock.calls[0]![1]).toContain('\\<script\\>');
  });

  test('by default an export is a browser download of a Blob', async () => {
    const board = await hostileBoard();
    const report = await generateReview(board.emulated.miro);
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), 'blob:review')), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<ReviewSection miro={board.emulated.miro} run={async () => report} />);
    fireEvent.click(screen.getByRole('button', { name: 'Generate review' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Review (Markdown)' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(await blobs[0]!.text()).toBe(report.markdown);
  });

  test('a missing review frame is a step to take; other failures are errors; the button works again', async () => {
    const run = vi.fn<RunReview>().mockRejectedValueOnce(new NoReviewFrameError()).mockRejectedValueOnce(new Error('network down'));
    render(<ReviewSection miro={{} as Miro} run={run} />);
    const button = screen.getByRole('button', { name: 'Generate review' });

    fireEvent.click(button);
    expect((await screen.findByRole('status')).textContent).toContain('click "Build Accelerate board" to restore it');
    await waitFor(() => expect(button).toHaveProperty('disabled', false));
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe('Generate review failed: network down');
  });

  test('one run at a time, and none while the panel says the board is busy', async () => {
    let finish!: (report: ReviewReport) => void;
    const run = vi.fn(() => new Promise<ReviewReport>((resolve) => (finish = resolve)));
    const { rerender } = render(<ReviewSection miro={{} as Miro} run={run} disabled />);
    expect(screen.getByRole('button', { name: 'Generate review' })).toHaveProperty('disabled', true);
    rerender(<ReviewSection miro={{} as Miro} run={run} />);
    const button = screen.getByRole('button', { name: 'Generate review' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(run).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(button).toHaveProperty('disabled', true));
    finish(fakeReviewReport({ created: 31 }));
    await screen.findByText('Generate review: done');
    expect(screen.getByText('Review frame: 31 created · 0 updated · 0 removed')).toBeTruthy();
    expect(screen.getByText('No OKR, use case or data product pitfalls found.')).toBeTruthy();
  });
});
