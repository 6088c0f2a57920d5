/** A CSV cell before quoting. */
export type CsvCell = string | number | null | undefined;

/**
 * Spreadsheet apps run a cell that starts with one of these as a formula, so a participant's
 * `=HYPERLINK(…)` would become a live link: such text gets a leading apostrophe (OWASP's advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Participant text for a CSV cell: formulas neutralised with a leading `'`, otherwise unchanged. */
export function csvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell, quoted when it holds a quote, comma or line break (RFC 4180). */
export function csvField(value: CsvCell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text: CRLF after every row, including the last. */
export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
