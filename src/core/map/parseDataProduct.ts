import { normalizeName } from './names';

/** The fields of a data product as written on a sticky note or card (plain text). */
export type DataProductFields = {
  /** The first line (a card's title), or a `Name:` line; '' when there is none. */
  name: string;
  job: string;
  /** As written, in order, without repeats (by normalized name). */
  sources: string[];
  consumers: string[];
  owner: string;
  /** The use case the product serves, as written after `Use case:` ('' when there is none). */
  useCase: string;
};

type Field = 'name' | 'job' | 'sources' | 'consumers' | 'owner' | 'useCase';

/** Labels participants write, lower case, single spaces. */
const LABELS: Record<string, Field> = {
  name: 'name',
  'data product': 'name',
  'data product name': 'name',
  job: 'job',
  jobs: 'job',
  jtbd: 'job',
  'job to be done': 'job',
  'jobs to be done': 'job',
  'job description': 'job',
  source: 'sources',
  sources: 'sources',
  input: 'sources',
  inputs: 'sources',
  consumer: 'consumers',
  consumers: 'consumers',
  owner: 'owner',
  owners: 'owner',
  'owner domain': 'owner',
  'owning domain': 'owner',
  domain: 'owner',
  'use case': 'useCase',
  'use cases': 'useCase',
  usecase: 'useCase',
  'serves use case': 'useCase',
};

const LABELLED_LINE = /^([\p{L}][\p{L} ]{0,40}?)\s*[:：]\s*(.*)$/u;
const BULLET = /^\s*(?:[-*•·–]|\d+[.)])\s+/u;
const LIST_SEPARATOR = /[,;]/;

/**
 * Reads the supported format, case-insensitive labels, values separated by commas, semicolons
 * or lines (lines under a label belong to it until the next label):
 * ```
 * Customer 360
 * Job: one view of each customer
 * Sources: CRM, Orders
 * Consumers: Churn forecast; Marketing
 * Owner: Sales domain
 * Use case: churn prediction
 * ```
 * Values that are only punctuation (the template's `…`) count as empty.
 */
export function parseDataProductFields(text: string): DataProductFields {
  const parts: Record<Field, string[]> = { name: [], job: [], sources: [], consumers: [], owner: [], useCase: [] };
  let current: Field | 'other' | undefined;
  let firstLine = true;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(BULLET, '').trim();
    if (line === '') continue;
    const labelled = LABELLED_LINE.exec(line);
    const field = labelled ? LABELS[(labelled[1] ?? '').toLowerCase().replace(/\s+/g, ' ')] : undefined;
    if (field) {
      current = field;
      parts[field].push(labelled?.[2] ?? '');
    } else if (firstLine) {
      current = 'name';
      parts.name.push(line);
    } else if (labelled) {
      // An unknown label (`SLO: …`) ends the previous field; its lines are not ours to read.
      current = 'other';
    } else if (current && current !== 'other') {
      parts[current].push(line);
    }
    firstLine = false;
  }
  return {
    name: singleValue(parts.name.slice(0, 1)),
    job: singleValue(parts.job),
    sources: listValue(parts.sources),
    consumers: listValue(parts.consumers),
    owner: singleValue(parts.owner),
    useCase: singleValue(parts.useCase),
  };
}

/** A data product has a name and at least one of job, sources, consumers. */
export function isDataProduct(fields: DataProductFields): boolean {
  return fields.name !== '' && (fields.job !== '' || fields.sources.length > 0 || fields.consumers.length > 0);
}

function singleValue(lines: readonly string[]): string {
  const joined = lines.map((line) => line.trim()).filter((line) => line !== '').join(' ');
  return normalizeName(joined) === '' ? '' : joined;
}

function listValue(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  const values: string[] = [];
  for (const line of lines) {
    for (const part of line.split(LIST_SEPARATOR)) {
      const value = part.replace(BULLET, '').trim();
      const normalized = normalizeName(value);
      if (normalized === '' || seen.has(normalized)) continue;
      seen.add(normalized);
      values.push(value);
    }
  }
  return values;
}
