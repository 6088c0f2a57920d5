import type { ActivityId } from '../activity';
import type { WorkshopConfig } from '../config';
import { agendaFor, type AgendaPart } from './agenda';

/*
 * Clock times for the agenda. Remote afternoons start after lunch and stay under about three hours
 * with a short break; in-person days start in the morning, have a break mid-morning and
 * mid-afternoon and an hour for lunch. In person the room talks without switching tools, so each
 * activity's suggested timebox is a little shorter (85 %, rounded to 5 minutes).
 */

export type ScheduleSlot =
  | { readonly kind: 'activity'; readonly activity: ActivityId; readonly title: string; readonly start: number; readonly minutes: number }
  | { readonly kind: 'break' | 'lunch'; readonly title: string; readonly start: number; readonly minutes: number };

export type PartSchedule = { readonly part: AgendaPart; readonly slots: readonly ScheduleSlot[]; readonly start: number; readonly end: number };

const DEFAULT_START = { remote: '13:30', inPerson: '09:00' } as const;
const BREAK_MINUTES = 15;
const LUNCH_MINUTES = 60;
/** A break comes once this much has run without one, unless the part is about to end. */
const MINUTES_BETWEEN_BREAKS = 75;

/** Minutes since midnight of "HH:MM". */
export function minutesOfDay(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** "HH:MM" of minutes since midnight (wraps past midnight). */
export function clockTime(minutes: number): string {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** The suggested minutes of an activity in this format. */
export function pacedMinutes(minutes: number, format: WorkshopConfig['format']): number {
  return format === 'inPerson' ? Math.max(10, Math.round((minutes * 0.85) / 5) * 5) : minutes;
}

/** Every part of the agenda with clock times, breaks and (in person) lunch. */
export function scheduleFor(config: Pick<WorkshopConfig, 'format' | 'omit' | 'startTime'>): PartSchedule[] {
  const first = minutesOfDay(config.startTime || DEFAULT_START[config.format]);
  return agendaFor(config).map((part) => {
    const slots: ScheduleSlot[] = [];
    let clock = first;
    let sinceBreak = 0;
    let hadLunch = false;
    const total = part.entries.reduce((sum, entry) => sum + pacedMinutes(entry.minutes, config.format), 0);
    let done = 0;
    part.entries.forEach((entry, index) => {
      const minutes = pacedMinutes(entry.minutes, config.format);
      slots.push({ kind: 'activity', activity: entry.activity, title: entry.title, start: clock, minutes });
      clock += minutes;
      sinceBreak += minutes;
      done += minutes;
      if (index === part.entries.length - 1) return;
      if (config.format === 'inPerson' && !hadLunch && done >= total / 2) {
        slots.push({ kind: 'lunch', title: 'Lunch', start: clock, minutes: LUNCH_MINUTES });
        clock += LUNCH_MINUTES;
        sinceBreak = 0;
        hadLunch = true;
      } else if (sinceBreak >= MINUTES_BETWEEN_BREAKS || (config.format === 'remote' && index === 0 && part.entries.length > 1 && total > 90)) {
        slots.push({ kind: 'break', title: 'Break', start: clock, minutes: BREAK_MINUTES });
        clock += BREAK_MINUTES;
        sinceBreak = 0;
      }
    });
    return { part, slots, start: first, end: clock };
  });
}

/** The slot of one activity in a schedule. */
export function activitySlot(schedule: readonly PartSchedule[], activity: ActivityId): { part: AgendaPart; start: number; minutes: number } | undefined {
  for (const { part, slots } of schedule) {
    for (const slot of slots) if (slot.kind === 'activity' && slot.activity === activity) return { part, start: slot.start, minutes: slot.minutes };
  }
  return undefined;
}
