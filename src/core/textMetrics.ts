/**
 * Miro sizes text items itself; the plan needs a height to keep every item inside its frame.
 * This is a deliberately generous estimate (average glyph ≈ 0.55 em, line height 1.4 em).
 */
export function estimateTextHeight(plainText: string, fontSize: number, width: number): number {
  const charsPerLine = Math.max(1, Math.floor(width / (fontSize * 0.55)));
  const lines = plainText
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(widthInChars(paragraph) / charsPerLine)), 0);
  return Math.ceil(lines * fontSize * 1.4 + fontSize * 0.6);
}

/** CJK characters and emoji take about two average glyphs' width; everything else one. */
function widthInChars(paragraph: string): number {
  let units = 0;
  for (const char of paragraph) {
    const code = char.codePointAt(0) ?? 0;
    const wide = code >= 0x1f000 || (code >= 0x2600 && code <= 0x27bf) || (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xff00 && code <= 0xffef);
    units += wide ? 2 : 1;
  }
  return units;
}
