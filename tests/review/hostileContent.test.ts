import { describe, expect, test } from 'vitest';
import { generateReview } from '../../src/actions/generateReview';
import { plainTextFromHtml } from '../../src/core/html';
import { readSnapshot } from '../../src/miro/readSnapshot';
import { FRAME_PADDING } from '../../src/core/layout/style';
import { MAX_REVIEW_PAGES } from '../../src/core/review/reviewPages';
import { csvRecords } from './csvParse';
import { HOSTILE } from './fullBoard';
import { contentOf, contentRegionOnBoard, liesWithin, reviewBoard, reviewItemId, type ReviewBoard } from './helpers';

const ALLOWED_TAGS = new Set(['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br']);

function tagsOf(html: string): string[] {
  return [...html.matchAll(/<\s*\/?\s*([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g)].map((match) => match[1]!.toLowerCase());
}

/** A section's text on the board: its body and the parts continued in the next columns, in order. */
async function bodyText(board: ReviewBoard, section: string): Promise<string> {
  const { ledger } = await readSnapshot(board.emulated.miro);
  const parts: string[] = [];
  for (let part = 1, id; (id = reviewItemId(ledger!.items, `${section}/body${part === 1 ? '' : `/${part}`}`)); part++) {
    parts.push(plainTextFromHtml(contentOf(board.item(id)!)));
  }
  return parts.join('\n');
}

const exportText = (report: Awaited<ReturnType<typeof generateReview>>, id: string) => report.exports.find((file) => file.id === id)!.text;

describe('participants’ text is shown as text', () => {
  test('markup and script in every activity are escaped on the board and in the Markdown', async () => {
    const board = await reviewBoard();
    await board.add('nirvana', 'shared', HOSTILE);
    await board.add('okrs', 'objective-1', HOSTILE);
    await board.add('okrs', 'objective-1', `KR: ${HOSTILE}`);
    await board.add('useCases', 'selected', `We believe that ${HOSTILE} will help achieving ${HOSTILE}`);
    await board.add('dataProducts', 'products', `${HOSTILE}\nJob: ${HOSTILE}\nSources: ${HOSTILE}\nConsumers: <b>Ops</b>\nOwner: <i>Ops</i>`);
    await board.add('principles', 'dataAsProduct', HOSTILE);
    await board.add('futurespective', 'posts', HOSTILE);
    await board.add('futurespective', 'posts', '# Big heading\n- not a list\n1. not ordered');
    await board.add('checkout', 'words', HOSTILE);
    await board.add('review', 'nextSteps', HOSTILE);

    const report = await generateReview(board.emulated.miro);

    const items = await board.generatedItems();
    for (const item of items) {
      const html = contentOf(item);
      expect(html.length).toBeLessThan(6000);
      expect(html).not.toMatch(/<script/i);
      for (const tag of tagsOf(html)) expect(ALLOWED_TAGS.has(tag), tag).toBe(true);
    }
    const bodies = items.map(contentOf).filter((html) => html.includes('&lt;script&gt;'));
    // The use case is shown without "We believe that" and its leading "<" (read as a template bracket): still escaped.
    expect(bodies.length).toBeGreaterThanOrEqual(6);
    expect(items.map(contentOf).some((html) => html.includes('1. ★ script&gt;alert(&quot;x&quot;)&lt;/script&gt;'))).toBe(true);
    expect(await bodyText(board, 'nirvana')).toContain('<script>alert("x")</script> **bold**');
    expect(await bodyText(board, 'dataProducts')).toContain('Owner: <i>Ops</i>');

    const markdown = report.markdown;
    expect(markdown).not.toMatch(/(?<!\\)<(?:script|b|i)\b/i);
    expect(markdown).toContain('\\<script\\>alert("x")\\</script\\> \\*\\*bold\\*\\* \\[link\\](javascript:alert(1)) \\& \\&lt;b\\&gt; \\# not a heading');
    expect(markdown).toContain('- \\# Big heading\\\n  \\- not a list\\\n  1\\. not ordered');
    expect(markdown).not.toMatch(/^\s*#+ Big heading/m);
    expect(markdown).toContain('### \\<script\\>'); // the data product's name as a heading, escaped
  });

  test('very long notes are shortened on the board with an ellipsis, complete in the exports', async () => {
    const board = await reviewBoard();
    const long = `Start ${Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')} end.`;
    await board.add('futurespective', 'posts', long);
    await board.add('nirvana', 'shared', long);

    const report = await generateReview(board.emulated.miro);

    for (const section of ['futurespective', 'nirvana']) {
      const text = await bodyText(board, section);
      expect(text).toMatch(/^[“•] ?Start word0 word1 .*…”?$/);
      expect(text.length).toBeLessThan(320);
    }
    expect(report.markdown).toContain(long);
    expect(csvRecords(exportText(report, 'notesCsv')).filter((row) => row.text === long)).toHaveLength(2);
    expect(JSON.parse(exportText(report, 'json')).futurespective[0].text).toBe(long);
  });

  test('when the last page is full, the longest lists are cut to the same length with "+N more" that adds up; shorter ones stay whole; every item stays inside its page, under 6000 characters', async () => {
    const board = await reviewBoard();
    for (let i = 0; i < 90; i++) await board.add('futurespective', 'posts', `Post ${i} <&> ${'x'.repeat(120)}`);
    for (let i = 0; i < 120; i++) await board.add('principles', 'federatedGovernance', `Challenge ${i} <&> ${'y'.repeat(120)}`);
    for (let i = 0; i < 300; i++) await board.add('checkout', 'words', `w${i}<>`);
    for (let i = 0; i < 30; i++) await board.add('useCases', 'selected', `We believe that use case ${i} <&> will help achieving goal ${i}`);
    for (let i = 1; i <= 3; i++) for (let k = 0; k < 12; k++) await board.add('okrs', `objective-${i}`, k === 0 ? `Outcome ${i}` : `KR ${k}: ${k}0 % <&>`);
    for (let i = 0; i < 20; i++) await board.add('dataProducts', 'products', `Product ${i}\nJob: job ${i}\nSources: Product ${i + 1}\nOwner: Team`);

    const report = await generateReview(board.emulated.miro);

    // Shown + hidden = everything, per section (a cut list ends with "+N more").
    const shownAndHidden = (text: string, shown: RegExp) => (text.match(shown)?.length ?? 0) + Number(/\+(\d+) more/.exec(text)?.[1] ?? 0);
    expect(shownAndHidden(await bodyText(board, 'futurespective'), /^• Post \d+/gm)).toBe(90);
    expect(shownAndHidden(await bodyText(board, 'principles'), /^• Challenge \d+/gm) + 1).toBe(121); // + the principle's heading
    expect(shownAndHidden(await bodyText(board, 'useCases'), /^\d+\. ★ use case/gm)).toBe(30);
    expect(shownAndHidden(await bodyText(board, 'dataProducts'), /^Job: job/gm)).toBe(20);
    expect(shownAndHidden(await bodyText(board, 'checkout'), /w\d+<>/g)).toBe(300);
    for (const section of ['futurespective', 'principles']) expect(await bodyText(board, section), section).toMatch(/\+\d+ more \(complete in the Markdown export\)/);
    // The three objectives are a short list: whole, with every key result.
    expect(await bodyText(board, 'okrs')).toContain('KR 3.11: 110 % <&>');
    expect(report.pageFrameIds).toHaveLength(MAX_REVIEW_PAGES);
    const region = (frameId: string) => {
      const frame = board.item(frameId)!;
      return frameId === board.frames.review ? contentRegionOnBoard(frame) : { ...frame, width: frame.width - 2 * FRAME_PADDING, height: frame.height - 2 * FRAME_PADDING };
    };
    for (const item of await board.generatedItems()) {
      expect(contentOf(item).length).toBeLessThan(6000);
      expect(report.pageFrameIds).toContain(item.parentId);
      expect(liesWithin(item, region(item.parentId!)), plainTextFromHtml(contentOf(item)).slice(0, 80)).toBe(true);
    }
    expect(report.markdown).toContain('Post 89');
    expect(report.markdown).toContain('w299\\<\\>');
    expect(report.lints.filter((lint) => lint.code === 'too-many-key-results')).toHaveLength(3);
  });
});
