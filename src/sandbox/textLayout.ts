/**
 * Text wrapping for SVG, which has none. Widths are estimated from glyph classes rather than
 * measured, so layout is the same in jsdom tests and in the browser, and costs no reflow.
 */

export const LINE_HEIGHT = 1.3;

const NARROW = new Set([...'iljtfr.,;:!|\'"()[] ']);
const WIDE = new Set([...'mwMW@%&']);

function glyphWidth(char: string, fontSize: number): number {
  if (NARROW.has(char)) return fontSize * 0.3;
  if (WIDE.has(char)) return fontSize * 0.85;
  if (char >= 'A' && char <= 'Z') return fontSize * 0.64;
  return fontSize * 0.54;
}

export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += glyphWidth(char, fontSize);
  return width;
}

const wrapCache = new Map<string, string[]>();
const WRAP_CACHE_LIMIT = 20_000;

/** Greedy word wrap; a word wider than the line is broken between characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const key = `${fontSize}|${Math.round(maxWidth)}|${text}`;
  const cached = wrapCache.get(key);
  if (cached) return cached;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) lines.push(...wrapParagraph(paragraph, maxWidth, fontSize));
  if (wrapCache.size >= WRAP_CACHE_LIMIT) wrapCache.clear();
  wrapCache.set(key, lines);
  return lines;
}

function wrapParagraph(paragraph: string, maxWidth: number, fontSize: number): string[] {
  const words = paragraph.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const piece of brokenWord(word, maxWidth, fontSize)) {
      if (line) lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function brokenWord(word: string, maxWidth: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && textWidth(piece + char, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export type FittedText = { fontSize: number; lines: string[] };

const fitCache = new Map<string, FittedText>();

/**
 * The largest font size (down to `minFontSize`) at which the text fits the box — how Miro sizes
 * sticky-note text. At the minimum size, lines that still do not fit are cut with an ellipsis.
 */
export function fitText(text: string, width: number, height: number, maxFontSize: number, minFontSize = 6): FittedText {
  const key = `${Math.round(width)}x${Math.round(height)}|${maxFontSize}|${minFontSize}|${text}`;
  const cached = fitCache.get(key);
  if (cached) return cached;
  let fitted: FittedText | null = null;
  for (const fontSize of candidateFontSizes(maxFontSize, minFontSize)) {
    const lines = wrapText(text, width, fontSize);
    if (lines.length * fontSize * LINE_HEIGHT <= height) {
      fitted = { fontSize, lines };
      break;
    }
  }
  if (!fitted) {
    const lines = wrapText(text, width, minFontSize);
    const maxLines = Math.max(1, Math.floor(height / (minFontSize * LINE_HEIGHT)));
    const kept = lines.slice(0, maxLines);
    if (lines.length > maxLines) kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
    fitted = { fontSize: minFontSize, lines: kept };
  }
  if (fitCache.size >= WRAP_CACHE_LIMIT) fitCache.clear();
  fitCache.set(key, fitted);
  return fitted;
}

function candidateFontSizes(max: number, min: number): number[] {
  const sizes: number[] = [];
  for (let size = max; size > min; size = Math.floor(size * 0.9)) sizes.push(size);
  sizes.push(min);
  return sizes;
}
