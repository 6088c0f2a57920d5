/**
 * Name matching for data products: case, surrounding spaces and punctuation do not count, so
 * "Customer 360", " customer-360." and "CUSTOMER 360!" are one name.
 */

const PUNCTUATION_OR_SPACE = /[\p{P}\s]+/gu;

/** The form names are compared in: NFKC, lower case, every run of punctuation or space one space, trimmed. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(PUNCTUATION_OR_SPACE, ' ').trim();
}

/** A key-safe form of a normalized name (normalized names hold no `-`, so spaces become `-`). */
export function nameSlug(normalized: string): string {
  return encodeURIComponent(normalized).replace(/%20/g, '-');
}

/**
 * Whether two different normalized names are probably the same name mistyped: equal once spaces
 * are dropped, a plural of each other, or one edit apart (two for long names).
 */
export function namesLookAlike(a: string, b: string): boolean {
  if (a === b) return false;
  const left = a.replace(/ /g, '');
  const right = b.replace(/ /g, '');
  if (left === right) return true;
  if (isPluralOf(left, right) || isPluralOf(right, left)) return true;
  const shorter = Math.min(left.length, right.length);
  const allowed = shorter >= 12 ? 2 : shorter >= 5 ? 1 : 0;
  return allowed > 0 && editDistanceAtMost(left, right, allowed);
}

function isPluralOf(plural: string, singular: string): boolean {
  return plural === `${singular}s` || plural === `${singular}es`;
}

/** Levenshtein distance ≤ `limit`, computed inside a band of width `limit` only. */
function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(limit + 1);
    current[0] = i;
    let rowBest = current[0];
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] ?? limit + 1) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const deletion = (previous[j] ?? limit + 1) + 1;
      const insertion = (current[j - 1] ?? limit + 1) + 1;
      const cell = Math.min(substitution, deletion, insertion);
      current[j] = cell;
      rowBest = Math.min(rowBest, cell);
    }
    if (rowBest > limit) return false;
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}
