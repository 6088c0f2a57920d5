import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { expect } from 'vitest';

/**
 * MURAL's OpenAPI for the operations we use, copied verbatim from ../shared/docs/mural-openapi/
 * (fixtures/needed-endpoints.json). Every emulated answer a test receives through `api()` is validated
 * against the response schema its operation documents for that status, prepared as the README says
 * (oneOf → anyOf, nullable → "null" in type, discriminators dropped).
 */
type Operation = {
  method: string;
  path: string;
  scopes: string[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
};

export const SPEC = JSON.parse(readFileSync(new URL('./fixtures/needed-endpoints.json', import.meta.url), 'utf8')) as Record<string, Operation>;

export const OPERATIONS = Object.entries(SPEC).filter(([key]) => !key.startsWith('_')) as [string, Operation][];

/** OpenAPI 3 → JSON Schema 2020-12 for Ajv. */
export function prepare(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(prepare);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'discriminator' || key === 'example' || key === 'examples') continue;
    out[key === 'oneOf' ? 'anyOf' : key] = prepare(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    else return { anyOf: [out, { type: 'null' }] };
  }
  delete out.nullable;
  return out;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction>();

export function validator(schema: unknown, key: string): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(prepare(schema) as object);
    compiled.set(key, validate);
  }
  return validate;
}

/** The operation serving `method path` (path under the base URL, without query). */
export function operationFor(method: string, path: string): [string, Operation] | undefined {
  const segments = path.split('/').filter(Boolean);
  let best: [string, Operation, number] | undefined;
  for (const [name, op] of OPERATIONS) {
    if (op.method.toUpperCase() !== method) continue;
    const parts = op.path.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    let literals = 0;
    const ok = parts.every((part, i) => (part.startsWith('{') ? true : part === segments[i] && ++literals > 0));
    if (ok && (!best || literals > best[2])) best = [name, op, literals];
  }
  return best ? [best[0], best[1]] : undefined;
}

/**
 * Answers the OpenAPI does not document for that operation, each a deliberate choice written down in
 * src/muralEmulator/CONTEXT.md. They are validated against the common error shape `{ code, message, details? }`.
 */
export const UNDOCUMENTED = new Set([
  '* 429 RATE_LIMIT_EXCEEDED',
  '* 403 INVALID_SCOPE',
  'getworkspacerooms 404 WORKSPACE_NOT_FOUND',
  'getmuralwidgets 400 BODY',
]);

const ERROR_SHAPE = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', maxLength: 36 },
    message: { type: 'string' },
    details: { type: 'array', items: { type: 'object', required: ['code', 'message'] } },
  },
  additionalProperties: false,
};

export type Answer = { status: number; body: any; headers: Headers; operation: string };

/** Checks one answer against its operation's schema (or the undocumented allow-list). */
export function expectConforms(operation: string, op: Operation, status: number, body: unknown): void {
  const documented = op.responses[String(status)];
  const code = (body as { code?: string } | undefined)?.code;
  const chosen = UNDOCUMENTED.has(`${operation} ${status} ${code}`) || UNDOCUMENTED.has(`* ${status} ${code}`);
  if (!documented || chosen) {
    const allowed = chosen;
    expect(allowed, `${operation}: status ${status} (${code}) is not in the OpenAPI nor in UNDOCUMENTED`).toBe(true);
    const validate = validator(ERROR_SHAPE, 'error-shape');
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    return;
  }
  const schema = documented.content?.['application/json']?.schema;
  if (!schema) {
    expect(body, `${operation} ${status} has no body in the OpenAPI`).toBeUndefined();
    return;
  }
  const validate = validator(schema, `${operation} ${status}`);
  const ok = validate(body);
  expect(ok, `${operation} ${status} does not match the OpenAPI: ${JSON.stringify(validate.errors?.slice(0, 5))}\n${JSON.stringify(body).slice(0, 600)}`).toBe(true);
}

export const checked = { count: new Map<string, Set<number>>() };

/** Calls the emulator and validates the answer against the OpenAPI (every call a test makes through here). */
export async function api(
  fetcher: (input: string, init?: RequestInit) => Promise<Response>,
  baseUrl: string,
  method: string,
  pathAndQuery: string,
  options: { token?: string; body?: unknown; rawBody?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetcher(`${baseUrl}${pathAndQuery}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  const parsed = text === '' ? undefined : JSON.parse(text);
  const path = pathAndQuery.split('?')[0] ?? '';
  const found = operationFor(method, path);
  if (!found) throw new Error(`no OpenAPI operation for ${method} ${path}`);
  const [operation, op] = found;
  expectConforms(operation, op, response.status, parsed);
  const seen = checked.count.get(operation) ?? new Set<number>();
  seen.add(response.status);
  checked.count.set(operation, seen);
  return { status: response.status, body: parsed, headers: response.headers, operation };
}
