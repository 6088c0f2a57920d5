import {
  assertFillColor,
  assertHexColor,
  assertKnownKeys,
  assertNumberInRange,
  assertOneOf,
  assertPlainObject,
  assertPositive,
  FONT_FAMILIES,
  STICKY_NOTE_COLORS,
  fail,
} from './contentRules';

type FieldCheck = (method: string, field: string, value: unknown) => unknown;

const TEXT_ALIGN = ['left', 'center', 'right'] as const;
const TEXT_ALIGN_VERTICAL = ['top', 'middle', 'bottom'] as const;
const STROKE_STYLES = ['normal', 'dotted', 'dashed'] as const;
const STROKE_CAPS = [
  'none', 'stealth', 'rounded_stealth', 'arrow', 'filled_triangle', 'triangle', 'filled_diamond', 'diamond',
  'filled_oval', 'oval', 'erd_one', 'erd_many', 'erd_one_or_many', 'erd_only_one', 'erd_zero_or_many', 'erd_zero_or_one',
] as const;

const oneOf = (allowed: readonly string[]): FieldCheck => (method, field, value) => assertOneOf(method, field, value, allowed);
const opacity: FieldCheck = (method, field, value) => assertNumberInRange(method, field, value, 0, 1);
const boolean: FieldCheck = (method, field, value) => {
  if (typeof value !== 'boolean') fail(method, `${field} must be true or false`);
  return value;
};
const nonNegative: FieldCheck = (method, field, value) => assertNumberInRange(method, field, value, 0, Number.MAX_SAFE_INTEGER);

/** Style fields per item type, with the check each value must pass. */
const STYLE_FIELDS: Record<string, Record<string, FieldCheck>> = {
  // Sticky note colours are names; hex throws (developers.miro.com sticky-note reference).
  sticky_note: { fillColor: oneOf(STICKY_NOTE_COLORS), textAlign: oneOf(TEXT_ALIGN), textAlignVertical: oneOf(TEXT_ALIGN_VERTICAL) },
  shape: {
    color: assertHexColor,
    fillColor: assertFillColor,
    fillOpacity: opacity,
    fontFamily: oneOf(FONT_FAMILIES),
    fontSize: assertPositive,
    textAlign: oneOf(TEXT_ALIGN),
    textAlignVertical: oneOf(TEXT_ALIGN_VERTICAL),
    borderStyle: oneOf(STROKE_STYLES),
    borderOpacity: opacity,
    borderColor: assertHexColor,
    borderWidth: nonNegative,
  },
  text: {
    color: assertHexColor,
    fillColor: assertFillColor,
    fillOpacity: opacity,
    fontFamily: oneOf(FONT_FAMILIES),
    fontSize: assertPositive,
    textAlign: oneOf(TEXT_ALIGN),
  },
  card: { cardTheme: assertHexColor, fillBackground: boolean },
  frame: { fillColor: assertFillColor },
  connector: {
    startStrokeCap: oneOf(STROKE_CAPS),
    endStrokeCap: oneOf(STROKE_CAPS),
    strokeStyle: oneOf(STROKE_STYLES),
    strokeWidth: assertPositive,
    strokeColor: assertHexColor,
    fontSize: assertPositive,
    color: assertHexColor,
    textOrientation: oneOf(['horizontal', 'aligned']),
  },
};

export const DEFAULT_STYLES: Record<string, Record<string, unknown>> = {
  sticky_note: { fillColor: 'light_yellow', textAlign: 'center', textAlignVertical: 'middle' },
  shape: {
    color: '#1a1a1a', fillColor: 'transparent', fillOpacity: 1, fontFamily: 'open_sans', fontSize: 14,
    textAlign: 'center', textAlignVertical: 'middle', borderStyle: 'normal', borderOpacity: 1,
    borderColor: '#1a1a1a', borderWidth: 2,
  },
  text: { color: '#1a1a1a', fillColor: 'transparent', fillOpacity: 1, fontFamily: 'open_sans', fontSize: 14, textAlign: 'left' },
  card: { cardTheme: '#2d9bf0', fillBackground: false },
  frame: { fillColor: '#ffffff' },
  connector: { strokeStyle: 'normal', strokeWidth: 2, strokeColor: '#000000', startStrokeCap: 'none', endStrokeCap: 'stealth', fontSize: 14, color: '#1a1a1a', textOrientation: 'aligned' },
};

/** Validates `style` (may be partial) and merges it over `base`. */
export function styleMerged(method: string, type: string, base: Record<string, unknown>, style: unknown): Record<string, unknown> {
  if (style === undefined) return { ...base };
  const fields = STYLE_FIELDS[type] ?? {};
  const given = assertPlainObject(method, 'style', style);
  assertKnownKeys(method, 'style', given, Object.keys(fields));
  const merged = { ...base };
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    const check = fields[key];
    merged[key] = check ? check(method, `style.${key}`, value) : value;
  }
  return merged;
}
