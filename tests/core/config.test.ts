import { describe, expect, it } from 'vitest';
import { InvalidConfigError, workshopConfigFrom } from '../../src/core/config';

function fieldOfError(input: unknown): string | undefined {
  try {
    workshopConfigFrom(input);
  } catch (error) {
    if (error instanceof InvalidConfigError) return error.field;
    throw error;
  }
  return undefined;
}

describe('workshopConfigFrom', () => {
  it('fills the defaults', () => {
    expect(workshopConfigFrom({})).toEqual({ format: 'remote', groups: 3, omit: [], workshopName: '', date: '', startTime: '', headcount: 12, objectives: 3 });
  });

  it.each([
    [{ groups: 0 }, 'groups'],
    [{ groups: 9 }, 'groups'],
    [{ groups: 2.5 }, 'groups'],
    [{ format: 'hybrid' }, 'format'],
    [{ omit: ['review'] }, 'omit'],
    [{ omit: ['kickoff', 'checkout'] }, 'omit'],
    [{ workshopName: 'x'.repeat(81) }, 'workshopName'],
  ])('rejects %j naming %s', (input, field) => {
    expect(() => workshopConfigFrom(input)).toThrow(InvalidConfigError);
    expect(fieldOfError(input)?.split('.')[0]).toBe(field);
    expect(() => workshopConfigFrom(input)).toThrow(new RegExp(field));
  });

  it('accepts every group count from 1 to 8', () => {
    for (let groups = 1; groups <= 8; groups++) expect(workshopConfigFrom({ groups }).groups).toBe(groups);
  });
});

describe('configuration errors as sentences', () => {
  const sentenceOf = (input: unknown) => {
    try {
      workshopConfigFrom(input);
    } catch (error) {
      if (error instanceof InvalidConfigError) return error.sentence;
      throw error;
    }
    return undefined;
  };

  it.each([
    [{ groups: 0 }, 'Choose 1 to 8 groups.'],
    [{ groups: 9 }, 'Choose 1 to 8 groups.'],
    [{ groups: 2.5 }, 'Choose 1 to 8 groups.'],
    [{ groups: Number.NaN }, 'Choose 1 to 8 groups.'],
    [{ format: 'hybrid' }, 'Choose remote or in person.'],
    [{ omit: ['review'] }, 'Only the futurespective and the check-out can be left out.'],
    [{ workshopName: 'x'.repeat(81) }, 'Keep the workshop name to 80 characters or fewer.'],
    [{ colour: 'red' }, 'The workshop configuration has a setting the app does not know; leave it out.'],
  ])('%j reads "%s", with no schema wording', (input, sentence) => {
    expect(sentenceOf(input)).toBe(sentence);
    expect(sentenceOf(input)).not.toMatch(/expected|Too (big|small)|<=|>=|Invalid (input|option)/i);
  });
});
