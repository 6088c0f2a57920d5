import { Document, visit } from 'yaml';

/**
 * YAML text written by the `yaml` library, readable by YAML 1.1 readers too (PyYAML, which the
 * Data Product CLI uses): written with the 1.1 schema, so `yes`, `no`, `on`, `1:20` or a date stay
 * quoted strings. Two things the library leaves raw that a 1.1 reader would change or refuse —
 * line separators (U+0085, U+2028, U+2029) and C1/DEL controls — are written as `\u` escapes in a
 * double-quoted scalar: the only hand-written part, and the reason it is safe (those characters
 * then occur nowhere else in the text).
 */
const RAW_FOR_YAML_1_1 = /[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g;

/** One YAML document (no `---`), after optional `# ` comment lines. */
export function yamlDocumentText(value: unknown, comments: readonly string[] = []): string {
  const document = new Document(value, { version: '1.1' });
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && new RegExp(RAW_FOR_YAML_1_1.source).test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const text = document.toString({ lineWidth: 0 }).replace(RAW_FOR_YAML_1_1, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return commentLines(comments) + text;
}

/** A multi-document stream: comment lines, then `---` and one document per value (none: comments only). */
export function yamlStreamText(values: readonly unknown[], comments: readonly string[] = []): string {
  return commentLines(comments) + values.map((value) => `---\n${yamlDocumentText(value)}`).join('');
}

function commentLines(comments: readonly string[]): string {
  return comments.map((comment) => `# ${comment.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')}\n`).join('');
}
