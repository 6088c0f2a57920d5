/** Values the YAML writer takes: what JSON takes. */
export type YamlValue = string | number | boolean | null | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9._/-]*$/;
const VERSION = /^\d+\.\d+\.\d+$/;
/** Outside YAML's printable set, or line separators some parsers break on: written as `\u` escapes. */
const UNPRINTABLE = /[\u007f-\u0084\u0086-\u009f\u2028\u2029\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A small, deterministic block-style YAML writer. Strings are plain only when no YAML reader could
 * take them for anything else (a word, or a version like `0.0.1`); all others are double-quoted
 * with JSON's escapes, which YAML's double-quoted style shares. Keys are the caller's identifiers.
 */
export function yamlStringify(value: YamlValue): string {
  return `${lines(value, 0).join('\n')}\n`;
}

/** A multi-document stream: one `---` document per value, after optional `# ` comment lines. */
export function yamlDocuments(values: readonly YamlValue[], comments: readonly string[] = []): string {
  const header = comments.map((comment) => `# ${comment.replace(/[\r\n]+/g, ' ')}\n`).join('');
  return header + values.map((value) => `---\n${yamlStringify(value)}`).join('');
}

export function yamlScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if ((PLAIN_WORD.test(value) && !RESERVED.test(value)) || VERSION.test(value)) return value;
  const wellFormed = value.replace(LONE_SURROGATE, '\ufffd');
  return JSON.stringify(wellFormed).replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isScalar(value: YamlValue): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

function lines(value: YamlValue, depth: number): string[] {
  const pad = '  '.repeat(depth);
  if (isScalar(value)) return [`${pad}${yamlScalar(value)}`];
  if (isArray(value)) {
    if (value.length === 0) return [`${pad}[]`];
    return value.flatMap((entry) => {
      if (isScalar(entry) || isEmpty(entry)) return [`${pad}- ${inline(entry)}`];
      const [first = '', ...rest] = lines(entry, depth + 1);
      return [`${pad}- ${first.trimStart()}`, ...rest];
    });
  }
  const entries = Object.entries(value).filter((entry): entry is [string, YamlValue] => entry[1] !== undefined);
  if (entries.length === 0) return [`${pad}{}`];
  return entries.flatMap(([key, entry]) =>
    isScalar(entry) || isEmpty(entry) ? [`${pad}${key}: ${inline(entry)}`] : [`${pad}${key}:`, ...lines(entry, depth + 1)],
  );
}

function inline(value: YamlValue): string {
  if (isScalar(value)) return yamlScalar(value);
  return isArray(value) ? '[]' : '{}';
}

function isArray(value: YamlValue): value is readonly YamlValue[] {
  return Array.isArray(value);
}

function isEmpty(value: YamlValue): boolean {
  if (isScalar(value)) return false;
  return isArray(value) ? value.length === 0 : Object.values(value).every((entry) => entry === undefined);
}
