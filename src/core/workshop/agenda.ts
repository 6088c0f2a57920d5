import type { ActivityId } from '../activity';
import type { WorkshopConfig } from '../config';
import { ACTIVITIES } from './activities';

export type WorkshopFormat = WorkshopConfig['format'];

/** A session of the workshop: an afternoon (remote) or a day (in person). */
export type AgendaPartDefinition = {
  readonly id: string;
  readonly label: string;
  /** In agenda order. */
  readonly activities: readonly ActivityId[];
};

export type AgendaDefinition = {
  readonly format: WorkshopFormat;
  /** Plain text, e.g. "four afternoons (remote)". */
  readonly summary: string;
  readonly parts: readonly AgendaPartDefinition[];
};

/*
 * The article says remote runs take four afternoons (less video fatigue, easier to fit in
 * calendars) and in-person runs two consecutive days; which activity falls in which part is ours.
 * The review gets an afternoon of its own so that outside stakeholders can join just that one.
 */
export const AGENDAS: Readonly<Record<WorkshopFormat, AgendaDefinition>> = {
  remote: {
    format: 'remote',
    summary: 'four afternoons (remote)',
    parts: [
      { id: 'afternoon-1', label: 'Afternoon 1', activities: ['kickoff', 'principles', 'nirvana'] },
      { id: 'afternoon-2', label: 'Afternoon 2', activities: ['keyMetrics', 'okrs'] },
      { id: 'afternoon-3', label: 'Afternoon 3', activities: ['useCases', 'dataProducts'] },
      { id: 'afternoon-4', label: 'Afternoon 4', activities: ['review', 'futurespective', 'checkout'] },
    ],
  },
  inPerson: {
    format: 'inPerson',
    summary: 'two consecutive days (in person)',
    parts: [
      { id: 'day-1', label: 'Day 1', activities: ['kickoff', 'principles', 'nirvana', 'keyMetrics', 'okrs'] },
      { id: 'day-2', label: 'Day 2', activities: ['useCases', 'dataProducts', 'review', 'futurespective', 'checkout'] },
    ],
  },
};

export type AgendaEntry = {
  readonly activity: ActivityId;
  readonly title: string;
  readonly minutes: number;
};

/** A part of the agenda for one configuration: omitted activities removed, minutes added up. */
export type AgendaPart = {
  readonly id: string;
  readonly label: string;
  readonly entries: readonly AgendaEntry[];
  /** Sum of the entries' timeboxes, breaks not included. */
  readonly minutes: number;
};

/** The agenda a configuration runs: its format's parts, without omitted activities or empty parts. */
export function agendaFor(config: Pick<WorkshopConfig, 'format' | 'omit'>): AgendaPart[] {
  const omitted = new Set<ActivityId>(config.omit);
  return AGENDAS[config.format].parts
    .map((part) => {
      const entries = part.activities
        .filter((activity) => !omitted.has(activity))
        .map((activity) => ({
          activity,
          title: ACTIVITIES[activity].title,
          minutes: ACTIVITIES[activity].timeboxMinutes,
        }));
      return {
        id: part.id,
        label: part.label,
        entries,
        minutes: entries.reduce((sum, entry) => sum + entry.minutes, 0),
      };
    })
    .filter((part) => part.entries.length > 0);
}

/** The activities a configuration runs, in agenda order. */
export function plannedActivities(config: Pick<WorkshopConfig, 'format' | 'omit'>): ActivityId[] {
  return agendaFor(config).flatMap((part) => part.entries.map((entry) => entry.activity));
}

/** Minutes as a facilitator reads them: "45 min", "2 h", "2 h 30 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
