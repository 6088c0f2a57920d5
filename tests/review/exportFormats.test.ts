import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { csvRows, csvText } from '../../src/core/export/csv';
import { escapeMarkdown, escapeMarkdownLine } from '../../src/core/export/markdown';
import { yamlDocuments, yamlStringify, type YamlValue } from '../../src/core/export/yaml';
import { specId } from '../../src/core/export/dataProductSpec';
import { parseCsv } from './csvParse';

const awkward = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ maxLength: 30, unit: 'grapheme' }),
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc.constantFrom('', ' ', 'true', 'No', 'null', '~', '0.0.1', '1e3', '- item', '# hash', 'key: value', '"quoted"', "'single'", '@at', '`tick`', '|', '>', '*star', '&anchor', '!tag', '%pct', '\t', '\u0085', '\u2028', '\ufeff', '\u007f', 'a\r\nb'),
);

describe('YAML writer', () => {
  test('whatever the strings, yaml reads back exactly what was written', () => {
    const value: fc.Arbitrary<YamlValue> = fc.letrec<{ value: YamlValue }>((tie) => ({
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
        const wellFormed = JSON.parse(JSON.stringify(document).replace(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/gi, '\\ufffd'));
        expect(parse(yamlStringify(document))).toEqual(wellFormed);
      }),
      { numRuns: 400 },
    );
  });

  test('plain where unambiguous, quoted otherwise', () => {
    expect(yamlStringify({ a: '0.0.1', b: 'proposed', c: 'true', d: 'Customer 360', e: [], f: {} })).toBe(
      'a: 0.0.1\nb: proposed\nc: "true"\nd: "Customer 360"\ne: []\nf: {}\n',
    );
  });

  test('a stream of documents, with comments first', () => {
    const text = yamlDocuments([{ id: 'a' }, { id: 'b' }], ['two\ndocuments']);
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

  test('spec ids: lower-case slugs without "/", never empty', () => {
    expect(specId('Customer 360 / EU', 'x')).toBe('customer-360-eu');
    expect(specId('Ünïcode Prödukt', 'x')).toBe('unicode-produkt');
    expect(specId('🙂', 'data-product-1')).toBe('data-product-1');
  });
});
