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
    /** Shown on the cover; plain text, e.g. "12–15 May 2026". */
    date: z.string().trim().max(40).default(''),
    /** Clock time each afternoon (remote) or day (in person) starts, "HH:MM"; empty = the format's usual start. */
    startTime: z
      .string()
      .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)
      .or(z.literal(''))
      .default(''),
    /** People in the room: the metric palette has a dot per person per scale. */
    headcount: z.number().int().min(1).max(30).default(12),
    /** Objectives on the OKR frame. */
    objectives: z.number().int().min(1).max(5).default(3),
  })
  .strict();

export type WorkshopConfig = z.output<typeof WorkshopConfigSchema>;
export type WorkshopConfigInput = z.input<typeof WorkshopConfigSchema>;

export class InvalidConfigError extends Error {
  /** What to do about it, as a plain sentence for the facilitator ("Choose 1 to 8 groups."). */
  readonly sentence: string;

  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`Invalid workshop configuration: ${field} — ${detail}`);
    this.name = 'InvalidConfigError';
    this.sentence = configErrorSentence(field);
  }
}

/**
 * The sentence for a configuration field that failed validation: what the facilitator should choose,
 * never zod's wording (the `message` keeps that, with the field, for API callers and logs).
 */
export function configErrorSentence(field: string): string {
  switch (field.split('.')[0]) {
    case 'groups':
      return 'Choose 1 to 8 groups.';
    case 'workshopName':
      return 'Keep the workshop name to 80 characters or fewer.';
    case 'format':
      return 'Choose remote or in person.';
    case 'date':
      return 'Keep the date to 40 characters or fewer.';
    case 'startTime':
      return 'Write the start time as HH:MM, for example 13:30.';
    case 'headcount':
      return 'Choose 1 to 30 people.';
    case 'objectives':
      return 'Choose 1 to 5 objectives.';
    case 'omit':
      return 'Only the futurespective and the check-out can be left out.';
    default:
      return 'The workshop configuration has a setting the app does not know; leave it out.';
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
