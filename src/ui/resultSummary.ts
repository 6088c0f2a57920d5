export type SummaryRow = { label: string; value: string };

const MAX_ROWS = 8;
const MAX_TEXT = 80;

/**
 * A short, generic description of an action's result: top-level scalar fields as they are,
 * lists as counts. Until each action's result shape lands, this is what the panel shows.
 */
export function summaryRowsOf(result: unknown): SummaryRow[] {
  if (result === null || typeof result !== 'object') {
    return result === undefined ? [] : [{ label: 'Result', value: textOf(result) }];
  }
  const rows: SummaryRow[] = [];
  for (const [key, value] of Object.entries(result as Record<string, unknown>)) {
    if (rows.length >= MAX_ROWS) break;
    rows.push({ label: labelFrom(key), value: textOf(value) });
  }
  return rows;
}

function textOf(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  if (value !== null && typeof value === 'object') return `${Object.keys(value).length} fields`;
  const text = String(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** `frameId` → `Frame id`. */
function labelFrom(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
