/** Exact strings the brief fixes, written out here rather than imported, so the tests check the code. */

const DURATIONS = [
  'More than six months',
  'One to six months',
  'One week to one month',
  'One day to one week',
  'Less than one day',
  'Less than one hour',
];
/** Bucket labels per metric, worst → best. */
export const EXPECTED_BUCKETS: Record<string, string[]> = {
  leadTime: DURATIONS,
  deployFrequency: [
    'Fewer than once per six months',
    'Between once per month and once every six months',
    'Between once per week and once per month',
    'Between once per day and once per week',
    'Between once per hour and once per day',
    'On demand (multiple deploys per day)',
  ],
  timeToRestore: DURATIONS,
  changeFailRate: ['76–100 %', '61–75 %', '46–60 %', '31–45 %', '16–30 %', '0–15 %'],
};
