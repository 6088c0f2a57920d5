import { z } from 'zod';
import { escapeHtml, htmlParagraphs } from '../html';

const text = (max: number) => z.string().trim().max(max);
const list = z.union([z.string().max(2000), z.array(text(200)).max(50)]).optional();

/** What *Add data product* asks for; lists may be arrays or one string separated by commas, semicolons or lines. */
export const DataProductInputSchema = z.object({
  name: text(200).min(1, 'A data product needs a name'),
  job: text(1000).optional(),
  sources: list,
  consumers: list,
  owner: text(200).optional(),
  useCase: text(200).optional(),
});

export type DataProductInput = z.input<typeof DataProductInputSchema>;

/** Card content in Miro HTML, participant text escaped: the name as title, one line per field as description. */
export type DataProductCardContent = { title: string; description: string };

/**
 * The card *Add data product* creates. Its text reads back in the same format participants write
 * on sticky notes (`Job:`, `Sources:`, `Consumers:`, `Owner:`), so both are parsed the same way.
 */
export function dataProductCardContent(input: DataProductInput): DataProductCardContent {
  const fields = DataProductInputSchema.parse(input);
  return {
    title: escapeHtml(fields.name),
    description: htmlParagraphs([
      `Job: ${fields.job ?? ''}`.trimEnd(),
      `Sources: ${listText(fields.sources)}`.trimEnd(),
      `Consumers: ${listText(fields.consumers)}`.trimEnd(),
      `Owner: ${fields.owner ?? ''}`.trimEnd(),
      ...(fields.useCase ? [`Use case: ${fields.useCase}`] : []),
    ]),
  };
}

/** A list field as one line: values trimmed, empty ones dropped, joined with commas. */
export function listText(value: string | readonly string[] | undefined): string {
  const parts = typeof value === 'string' ? value.split(/[,;\n]/) : (value ?? []);
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(', ');
}
