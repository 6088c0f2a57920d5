import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../src/muralEmulator/bodySpec';
import { MURAL_ROUTES } from '../../src/muralEmulator/muralRoutes';
import * as bodies from '../../src/muralEmulator/widgetBodies';
import { WIDGET_ROUTES } from '../../src/muralEmulator/widgetRoutes';
import { operationFor, SPEC } from './openapi';

/** The OpenAPI schema with allOf merged, reduced to what the emulator's tables state. */
type Summary = { type?: string; default?: unknown; enum?: unknown[]; required?: string[]; props?: Record<string, Summary>; items?: Summary; pattern?: boolean };

function flatten(schema: any): any {
  if (!schema?.allOf) return schema;
  const out: any = { ...schema };
  delete out.allOf;
  for (const part of schema.allOf.map(flatten)) {
    out.properties = { ...out.properties, ...part.properties };
    out.required = [...(out.required ?? []), ...(part.required ?? [])];
    for (const [key, value] of Object.entries(part)) if (key !== 'properties' && key !== 'required') out[key] ??= value;
  }
  return out;
}

function fromOpenApi(raw: any): Summary {
  const schema = flatten(raw);
  const out: Summary = { type: schema.type === 'integer' ? 'number' : schema.type };
  if (schema.default !== undefined) out.default = schema.default;
  if (schema.enum) out.enum = [...schema.enum].sort();
  if (schema.pattern) out.pattern = true;
  if (schema.type === 'object' && schema.properties) {
    out.props = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, fromOpenApi(v)]));
    out.required = [...new Set<string>(schema.required ?? [])].sort();
  }
  if (schema.type === 'array' && schema.items) out.items = fromOpenApi(schema.items);
  return out;
}

function fromEmulator(spec: FieldSpec): Summary {
  const out: Summary = { type: spec.kind };
  if (spec.default !== undefined) out.default = spec.default;
  if (spec.kind === 'string' && spec.enum) out.enum = [...spec.enum].sort();
  if (spec.kind === 'string' && spec.pattern) out.pattern = true;
  if (spec.kind === 'object') {
    out.props = Object.fromEntries(Object.entries(spec.props).map(([k, v]) => [k, fromEmulator(v)]));
    out.required = [...(spec.required ?? [])].sort();
  }
  if (spec.kind === 'array') out.items = fromEmulator(spec.items);
  return out;
}

/** Where the emulator is deliberately stricter than the schema (each written down next to the code). */
function relax(summary: Summary, operation: string): Summary {
  if (operation === 'createarrow' || operation === 'updatearrow') {
    const point = summary.props?.points?.items;
    if (point) point.required = []; // points need x and y in the emulator
  }
  return summary;
}

const REQUEST_TABLES: [string, FieldSpec][] = [
  ['createarea', bodies.CREATE_AREA], ['updatearea', bodies.UPDATE_AREA],
  ['createstickynote', bodies.CREATE_STICKY_NOTES], ['updatestickynote', bodies.UPDATE_STICKY_NOTE],
  ['createshapewidget', bodies.CREATE_SHAPES], ['updateshapewidget', bodies.UPDATE_SHAPE],
  ['createtextbox', bodies.CREATE_TEXTBOXES], ['updatetextbox', bodies.UPDATE_TEXTBOX],
  ['createtitle', bodies.CREATE_TITLES], ['updatetitle', bodies.UPDATE_TITLE],
  ['createarrow', bodies.CREATE_ARROW], ['updatearrow', bodies.UPDATE_ARROW],
  ['createmuraltag', bodies.CREATE_TAG], ['updatetagbyid', bodies.UPDATE_TAG],
  ['createmural', bodies.CREATE_MURAL],
];

describe('emulated MURAL: no drift from the OpenAPI', () => {
  it.each(REQUEST_TABLES)('%s: properties, defaults, enums, required and colour patterns match the request schema', (operation, spec) => {
    const schema = (SPEC[operation] as any).requestBody.content['application/json'].schema;
    expect(relax(fromEmulator(spec), operation)).toEqual(fromOpenApi(schema));
    // Mutation caught: a sticky-note default fontSize of 24 (or a missing 'hyperlinkTitle') fails the equality.
  });

  it('every emulated route is an operation of the OpenAPI with the same scope', () => {
    for (const route of [...MURAL_ROUTES, ...WIDGET_ROUTES]) {
      const path = route.template.replace(/\{[^}]+\}/g, 'x');
      const found = operationFor(route.method, path);
      expect(found, `${route.method} ${route.template}`).toBeDefined();
      expect(found?.[1].path).toBe(route.template.replace('{muralId}', '{muralId}'));
      expect(found?.[1].scopes).toEqual([route.scope]);
    }
  });
});
