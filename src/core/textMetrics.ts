/**
 * Miro sizes text items itself; the plan needs a height to keep every item inside its frame.
 * This is a deliberately generous estimate (average glyph ≈ 0.55 em, line height 1.4 em).
 */
export function estimateTextHeight(plainText: string, fontSize: number, width: number): number {
  const charsPerLine = Math.max(1, Math.floor(width / (fontSize * 0.55)));
  const lines = plainText
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil([...paragraph].length / charsPerLine)), 0);
  return Math.ceil(lines * fontSize * 1.4 + fontSize * 0.6);
}
