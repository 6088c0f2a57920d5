/**
 * Miro item content is HTML limited to <p> <a> <strong> <b> <em> <i> <u> <s> <br>.
 * Text read from the board is turned into plain text; text written to the board is escaped,
 * so a participant's `<script>` stays the characters `<script>`.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Escapes plain text for use inside Miro HTML content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text lines → one escaped `<p>` per line. */
export function htmlParagraphs(lines: readonly string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}

/** Decodes named, decimal and hex character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z0-9]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Miro HTML → plain text: paragraphs and <br> become line breaks, other tags are dropped. */
export function plainTextFromHtml(html: string): string {
  const withBreaks = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n')
    .replace(/<\/?p[^>]*>/gi, '');
  return decodeEntities(withBreaks.replace(/<[^>]*>/g, ''))
    .replace(/\r\n?/g, '\n')
    .trim();
}
