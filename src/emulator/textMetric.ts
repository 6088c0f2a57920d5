/**
 * How tall Miro renders a text item, estimated independently of the app (which has its own
 * estimate to plan with): Arial advance widths per character class, word wrapping at the item's
 * width, line height 1.36 em plus padding. CJK characters and emoji take about one em or more.
 * An app that plans with a smaller estimate than this sees its texts overflow in the emulator.
 */

/** Advance width in em of one character, by class (Arial, rounded up). */
function advance(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x1f000 || (code >= 0x2600 && code <= 0x27bf)) return 1.3; // emoji, pictographs
  if ((code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xff00 && code <= 0xffef)) return 1.0; // CJK, Hangul, full width
  if (/[ilj.,:;'|!\u0020]/.test(char)) return 0.28;
  if (/[frt()\-[\]{}"/\\]/.test(char)) return 0.36;
  if (/[mwMW@%]/.test(char)) return 0.9;
  if (/[A-Z]/.test(char)) return 0.7;
  if (/[0-9]/.test(char)) return 0.56;
  if (/[a-z]/.test(char)) return 0.53;
  return 0.6; // accented and other scripts
}

const LINE_HEIGHT_EM = 1.36;
const PADDING_EM = 0.5;

/** Lines one paragraph wraps into at `widthEm`: at spaces when a word fits, else inside the word. */
function wrappedLines(paragraph: string, widthEm: number): number {
  let lines = 1;
  let line = 0;
  for (const word of paragraph.split(' ')) {
    const wordWidth = [...word].reduce((sum, char) => sum + advance(char), 0);
    const needed = (line > 0 ? advance(' ') : 0) + wordWidth;
    if (line > 0 && line + needed > widthEm) {
      lines++;
      line = 0;
    }
    if (wordWidth <= widthEm) {
      line += line > 0 ? needed : wordWidth;
      continue;
    }
    // A word longer than the line breaks across lines.
    for (const char of word) {
      if (line + advance(char) > widthEm && line > 0) {
        lines++;
        line = 0;
      }
      line += advance(char);
    }
  }
  return lines;
}

/** Rendered height in board px of plain text at `fontSize` in an item `width` px wide. */
export function renderedTextHeight(plainText: string, fontSize: number, width: number): number {
  const widthEm = Math.max(1, width / fontSize);
  const lines = plainText.split('\n').reduce((sum, paragraph) => sum + wrappedLines(paragraph, widthEm), 0);
  return Math.ceil(lines * fontSize * LINE_HEIGHT_EM + fontSize * PADDING_EM);
}
