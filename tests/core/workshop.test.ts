import { describe, expect, it } from 'vitest';
import { ACTIVITY_IDS } from '../../src/core/activity';
import { ACTIVITIES } from '../../src/core/workshop/activities';
import { AGENDAS, agendaFor, formatMinutes, plannedActivities } from '../../src/core/workshop/agenda';
import { HORIZONS, KEY_METRICS } from '../../src/core/workshop/metrics';
import { PRINCIPLES } from '../../src/core/workshop/principles';
import { EXPECTED_BUCKETS } from './expectedContent';

describe('key metrics and horizons', () => {
  it('are the four DORA metrics in workshop order, each with six labels worst → best', () => {
    expect(KEY_METRICS.map((metric) => metric.id)).toEqual(['leadTime', 'deployFrequency', 'timeToRestore', 'changeFailRate']);
    for (const metric of KEY_METRICS) {
      expect(metric.buckets, metric.id).toEqual(EXPECTED_BUCKETS[metric.id]);
      expect(metric.title.length).toBeGreaterThan(0);
      expect(metric.question).toMatch(/\?$/);
    }
  });

  it('uses an en dash and a space before % in the change fail labels', () => {
    const labels = KEY_METRICS.find((metric) => metric.id === 'changeFailRate')?.buckets ?? [];
    for (const label of labels) expect(label).toMatch(/^\d+–\d+ %$/);
  });

  it('has today and a year from now, with distinct dot colours', () => {
    expect(HORIZONS.map((horizon) => horizon.id)).toEqual(['today', 'nextYear']);
    expect(HORIZONS[1]?.label).toBe('A year from now');
    expect(new Set(HORIZONS.map((horizon) => horizon.dotColor)).size).toBe(2);
  });
});

describe('activities', () => {
  it.each(ACTIVITY_IDS)('%s has a title, a short goal, 3–5 steps, a prompt and a timebox', (id) => {
    const activity = ACTIVITIES[id];
    expect(activity.id).toBe(id);
    expect(activity.title.trim()).not.toBe('');
    const sentences = activity.goal.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '');
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(2);
    expect(activity.steps.length).toBeGreaterThanOrEqual(3);
    expect(activity.steps.length).toBeLessThanOrEqual(5);
    for (const step of activity.steps) expect(step.length).toBeLessThan(120);
    expect(activity.prompt.trim()).not.toBe('');
    expect(activity.timeboxMinutes).toBeGreaterThan(0);
  });

  it('keeps the prompts the brief fixes', () => {
    expect(ACTIVITIES.principles.prompt).toBe('If we were to start applying this principle tomorrow, what challenges would we face?');
    expect(ACTIVITIES.dataProducts.prompt).toBe(
      'If you were to hire a data product to help address this Use Case, what would its job be?',
    );
  });
});

describe('principles', () => {
  it('are the four Data Mesh principles with a one-line explanation', () => {
    expect(PRINCIPLES.map((principle) => principle.title)).toEqual([
      'Domain ownership',
      'Data as a product',
      'Self-serve data platform',
      'Federated computational governance',
    ]);
    for (const principle of PRINCIPLES) {
      expect(principle.explanation).not.toContain('\n');
      expect(principle.explanation.length).toBeGreaterThan(20);
    }
  });
});

describe('agendas', () => {
  it('both formats cover every activity once, in agenda order', () => {
    for (const agenda of Object.values(AGENDAS)) {
      expect(agenda.parts.flatMap((part) => part.activities)).toEqual([...ACTIVITY_IDS]);
    }
  });

  it('remote is four afternoons and in person two days', () => {
    expect(AGENDAS.remote.parts.map((part) => part.label)).toEqual(['Afternoon 1', 'Afternoon 2', 'Afternoon 3', 'Afternoon 4']);
    expect(AGENDAS.inPerson.parts.map((part) => part.label)).toEqual(['Day 1', 'Day 2']);
  });

  it('fits the activities into an afternoon (≤ 3 h) or a day (≤ 5 h) before breaks', () => {
    for (const part of agendaFor({ format: 'remote', omit: [] })) expect(part.minutes).toBeLessThanOrEqual(180);
    for (const part of agendaFor({ format: 'inPerson', omit: [] })) expect(part.minutes).toBeLessThanOrEqual(300);
  });

  it('drops omitted activities and adds up the timeboxes', () => {
    const agenda = agendaFor({ format: 'remote', omit: ['futurespective', 'checkout'] });
    const last = agenda.at(-1);
    expect(last?.entries.map((entry) => entry.activity)).toEqual(['review']);
    expect(last?.minutes).toBe(ACTIVITIES.review.timeboxMinutes);
    expect(plannedActivities({ format: 'inPerson', omit: ['checkout'] })).not.toContain('checkout');
  });

  it('formats minutes the way a facilitator reads them', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(150)).toBe('2 h 30 min');
  });
});
