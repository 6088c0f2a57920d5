import type { Box } from '../layout/geometry';
import { plainText, richHtml, textAt, type RichLine } from '../layout/items';
import type { PlannedText } from '../plan';
import { estimateTextHeight } from '../textMetrics';

/** Miro rejects content of 6000 characters or more; this leaves room for Miro's own rewriting. */
export const BOARD_CONTENT_MAX = 5500;

/** One listed thing (a note, an objective with its key results): its lines stay together. */
export type Entry = readonly RichLine[];

export type FitOptions = {
  fontSize: number;
  color?: string;
  /** Lines before the entries, always shown. */
  lead?: readonly RichLine[];
  /** Lines after the entries, always shown. */
  tail?: readonly RichLine[];
  /** Shown instead of the entries when there are none. */
  empty: string;
  /** Put single-line entries on one line, separated by this (the check-out words). */
  inline?: string;
};

/**
 * A text item filling `box` (frame space) with as many entries as fit, in order, then "+N more":
 * never taller than the box (by the same estimate Miro's text sizing is checked against) and never
 * longer than `BOARD_CONTENT_MAX` characters of HTML. Entry text is plain; it is escaped here.
 */
export function fittedText(key: string, box: Box, entries: readonly Entry[], options: FitOptions): PlannedText {
  const lead = options.lead ?? [];
  const tail = options.tail ?? [];
  const compose = (shown: number): RichLine[] => {
    if (entries.length === 0) return [...lead, { em: options.empty }, ...tail];
    const hidden = entries.length - shown;
    const more: RichLine[] = hidden > 0 ? [{ em: `+${hidden} more (complete in the Markdown export)` }] : [];
    if (options.inline !== undefined) {
      const words = entries.slice(0, shown).map((entry) => plainText(entry).replace(/\s+/g, ' '));
      return [...lead, ...(words.length > 0 ? [words.join(options.inline)] : []), ...more, ...tail];
    }
    return [...lead, ...entries.slice(0, shown).flat(), ...more, ...tail];
  };
  const fits = (lines: readonly RichLine[]) =>
    estimateTextHeight(plainText(lines), options.fontSize, box.width) <= box.height && richHtml(lines).length <= BOARD_CONTENT_MAX;
  let shown = 0;
  while (shown < entries.length && fits(compose(shown + 1))) shown++;
  return textAt(key, compose(shown), box.left, box.top, box.width, { fontSize: options.fontSize, color: options.color });
}
