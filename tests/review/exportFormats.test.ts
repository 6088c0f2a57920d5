import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { csvRows, csvText } from '../../src/core/export/csv';
import { escapeMarkdown, escapeMarkdownLine } from '../../src/core/export/markdown';
import { yamlDocumentText, yamlStreamText } from '../../src/export/yamlText';
import { fileSlug } from '../../src/export/odpsFiles';
import { parseCsv } from './csvParse';

const awkward = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ maxLength: 30, unit: 'grapheme' }),
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc.constantFrom('', ' ', 'true', 'No', 'null', '~', '0.0.1', '1e3', '- item', '# hash', 'key: value', '"quoted"', "'single'", '@at', '`tick`', '|', '>', '*star', '&anchor', '!tag', '%pct', '\t', '\u0085', '\u2028', '\ufeff', '\u007f', 'a\r\nb'),
);

describe('YAML text (the yaml library, readable by YAML 1.1 readers)', () => {
  test('whatever the strings, yaml reads back exactly what was written, as YAML 1.2 and as YAML 1.1', () => {
    const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        awkward,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,8}$/), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,8}$/), value, { maxKeys: 5 }), (document) => {
        const text = yamlDocumentText(document);
        expect(parse(text)).toEqual(document);
        expect(parse(text, { version: '1.1' })).toEqual(document);
        // What a YAML 1.1 reader takes for a line break, or refuses, never appears raw.
        expect(text).not.toMatch(/[\u007f-\u009f\u2028\u2029]/);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  test('words a YAML 1.1 reader takes for booleans or null stay strings', () => {
    const text = yamlDocumentText({ a: 'yes', b: 'No', c: 'null', d: 'on', e: '1:20', f: '2025-01-15', g: 'to be defined' });
    expect(text).toBe('a: "yes"\nb: "No"\nc: "null"\nd: "on"\ne: "1:20"\nf: "2025-01-15"\ng: to be defined\n');
  });

  test('a stream of documents, with comments first', () => {
    const text = yamlStreamText([{ id: 'a' }, { id: 'b' }], ['two\ndocuments']);
    expect(text.startsWith('# two documents\n---\n')).toBe(true);
    expect(parseAllDocuments(text).map((document) => document.toJSON())).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});

describe('CSV', () => {
  test('fields with quotes, commas and line breaks survive a parse', () => {
    fc.assert(
      fc.property(fc.array(fc.array(awkward, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(csvRows(rows))).toEqual(rows);
      }),
    );
  });

  test('RFC 4180: a field with a comma, a quote, CR or LF is quoted, quotes doubled, rows end in CRLF', () => {
    expect(csvRows([['a,b', 'say "hi"', 'line\r\nbreak', 'cr\ronly', 'lf\nonly', 'plain'], ['', 'x']])).toBe(
      '"a,b","say ""hi""","line\r\nbreak","cr\ronly","lf\nonly",plain\r\n,x\r\n',
    );
  });

  test('text a spreadsheet would run as a formula starts with an apostrophe', () => {
    expect(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx'].map(csvText)).toEqual(["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(csvText('Plain text = fine')).toBe('Plain text = fine');
  });
});

describe('Markdown escaping', () => {
  test('markup shows as typed', () => {
    expect(escapeMarkdownLine('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdownLine('**bold** _it_ `code` [a](javascript:x) ~~s~~ &amp; |t|')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[a\\](javascript:x) \\~\\~s\\~\\~ \\&amp; \\|t\\|',
    );
    expect(['# h', '- li', '+ li', '> q', '1. one', '2) two', '=== ', '    code'].map(escapeMarkdownLine)).toEqual([
      '\\# h',
      '\\- li',
      '\\+ li',
      '\\> q',
      '1\\. one',
      '2\\) two',
      '\\===',
      'code',
    ]);
  });

  test('no unescaped markup character survives, lines join with hard breaks', () => {
    fc.assert(
      fc.property(awkward, (text) => {
        const escaped = escapeMarkdown(text, '  ');
        const unescaped = escaped.replace(/\\[\s\S]/g, '');
        expect(unescaped).not.toMatch(/[<>`*_[\]&|~#]/);
      }),
      { numRuns: 500 },
    );
    expect(escapeMarkdown('one\n\n  two\\', '  ')).toBe('one\\\n  two\\\\');
  });

  test('file slugs: lower-case ASCII without "/" or dots, empty when nothing is left', () => {
    expect(fileSlug('Customer 360 / EU')).toBe('customer-360-eu');
    expect(fileSlug('Ünïcode Prödukt')).toBe('unicode-produkt');
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(fileSlug('🙂')).toBe('');
  });
});
