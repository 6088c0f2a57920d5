import { describe, expect, it } from 'vitest';
import {
  activityOfKey,
  areaKey,
  bucketKey,
  goalKey,
  nirvanaGroupAreaKey,
  paletteDotKey,
  parseAreaKey,
  parseBucketKey,
  parsePaletteDotKey,
  promptKey,
  stepsKey,
  useCaseBrainstormAreaKey,
} from '../../src/core/workshop/keys';
import { BUCKET_INDICES, HORIZON_IDS, METRIC_IDS } from '../../src/core/workshop/metrics';

describe('role keys', () => {
  it('follow the grammar', () => {
    expect(goalKey('okrs')).toBe('okrs/goal');
    expect(stepsKey('review')).toBe('review/steps');
    expect(promptKey('nirvana')).toBe('nirvana/prompt');
    expect(areaKey('dataProducts', 'map')).toBe('dataProducts/area/map');
    expect(nirvanaGroupAreaKey(3)).toBe('nirvana/area/group-3');
    expect(useCaseBrainstormAreaKey(8)).toBe('useCases/area/brainstorm-8');
    expect(bucketKey('leadTime', 'today', 1)).toBe('keyMetrics/leadTime/today/bucket/1');
    expect(paletteDotKey('nextYear', 12)).toBe('keyMetrics/palette/nextYear/dot/12');
  });

  it('parse every bucket key back', () => {
    for (const metric of METRIC_IDS)
      for (const horizon of HORIZON_IDS)
        for (const index of BUCKET_INDICES) expect(parseBucketKey(bucketKey(metric, horizon, index))).toEqual({ metric, horizon, index });
  });

  it('reject what is not a bucket key', () => {
    for (const key of [
      'keyMetrics/leadTime/today/bucket/0',
      'keyMetrics/leadTime/today/bucket/7',
      'keyMetrics/leadTime/tomorrow/bucket/1',
      'keyMetrics/mttr/today/bucket/1',
      'keyMetrics/leadTime/today/label',
      'keyMetrics/palette/today/dot/1',
      'xkeyMetrics/leadTime/today/bucket/1',
    ])
      expect(parseBucketKey(key), key).toBeUndefined();
  });

  it('parse palette dots, areas and the owning activity', () => {
    expect(parsePaletteDotKey('keyMetrics/palette/today/dot/7')).toEqual({ horizon: 'today', n: 7 });
    expect(parsePaletteDotKey('keyMetrics/palette/later/dot/7')).toBeUndefined();
    expect(parseAreaKey('useCases/area/brainstorm-2')).toEqual({ activity: 'useCases', area: 'brainstorm-2' });
    expect(parseAreaKey('nowhere/area/x')).toBeUndefined();
    expect(activityOfKey('keyMetrics/leadTime/title')).toBe('keyMetrics');
    expect(activityOfKey('board/title')).toBeUndefined();
  });
});
