/**
 * Value rules Miro enforces on item properties (developers.miro.com sticky-note / shape / text /
 * tag references). Each check throws an Error naming the SDK method, like a rejected SDK call.
 */

export const CONTENT_MAX_LENGTH = 6000;

const ALLOWED_CONTENT_TAGS = new Set(['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br']);

export const STICKY_NOTE_COLORS = [
  'gray', 'light_yellow', 'yellow', 'orange', 'light_green', 'green', 'dark_green', 'cyan',
  'light_pink', 'pink', 'violet', 'red', 'light_blue', 'blue', 'dark_blue', 'black',
] as const;

export const TAG_COLORS = [
  'red', 'magenta', 'violet', 'light_green', 'green', 'dark_green', 'cyan', 'blue', 'dark_blue',
  'yellow', 'gray', 'black', 'dark_gray',
] as const;

/** Stable `ShapeType` names of @mirohq/websdk-types 2.17.2. */
export const SHAPE_NAMES = [
  'rectangle', 'circle', 'triangle', 'wedge_round_rectangle_callout', 'round_rectangle', 'rhombus',
  'parallelogram', 'star', 'right_arrow', 'left_arrow', 'pentagon', 'hexagon', 'octagon', 'trapezoid',
  'flow_chart_predefined_process', 'left_right_arrow', 'cloud', 'left_brace', 'right_brace', 'cross', 'can',
] as const;

export const FONT_FAMILIES = [
  'arial', 'cursive', 'abril_fatface', 'bangers', 'eb_garamond', 'georgia', 'graduate', 'gravitas_one',
  'fredoka_one', 'nixie_one', 'open_sans', 'permanent_marker', 'pt_sans', 'pt_sans_narrow', 'pt_serif',
  'rammetto_one', 'roboto', 'roboto_condensed', 'roboto_slab', 'caveat', 'times_new_roman', 'titan_one',
  'lemon_tuesday', 'roboto_mono', 'noto_sans', 'plex_sans', 'plex_serif', 'plex_mono', 'spoof',
  'tiempos_text', 'noto_serif', 'noto_serif_jp', 'noto_sans_jp', 'noto_sans_hebrew', 'noto_serif_sc',
  'noto_serif_kr', 'noto_sans_sc', 'noto_sans_kr', 'serif', 'sans_serif', 'monospace',
] as const;

export function fail(method: string, message: string): never {
  throw new Error(`${method}: ${message}`);
}

/**
 * Miro documents the allowed tags but not what happens to others. Conservative: any other tag
 * throws, so the app escapes user text and never relies on tags being silently dropped.
 */
export function assertMiroHtml(method: string, field: string, value: unknown): string {
  if (typeof value !== 'string') fail(method, `${field} must be a string`);
  if (value.length >= CONTENT_MAX_LENGTH) {
    fail(method, `${field} must be shorter than ${CONTENT_MAX_LENGTH} characters (got ${value.length})`);
  }
  for (const match of value.matchAll(/<\s*\/?\s*([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g)) {
    const tag = (match[1] ?? '').toLowerCase();
    if (!ALLOWED_CONTENT_TAGS.has(tag)) {
      fail(method, `${field} contains the unsupported HTML tag <${tag}>; allowed: ${[...ALLOWED_CONTENT_TAGS].join(', ')}`);
    }
  }
  return value;
}

export function assertOneOf<T extends string>(method: string, field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(method, `${field} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
  }
  return value as T;
}

/** Shape, text and connector colours are hex (`#rrggbb`); colour names throw. */
export function assertHexColor(method: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value)) {
    fail(method, `${field} must be a hex colour like #ff0000 (got ${JSON.stringify(value)})`);
  }
  return value;
}

/**
 * Fill colours also take `transparent`, Miro's default for text and shape fills; every other
 * non-hex value throws.
 */
export function assertFillColor(method: string, field: string, value: unknown): string {
  if (value === 'transparent') return value;
  return assertHexColor(method, field, value);
}

export function assertPositive(method: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(method, `${field} must be a positive number (got ${JSON.stringify(value)})`);
  }
  return value;
}

export function assertFiniteNumber(method: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(method, `${field} must be a finite number (got ${JSON.stringify(value)})`);
  }
  return value;
}

export function assertNumberInRange(method: string, field: string, value: unknown, min: number, max: number): number {
  const number = assertFiniteNumber(method, field, value);
  if (number < min || number > max) fail(method, `${field} must be between ${min} and ${max} (got ${number})`);
  return number;
}

export function assertString(method: string, field: string, value: unknown): string {
  if (typeof value !== 'string') fail(method, `${field} must be a string (got ${JSON.stringify(value)})`);
  return value;
}

export function assertPlainObject(method: string, field: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(method, `${field} must be an object`);
  return value as Record<string, unknown>;
}

/** Throws on keys outside `known`: a misspelt property is a bug Miro would silently ignore. */
export function assertKnownKeys(method: string, field: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (value[key] !== undefined && !known.includes(key)) {
      fail(method, `${field}.${key} is not a property the emulator knows (known: ${known.join(', ')})`);
    }
  }
}

/** True for values that survive a JSON round trip unchanged. */
export function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as Record<string, unknown>).every(isJson);
  }
  return false;
}

/** UTF-8 size of the value's JSON text. */
export function jsonByteSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
