import { z } from 'zod';
import { OPTIONAL_ACTIVITIES } from './activity';

/** What the facilitator chooses in the panel before building. */
export const WorkshopConfigSchema = z
  .object({
    /** remote: four afternoons; inPerson: two consecutive days. */
    format: z.enum(['remote', 'inPerson']).default('remote'),
    /** Breakout groups for nirvana and use cases. */
    groups: z.number().int().min(1).max(8).default(3),
    /** Optional activities to leave out. */
    omit: z.array(z.enum(OPTIONAL_ACTIVITIES)).default([]),
    /** Shown in the kick-off title; plain text. */
    workshopName: z.string().trim().max(80).default(''),
  })
  .strict();

export type WorkshopConfig = z.output<typeof WorkshopConfigSchema>;
export type WorkshopConfigInput = z.input<typeof WorkshopConfigSchema>;

export class InvalidConfigError extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`Invalid workshop configuration: ${field} — ${detail}`);
    this.name = 'InvalidConfigError';
  }
}

/** Validates panel input; throws InvalidConfigError naming the first bad field. */
export function workshopConfigFrom(input: unknown = {}): WorkshopConfig {
  const parsed = WorkshopConfigSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'config';
  throw new InvalidConfigError(field, issue?.message ?? 'invalid value');
}
