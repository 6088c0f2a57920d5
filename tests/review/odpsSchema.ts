import { readFileSync } from 'node:fs';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';

const schema = JSON.parse(readFileSync(new URL('../fixtures/odps/odps-json-schema-v1.0.0.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);

/** The official ODPS v1.0.0 JSON Schema (draft 2019-09), compiled once. */
export const validateOdps = ajv.compile(schema);

/** The schema's complaints about one document, as readable lines ([] when it is valid). */
export function odpsErrors(document: unknown): string[] {
  return validateOdps(document) ? [] : (validateOdps.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}
