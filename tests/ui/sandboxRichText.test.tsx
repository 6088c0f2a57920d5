// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { createEmulatedMiro } from '../../src/index';
import { BoardScene } from '../../src/sandbox/BoardScene';
import { parseRichHtml, wrapRichHtml } from '../../src/sandbox/richText';
import { textWidth } from '../../src/sandbox/textLayout';
import { identityViewport } from '../../src/sandbox/viewport';

afterEach(cleanup);

describe('the sandbox draws text as Miro does', () => {
  test('parses paragraphs, breaks and nested styles; entities decoded, unknown tags dropped', () => {
    expect(parseRichHtml('<p><strong>Bold <em>both</em></strong> plain<br><u>under</u> <s>gone</s> &lt;b&gt;</p><p><a href="x">link</a></p>')).toEqual([
      [
        { text: 'Bold ', bold: true, italic: false, underline: false, strike: false },
        { text: 'both', bold: true, italic: true, underline: false, strike: false },
        { text: ' plain', bold: false, italic: false, underline: false, strike: false },
      ],
      [
        { text: 'under', bold: false, italic: false, underline: true, strike: false },
        { text: ' ', bold: false, italic: false, underline: false, strike: false },
        { text: 'gone', bold: false, italic: false, underline: false, strike: true },
        { text: ' <b>', bold: false, italic: false, underline: false, strike: false },
      ],
      [{ text: 'link', bold: false, italic: false, underline: false, strike: false }],
    ]);
  });

  test('wraps words with their style, and bold text takes more room than regular', () => {
    const words = Array.from({ length: 12 }, (_, i) => `word${i}`).join(' ');
    const width = textWidth(words, 26) + 0.01; // exactly one line of regular text
    const plain = wrapRichHtml(`<p>${words}</p>`, width, 26);
    const bold = wrapRichHtml(`<p><strong>${words}</strong></p>`, width, 26);
    expect(plain).toHaveLength(1);
    expect(bold).toHaveLength(2);
    expect(bold.flat().every((run) => run.bold)).toBe(true);
    expect(bold.map((line) => line.map((run) => run.text).join('')).join(' ')).toBe(words);
  });

  test('text items and shapes draw their bold, italic and underlined runs, font size, colour and fill', async () => {
    const emulated = createEmulatedMiro();
    await emulated.miro.board.createText({
      content: '<p><strong>Heading</strong></p><p><em>Quiet</em> and <u>marked</u></p>',
      x: 0,
      y: 0,
      width: 600,
      style: { fontSize: 36, color: '#2a44d4', fillColor: '#e8f0fb' },
    });
    await emulated.miro.board.createShape({ content: '<p><strong>Band</strong></p>', x: 0, y: 400, width: 600, height: 100, style: { fillColor: '#1d4f91', color: '#ffffff' } });
    const { container } = render(<BoardScene items={emulated.items()} viewport={identityViewport} size={{ width: 800, height: 600 }} />);
    const text = container.querySelector('[data-item-type="text"] text')!;
    expect(text.getAttribute('font-size')).toBe('36');
    expect(text.getAttribute('fill')).toBe('#2a44d4');
    expect(container.querySelector('[data-item-type="text"] rect')!.getAttribute('fill')).toBe('#e8f0fb');
    const runs = [...text.querySelectorAll('tspan.board-line tspan')].map((run) => ({
      text: run.textContent,
      weight: run.getAttribute('font-weight'),
      style: run.getAttribute('font-style'),
      decoration: run.getAttribute('text-decoration'),
    }));
    expect(runs).toEqual([
      { text: 'Heading', weight: '700', style: null, decoration: null },
      { text: 'Quiet', weight: null, style: 'italic', decoration: null },
      { text: ' and ', weight: null, style: null, decoration: null },
      { text: 'marked', weight: null, style: null, decoration: 'underline' },
    ]);
    const band = container.querySelector('[data-item-type="shape"]')!;
    expect(band.querySelector('.shape-outline')!.getAttribute('fill')).toBe('#1d4f91');
    expect(band.querySelector('text')!.getAttribute('fill')).toBe('#ffffff');
    expect(band.querySelector('tspan.board-line tspan')!.getAttribute('font-weight')).toBe('700');
  });
});
