import { invalidProperty, type ErrorDetail } from './apiError';
import type { Json, JsonObject } from './types';

/**
 * A small, declarative copy of the OpenAPI request schemas the emulator serves (widgetBodies.ts),
 * checked by hand here so the emulator needs no runtime dependency. Stricter than the OpenAPI in one
 * way: a property the schema does not list is refused (`400 BODY`), so a misspelt key cannot pass.
 */
export type FieldSpec = (
  | { kind: 'string'; enum?: readonly string[]; pattern?: RegExp; minLength?: number; maxLength?: number; uri?: boolean }
  | { kind: 'number'; min?: number; max?: number; exclusiveMax?: number; integer?: boolean }
  | { kind: 'boolean' }
  | { kind: 'object'; props: Record<string, FieldSpec>; required?: readonly string[] }
  | { kind: 'array'; items: FieldSpec; minItems?: number; maxItems?: number }
) & { default?: Json; nullable?: boolean };

export const COLOR = /^#[0-9A-F]{8}$/;

export const str = (extra: Omit<Extract<FieldSpec, { kind: 'string' }>, 'kind'> = {}): FieldSpec => ({ kind: 'string', ...extra });
export const num = (extra: Omit<Extract<FieldSpec, { kind: 'number' }>, 'kind'> = {}): FieldSpec => ({ kind: 'number', ...extra });
export const bool = (extra: { default?: boolean } = {}): FieldSpec => ({ kind: 'boolean', ...extra });
export const color = (extra: { default?: string; nullable?: boolean } = {}): FieldSpec => ({ kind: 'string', pattern: COLOR, ...extra });
export const obj = (props: Record<string, FieldSpec>, required: readonly string[] = []): FieldSpec => ({ kind: 'object', props, required });
export const arr = (items: FieldSpec, extra: { minItems?: number; maxItems?: number } = {}): FieldSpec => ({ kind: 'array', items, ...extra });

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every violation of `spec` in `value`, as MURAL's `details` entries. `path` names the property ("style.fontSize"). */
export function violations(value: unknown, spec: FieldSpec, path: string): ErrorDetail[] {
  const name = path || 'body';
  if (value === null && spec.nullable) return [];
  const wrongType = (expected: string) => [
    invalidProperty(`Invalid '${name}' property type was sent. Type ${expected} was expected.`),
  ];
  switch (spec.kind) {
    case 'string': {
      if (typeof value !== 'string') return wrongType('string');
      const out: ErrorDetail[] = [];
      if (spec.enum && !spec.enum.includes(value)) out.push(invalidProperty(`Property '${name}' must be one of: ${spec.enum.join(', ')}.`));
      if (spec.pattern && !spec.pattern.test(value)) out.push(invalidProperty(`Property '${name}' must match ${String(spec.pattern)}.`));
      if (spec.maxLength !== undefined && value.length > spec.maxLength)
        out.push(invalidProperty(`Property '${name}' has a maximum length of ${spec.maxLength} characters.`));
      if (spec.minLength !== undefined && value.length < spec.minLength)
        out.push(invalidProperty(`Property '${name}' has a minimum length of ${spec.minLength} characters.`));
      if (spec.uri && value !== '' && !isUri(value)) out.push(invalidProperty(`Property '${name}' must be a URI.`));
      return out;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(spec.integer ? 'integer' : 'number');
      if (spec.integer && !Number.isInteger(value)) return wrongType('integer');
      const out: ErrorDetail[] = [];
      if (spec.min !== undefined && value < spec.min) out.push(invalidProperty(`Property '${name}' must be at least ${spec.min}.`));
      if (spec.max !== undefined && value > spec.max) out.push(invalidProperty(`Property '${name}' must be at most ${spec.max}.`));
      if (spec.exclusiveMax !== undefined && value >= spec.exclusiveMax)
        out.push(invalidProperty(`Property '${name}' must be less than ${spec.exclusiveMax}.`));
      return out;
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : wrongType('boolean');
    case 'array': {
      if (!Array.isArray(value)) return wrongType('array');
      const out: ErrorDetail[] = [];
      if (spec.minItems !== undefined && value.length < spec.minItems)
        out.push(invalidProperty(`Property '${name}' needs at least ${spec.minItems} item(s); ${value.length} sent.`));
      if (spec.maxItems !== undefined && value.length > spec.maxItems)
        out.push(invalidProperty(`Property '${name}' takes at most ${spec.maxItems} items (Limit ${spec.maxItems}); ${value.length} sent.`));
      value.forEach((item, index) => out.push(...violations(item, spec.items, `${path}[${index}]`)));
      return out;
    }
    case 'object': {
      if (!isObject(value)) return wrongType('object');
      const out: ErrorDetail[] = [];
      for (const key of spec.required ?? []) {
        if (value[key] === undefined) out.push(invalidProperty(`Property '${join(path, key)}' is required.`));
      }
      for (const [key, child] of Object.entries(value)) {
        const childSpec = spec.props[key];
        if (!childSpec) out.push(invalidProperty(`Property '${join(path, key)}' is not allowed here.`));
        else out.push(...violations(child, childSpec, join(path, key)));
      }
      return out;
    }
  }
}

/** A deep copy of `value` with every omitted property that has an OpenAPI default filled in (objects created when a child has one). */
export function withDefaults(value: JsonObject, spec: FieldSpec): JsonObject {
  if (spec.kind !== 'object') return value;
  const out: JsonObject = structuredClone(value);
  for (const [key, child] of Object.entries(spec.props)) {
    const current = out[key];
    if (current === undefined && child.default !== undefined) out[key] = structuredClone(child.default);
    else if (child.kind === 'object' && (current === undefined || isObject(current))) {
      const filled = withDefaults(current ?? {}, child);
      if (current !== undefined || Object.keys(filled).length > 0) out[key] = filled;
    }
  }
  return out;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function isUri(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
