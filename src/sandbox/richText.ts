import { decodeEntities } from '../core/html';
import { textWidth } from './textLayout';

/**
 * Miro's text HTML (<p> <br> <strong>/<b> <em>/<i> <u> <s> <a>) as styled runs, wrapped like
 * `wrapText` but keeping each word's style, so the sandbox draws bold, italic, underline and
 * strike-through where Miro does.
 */
export type Run = { readonly text: string; readonly bold: boolean; readonly italic: boolean; readonly underline: boolean; readonly strike: boolean };
export type RichTextLine = readonly Run[];

type Style = Omit<Run, 'text'>;
const PLAIN: Style = { bold: false, italic: false, underline: false, strike: false };
/** Bold glyphs are about 6 % wider than regular ones. */
const BOLD_WIDTH = 1.06;

const TAG_STYLE: Readonly<Record<string, keyof Style>> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', s: 'strike' };

/** Paragraphs of styled runs; paragraphs and <br> start new lines, unknown tags are dropped. */
export function parseRichHtml(html: string): Run[][] {
  const paragraphs: Run[][] = [[]];
  const open: Record<keyof Style, number> = { bold: 0, italic: 0, underline: 0, strike: 0 };
  const newParagraph = () => paragraphs.push([]);
  let sawContent = false;
  for (const token of html.replace(/\r\n?/g, '\n').split(/(<[^>]*>)/)) {
    if (token === '') continue;
    const tag = /^<\s*(\/?)\s*([a-zA-Z0-9]+)[^>]*>$/.exec(token);
    if (tag) {
      const [, closing, rawName] = tag;
      const name = rawName!.toLowerCase();
      if (name === 'br') newParagraph();
      else if (name === 'p' && !closing && sawContent) newParagraph();
      const style = TAG_STYLE[name];
      if (style) open[style] = Math.max(0, open[style] + (closing ? -1 : 1));
      continue;
    }
    const text = decodeEntities(token);
    for (const [index, part] of text.split('\n').entries()) {
      if (index > 0) newParagraph();
      if (part === '') continue;
      sawContent = true;
      paragraphs[paragraphs.length - 1]!.push({ text: part, bold: open.bold > 0, italic: open.italic > 0, underline: open.underline > 0, strike: open.strike > 0 });
    }
  }
  // Leading and trailing empty paragraphs are not drawn (as plainTextFromHtml trims).
  while (paragraphs.length > 1 && paragraphs[0]!.length === 0) paragraphs.shift();
  while (paragraphs.length > 1 && paragraphs[paragraphs.length - 1]!.length === 0) paragraphs.pop();
  return paragraphs;
}

function runWidth(run: Run, fontSize: number): number {
  return textWidth(run.text, fontSize) * (run.bold ? BOLD_WIDTH : 1);
}

type Word = Run[];
const wordWidth = (word: Word, fontSize: number) => word.reduce((sum, run) => sum + runWidth(run, fontSize), 0);

/** A paragraph's words, each a list of runs (a word may change style mid-way). */
function wordsOf(paragraph: readonly Run[]): Word[] {
  const words: Word[] = [];
  let current: Word = [];
  for (const run of paragraph) {
    const parts = run.text.split(/(\s+)/);
    for (const part of parts) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        if (current.length > 0) words.push(current);
        current = [];
        continue;
      }
      current.push({ ...run, text: part });
    }
  }
  if (current.length > 0) words.push(current);
  return words;
}

const sameStyle = (a: Style, b: Style) => a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike;

/** Merges neighbouring runs of one style; the space between two words is styled only as both words are (an underline stops at a word's end). */
function lineOf(words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  const push = (piece: Run) => {
    const last = runs[runs.length - 1];
    if (last && sameStyle(last, piece)) runs[runs.length - 1] = { ...last, text: last.text + piece.text };
    else runs.push(piece);
  };
  words.forEach((word, index) => {
    if (index > 0) {
      const before = runs[runs.length - 1]!;
      const after = word[0]!;
      push({ text: ' ', bold: before.bold && after.bold, italic: before.italic && after.italic, underline: before.underline && after.underline, strike: before.strike && after.strike });
    }
    for (const piece of word) push(piece);
  });
  return runs;
}

const cache = new Map<string, RichTextLine[]>();
const CACHE_LIMIT = 20_000;

/** Greedy word wrap of rich HTML at `maxWidth`; a word wider than the line is broken between characters. */
export function wrapRichHtml(html: string, maxWidth: number, fontSize: number): RichTextLine[] {
  const key = `${fontSize}|${Math.round(maxWidth)}|${html}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const lines: RichTextLine[] = [];
  for (const paragraph of parseRichHtml(html)) {
    const words = wordsOf(paragraph);
    if (words.length === 0) {
      lines.push([]);
      continue;
    }
    let line: Word[] = [];
    let width = 0;
    const space = textWidth(' ', fontSize);
    for (const word of words) {
      const needed = wordWidth(word, fontSize) + (line.length > 0 ? space : 0);
      if (line.length > 0 && width + needed > maxWidth) {
        lines.push(lineOf(line));
        line = [];
        width = 0;
      }
      if (line.length === 0 && wordWidth(word, fontSize) > maxWidth) {
        for (const piece of brokenWord(word, maxWidth, fontSize)) lines.push(piece);
        continue;
      }
      line.push(word);
      width += line.length === 1 ? wordWidth(word, fontSize) : needed;
    }
    if (line.length > 0) lines.push(lineOf(line));
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, lines);
  return lines;
}

function brokenWord(word: Word, maxWidth: number, fontSize: number): RichTextLine[] {
  const pieces: Run[][] = [[]];
  let width = 0;
  for (const run of word) {
    for (const char of run.text) {
      const charWidth = runWidth({ ...run, text: char }, fontSize);
      if (width + charWidth > maxWidth && width > 0) {
        pieces.push([]);
        width = 0;
      }
      const piece = pieces[pieces.length - 1]!;
      const last = piece[piece.length - 1];
      if (last && sameStyle(last, run)) piece[piece.length - 1] = { ...last, text: last.text + char };
      else piece.push({ ...run, text: char });
      width += charWidth;
    }
  }
  return pieces;
}

/** Plain lines as unstyled runs (sticky notes and cards, whose text is drawn plain). */
export function plainRuns(lines: readonly string[]): RichTextLine[] {
  return lines.map((line) => (line === '' ? [] : [{ text: line, ...PLAIN }]));
}
