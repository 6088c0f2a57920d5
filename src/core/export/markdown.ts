/**
 * Markdown that shows participants' text as text. Inline markup characters are escaped with a
 * backslash (CommonMark lets any ASCII punctuation be escaped), so `<script>` becomes `\<script\>`
 * and is never HTML; characters that only start a block at the beginning of a line are escaped there.
 */

/** Everywhere in a line: emphasis, code, links, raw HTML, entities, tables, strikethrough, headings. */
const INLINE = /[\\`*_[\]<>&|~#]/g;
/** At the start of a line: list markers, setext underlines and thematic breaks. */
const LINE_START = /^[-+=]/;
/** `1.` or `1)` at the start of a line opens an ordered list. */
const ORDERED_MARKER = /^(\d+)([.)])/;

/** One line of plain text, escaped for Markdown; leading white space is dropped (it would indent code). */
export function escapeMarkdownLine(line: string): string {
  const escaped = line.trim().replace(INLINE, '\\$&');
  if (LINE_START.test(escaped)) return `\\${escaped}`;
  return escaped.replace(ORDERED_MARKER, '$1\\$2');
}

/**
 * Plain text of any number of lines as Markdown: each line escaped, blank lines dropped, lines joined
 * by a hard break (a trailing backslash) and `indent`, so a note stays inside its list item.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  return text
    .split(/\r\n?|\n/)
    .map(escapeMarkdownLine)
    .filter((line) => line !== '')
    .join(`\\\n${indent}`);
}

/** A `- ` list item for plain text; `nested` indents it one level. */
export function markdownListItem(text: string, nested = false): string {
  const indent = nested ? '  ' : '';
  return `${indent}- ${escapeMarkdown(text, `${indent}  `)}`;
}
