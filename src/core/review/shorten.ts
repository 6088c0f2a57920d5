/** Longest participant text shown on the board, in characters; the exports keep it whole. */
export const BOARD_TEXT_MAX = 140;

/**
 * Text for one line on the board: white space (line breaks too) folded to single spaces, cut at a
 * word near `max` characters with an ellipsis. Counts code points, so an emoji is never split in half.
 */
export function shortenForBoard(text: string, max = BOARD_TEXT_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}
