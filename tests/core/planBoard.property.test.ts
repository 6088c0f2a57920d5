import { plainTextFromHtml } from '../../src/core/html';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workshopConfigFrom, type WorkshopConfigInput } from '../../src/core/config';
import { planBoard } from '../../src/core/layout/planBoard';
import { allItems, planViolations } from './planInvariants';

const NAMES = [
  '',
  '<script>alert(1)</script>',
  'Acme & Co "Data" <Mesh>',
  '🚀 Data Mesh 🧭 Accelerate 👩‍💻',
  'W'.repeat(80),
  'Ünïcödé wörkshöp ' + 'ä'.repeat(60),
];

const name = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.string({ maxLength: 80 }),
  fc.string({ maxLength: 40, unit: 'grapheme' }),
  fc.array(fc.constantFrom('<script>', '</p>', '&amp;', '🙂', ' ', 'x', '"', "'", '<b>'), { maxLength: 8 }).map((parts) => parts.join('')),
);

/** Every valid configuration: format × groups 1..8 × omit subsets × names. */
const configInput: fc.Arbitrary<WorkshopConfigInput> = fc.record({
  format: fc.constantFrom('remote', 'inPerson'),
  groups: fc.integer({ min: 1, max: 8 }),
  omit: fc.subarray(['futurespective', 'checkout'] as const),
  workshopName: name.filter((value) => value.trim().length <= 80),
});

/** Every format × group count × omission (64 layouts), each with one of the hard names in turn. */
const EVERY_LAYOUT: WorkshopConfigInput[] = (['remote', 'inPerson'] as const).flatMap((format) =>
  Array.from({ length: 8 }, (_, i) => i + 1).flatMap((groups) =>
    [[], ['futurespective'], ['checkout'], ['futurespective', 'checkout']].map((omit) => ({ format, groups, omit }) as WorkshopConfigInput),
  ),
).map((input, index) => ({ ...input, workshopName: NAMES[index % NAMES.length]! }));

describe('planBoard properties', () => {
  it('holds every layout invariant for every configuration', () => {
    const check = (input: WorkshopConfigInput) => {
      const plan = planBoard(workshopConfigFrom(input));
      expect(planViolations(plan), JSON.stringify(input)).toEqual([]);
      for (const { item } of allItems(plan)) expect(item.content).not.toMatch(/<script/i);
    };
    // The layout follows format, groups and omissions: all 64 of them, rather than a random sample.
    expect(EVERY_LAYOUT).toHaveLength(2 * 8 * 4);
    for (const input of EVERY_LAYOUT) check(input);
    // The name's length and characters: random names on random layouts.
    fc.assert(fc.property(configInput, check), { numRuns: 100 });
  });

  it('is deterministic: the same config gives a deep-equal plan', () => {
    fc.assert(
      fc.property(configInput, (input) => {
        const config = workshopConfigFrom(input);
        expect(planBoard(config)).toEqual(planBoard(structuredClone(config)));
      }),
      { numRuns: 100 },
    );
  });

  it('draws the cover, the prep checklist and one frame per planned activity; the cover names the workshop when given', () => {
    fc.assert(
      fc.property(configInput, (input) => {
        const config = workshopConfigFrom(input);
        const plan = planBoard(config);
        expect(plan.frames).toHaveLength(12 - config.omit.length);
        const coverTitle = plan.frames[0]!.items.find((item) => item.key === 'cover/title')!;
        expect(plainTextFromHtml(coverTitle.content)).toBe(config.workshopName.trim() || 'Data Mesh Accelerate');
      }),
      { numRuns: 100 },
    );
  });
});
