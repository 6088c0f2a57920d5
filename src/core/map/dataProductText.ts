import { DataProductInputSchema, listText, type DataProductInput } from './dataProductCard';

/** One line of participant text: line breaks and runs of spaces become one space (a value cannot start a field of its own). */
const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();

/**
 * *Add data product* where the board takes plain text only (a MURAL sticky note): the same fields
 * as the card (`dataProductCardContent`), in the format participants write and
 * `parseDataProductFields` reads — the name on the first line, then `Job:`, `Sources:`,
 * `Consumers:`, `Owner:` (and `Use case:` when given). Each value is kept on its line, so no value
 * can add a field; a name that reads like a field (`Owner: x`) is written as `Name: …`.
 */
export function dataProductPlainText(input: DataProductInput): string {
  const fields = DataProductInputSchema.parse(input);
  const name = oneLine(fields.name);
  const list = (value: string | readonly string[] | undefined) =>
    listText(typeof value === 'string' ? value.split(/[,;\n]/).map(oneLine) : (value ?? []).map(oneLine));
  const lines = [
    /[:：]/.test(name) ? `Name: ${name}` : name,
    `Job: ${oneLine(fields.job ?? '')}`.trimEnd(),
    `Sources: ${list(fields.sources)}`.trimEnd(),
    `Consumers: ${list(fields.consumers)}`.trimEnd(),
    `Owner: ${oneLine(fields.owner ?? '')}`.trimEnd(),
    ...(fields.useCase ? [`Use case: ${oneLine(fields.useCase)}`] : []),
  ];
  return lines.join('\n');
}
