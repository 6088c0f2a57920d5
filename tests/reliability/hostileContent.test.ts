import { beforeAll, describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { ReviewReport } from '../../src/actions/generateReview';
import { plainTextFromHtml } from '../../src/core/html';
import { MAP_ITEM_PREFIX } from '../../src/core/map/mapKeys';
import { REVIEW_KEY_PREFIX } from '../../src/core/review/reviewLayout';
import type { ItemView } from '../../src/emulator/types';
import { csvRecords } from '../review/csvParse';
import { odpsErrors } from '../review/odpsSchema';
import { runAction, workshopBoard, type WorkshopBoard } from './helpers';

const LONG_START = 'Start of a very long note:';
const LONG_END = 'end of the very long note.';
/** 5,900 characters, with markup and entities that grow when escaped. */
const LONG = `${LONG_START} ${'Tom & Jerry say "<b>hi</b>" to <i>everyone</i>; '.repeat(200)}`.slice(0, 5_900 - LONG_END.length - 1) + ` ${LONG_END}`;

const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  long: LONG,
  emoji: '🎉 Launch 🚀 for 👩‍👩‍👧 families',
  arabic: 'منتج بيانات العملاء',
  hebrew: 'מוצר נתונים ‏ללקוחות‏',
  empty: '',
} as const;
const TEXTS = Object.values(HOSTILE);
const WRITTEN = TEXTS.filter((text) => text !== '');

const ALLOWED_TAGS = new Set(['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br']);
const tagsOf = (html: string) => [...html.matchAll(/<\s*\/?\s*([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g)].map((match) => match[1]!.toLowerCase());
/** What an item shows: content for notes, shapes and text; title and description for cards and frames. */
const htmlOf = (item: ItemView) => ['content', 'title', 'description'].map((field) => item.props[field]).filter((value): value is string => typeof value === 'string');
/** Markdown escapes punctuation with a backslash; undone to find the written text again. */
const unescapeMarkdown = (markdown: string) => markdown.replace(/\\\n\s*/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');

let board: WorkshopBoard;
let review: ReviewReport;
let appItems: ItemView[];
/** Area keys the notes went into. */
let areas: string[];

beforeAll(async () => {
  board = await workshopBoard();
  areas = board.areaKeys.filter((key) => key !== 'dataProducts/area/map');
  for (const key of areas) for (const text of TEXTS) board.add(key, text);
  // Data products whose every field is hostile, so the map copy and the YAML carry it too.
  for (const text of WRITTEN) {
    const field = text === LONG ? 'long' : text;
    board.add('dataProducts/area/products', `${text}\nJob: ${field} job\nSources: ${field} source\nConsumers: ${field} consumer\nOwner: ${field} owner`);
  }
  for (const action of ['tally', 'map'] as const) await runAction(board, action);
  review = (await runAction(board, 'review')) as ReviewReport;
  const ledger = await board.ledger();
  const ids = new Set([...Object.values(ledger.items), ...Object.values(ledger.frames)]);
  appItems = board.emulated.items().filter((item) => ids.has(item.id));
});

const exportText = (id: string) => review.exports.find((file) => file.id === id)!.text;

describe('hostile and odd notes in every activity', () => {
  test('everything the app wrote is Miro HTML under 6,000 characters with the markup escaped', () => {
    expect(appItems.length).toBeGreaterThan(300);
    for (const item of appItems) {
      for (const html of htmlOf(item)) {
        expect(html.length).toBeLessThan(6_000);
        expect(html).not.toMatch(/<\s*(script|img)/i);
        for (const tag of tagsOf(html)) expect(ALLOWED_TAGS.has(tag), `<${tag}> in ${item.id}`).toBe(true);
      }
    }
    const shown = appItems.flatMap(htmlOf).join('\n');
    expect(shown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(shown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const copy = appItems.filter((item) => item.type === 'shape').map((item) => plainTextFromHtml(htmlOf(item).join('')));
    for (const name of [HOSTILE.script, HOSTILE.img, HOSTILE.emoji, HOSTILE.arabic, HOSTILE.hebrew]) expect(copy, 'map copy').toContain(name);
  });

  test('the review shortens a long note on the board with an ellipsis; the map copy does too', async () => {
    const ledger = await board.ledger();
    const textsUnder = (prefix: string) =>
      Object.entries(ledger.items)
        .filter(([key]) => key.startsWith(prefix))
        .map(([, id]) => plainTextFromHtml(htmlOf(board.emulated.items().find((item) => item.id === id)!).join('')));
    const reviewText = textsUnder(REVIEW_KEY_PREFIX).join('\n');
    const shortened = reviewText.split('\n').filter((line) => line.includes(LONG_START));
    expect(shortened.length).toBeGreaterThan(4);
    // Each section cuts notes to its own length (at most 280 characters); a lint may follow the ellipsis.
    for (const line of shortened) expect(line.slice(line.indexOf(LONG_START))).toMatch(/^[^…]{1,280}…/u);
    expect(reviewText).not.toContain(LONG_END);
    const copyNode = textsUnder(MAP_ITEM_PREFIX).find((text) => text.startsWith(LONG_START));
    expect(copyNode).toMatch(/^[^…]{1,140}…$/u);
  });

  test('Markdown: escaped, with every note whole', () => {
    const markdown = review.markdown;
    expect(markdown).not.toMatch(/(?<!\\)<\s*(script|img|b|i)\b/i);
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    const text = unescapeMarkdown(markdown);
    for (const written of WRITTEN) expect(text).toContain(written);
  });

  test('notes CSV and JSON: each note with its exact text, in every area', () => {
    type Note = { text: string; activity: string | null; area: string | null };
    const rows = csvRecords(exportText('notesCsv')) as Note[];
    const notes = (JSON.parse(exportText('json')) as { notes: Note[] }).notes;
    const areasHolding = (list: readonly Note[], text: string) => new Set(list.filter((note) => note.text === text).map((note) => `${note.activity}/area/${note.area}`));
    for (const text of TEXTS) {
      for (const area of areas) {
        expect(areasHolding(rows, text).has(area), `CSV: ${text.slice(0, 20)} in ${area}`).toBe(true);
        expect(areasHolding(notes, text).has(area), `JSON: ${text.slice(0, 20)} in ${area}`).toBe(true);
      }
    }
  });

  test('YAML: each hostile data product parses back as valid ODPS with its exact name, purpose and owner', () => {
    const documents = parseAllDocuments(exportText('dataProductsOdps')).map((document) => {
      expect(document.errors).toEqual([]);
      return document.toJSON() as { name: string; domain: string; description: { purpose: string }; inputPorts: Array<{ name: string }> };
    });
    for (const text of WRITTEN) {
      const field = text === LONG ? 'long' : text;
      const product = documents.find((document) => document.name === text);
      expect(product, text.slice(0, 20)).toBeDefined();
      expect(product).toMatchObject({ domain: `${field} owner`, description: { purpose: `${field} job` } });
      expect(product!.inputPorts.map((port) => port.name)).toEqual([`${field} source`]);
      expect(odpsErrors(product), text.slice(0, 20)).toEqual([]);
    }
  });
});
