import { describe, expect, it } from 'vitest';
import { ACTIVITY_IDS } from '../../src/core/activity';
import { planBoard, reviewContentRegion } from '../../src/core/layout/planBoard';
import type { BoardPlan, PlannedItem, PlannedShape } from '../../src/core/plan';
import { estimateTextHeight } from '../../src/core/textMetrics';
import { EXPECTED_BUCKETS } from './expectedContent';
import { frameOf, itemByKey, keysMatching, planFor, plainOf } from './planHelpers';
import { contains, intersects, isArea, planViolations, rectOf } from './planInvariants';

const METRICS = ['leadTime', 'deployFrequency', 'timeToRestore', 'changeFailRate'];
const HORIZONS = ['today', 'nextYear'];

function bucketsOf(metric: string, horizon: string): PlannedShape[] {
  const plan = planFor();
  return [1, 2, 3, 4, 5, 6].map((index) => itemByKey(plan, `keyMetrics/${metric}/${horizon}/bucket/${index}`) as PlannedShape);
}

describe('planBoard: frames', () => {
  it('has the cover and the prep checklist, then every activity for a full config, in agenda order, each with goal, steps and prompt', () => {
    const plan = planFor();
    expect(plan.frames.map((frame) => frame.activity)).toEqual(['cover', 'prep', ...ACTIVITY_IDS]);
    for (const frame of plan.frames.filter((candidate) => candidate.activity !== 'cover' && candidate.activity !== 'prep')) {
      for (const role of ['goal', 'steps', 'prompt']) {
        const item = frame.items.find((candidate) => candidate.key === `${frame.activity}/${role}`);
        expect(item?.kind, `${frame.activity}/${role}`).toBe('text');
        expect(plainOf(item as PlannedItem).split('\n').length, `${frame.activity}/${role}`).toBeGreaterThanOrEqual(2);
      }
      expect(frame.title).toContain(plainOf(itemByKey(plan, `${frame.activity}/title`)));
    }
  });

  it('holds every layout invariant for the default config and the largest one', () => {
    expect(planViolations(planFor())).toEqual([]);
    expect(planViolations(planFor({ format: 'inPerson', groups: 8, workshopName: 'W'.repeat(80), headcount: 30, objectives: 5 }))).toEqual([]);
  });

  it('the invariant checker catches broken plans', () => {
    const plan = planFor();
    const [first, second] = plan.frames;
    if (!first || !second) throw new Error('frames missing');
    const tooClose = { ...plan, frames: [first, { ...second, x: first.x + first.width / 2 + second.width / 2 + 100, y: first.y }] };
    expect(planViolations(tooClose).join('\n')).toMatch(/closer than/);
    const item = first.items[0] as PlannedItem;
    const escaped = { ...plan, frames: [{ ...first, items: [{ ...item, x: first.width + 10 }] }] };
    expect(planViolations(escaped).join('\n')).toMatch(/outside its frame/);
    const scripted = { ...plan, frames: [{ ...first, items: [{ ...item, content: '<p><script>x</script></p>' }] }] };
    expect(planViolations(scripted).join('\n')).toMatch(/script/);
    const duplicated = { ...plan, frames: [{ ...first, items: [item, { ...item }] }] };
    expect(planViolations(duplicated).join('\n')).toMatch(/duplicate key/);
  });

  it('sizes text honestly with estimateTextHeight', () => {
    const steps = itemByKey(planFor(), 'principles/steps');
    if (steps.kind !== 'text') throw new Error('steps is not text');
    expect(steps.height).toBeGreaterThanOrEqual(estimateTextHeight(plainOf(steps), steps.fontSize, steps.width));
    expect(steps.fontSize).toBeGreaterThanOrEqual(18);
    const title = itemByKey(planFor(), 'principles/title');
    expect(title.kind === 'shape' && title.fontSize).toBeGreaterThanOrEqual(64);
  });
});

describe('planBoard: key metrics', () => {
  it('has 48 bucket shapes with exactly the labels, worst → best from left to right', () => {
    expect(keysMatching(planFor(), /\/bucket\/\d$/)).toHaveLength(48);
    for (const metric of METRICS) {
      for (const horizon of HORIZONS) {
        const buckets = bucketsOf(metric, horizon);
        expect(buckets.map((bucket) => bucket.content)).toEqual(EXPECTED_BUCKETS[metric]?.map((label) => `<p>${label}</p>`));
        for (const [i, bucket] of buckets.entries()) {
          expect(bucket.kind).toBe('shape');
          expect(bucket.width).toBeGreaterThanOrEqual(160);
          expect(bucket.height).toBeGreaterThanOrEqual(120);
          expect(bucket.fontSize).toBeGreaterThanOrEqual(14);
          const next = buckets[i + 1];
          if (next) {
            expect(next.y).toBe(bucket.y);
            expect(rectOf(next).left).toBeGreaterThanOrEqual(rectOf(bucket).right);
          }
        }
      }
    }
  });

  it('keeps the today and year-from-now scales apart', () => {
    for (const metric of METRICS) {
      const today = bucketsOf(metric, 'today');
      const nextYear = bucketsOf(metric, 'nextYear');
      for (const a of today) for (const b of nextYear) expect(intersects(rectOf(a), rectOf(b))).toBe(false);
      expect(today[0]?.y).not.toBe(nextYear[0]?.y);
      expect(itemByKey(planFor(), `keyMetrics/${metric}/today/label`).kind).toBe('text');
      expect(itemByKey(planFor(), `keyMetrics/${metric}/title`).kind).toBe('text');
    }
  });

  it('has a dot per person per metric for each horizon (12 people: 48), one colour per horizon, outside every bucket', () => {
    const plan = planFor();
    const buckets = frameOf(plan, 'keyMetrics').items.filter((item) => item.key.includes('/bucket/'));
    const colours = HORIZONS.map((horizon) => {
      const dots = keysMatching(plan, new RegExp(`^keyMetrics/palette/${horizon}/dot/\\d+$`)).map((key) => itemByKey(plan, key));
      expect(dots).toHaveLength(48);
      expect(itemByKey(plan, `keyMetrics/palette/${horizon}/label`).kind).toBe('text');
      for (const dot of dots) {
        expect(dot.kind === 'shape' && dot.shape).toBe('circle');
        expect(dot.width).toBe(dot.height);
        expect(dot.width).toBeGreaterThanOrEqual(28);
        expect(dot.width).toBeLessThanOrEqual(50);
        for (const bucket of buckets) expect(intersects(rectOf(dot), rectOf(bucket)), dot.key).toBe(false);
      }
      return new Set(dots.map((dot) => (dot.kind === 'shape' ? dot.fillColor : '')));
    });
    expect(colours.map((set) => set.size)).toEqual([1, 1]);
    expect([...(colours[0] ?? [])][0]).not.toBe([...(colours[1] ?? [])][0]);
  });

  it('marks the palette dots and the review preview, and only them, consumable', () => {
    const plan = planFor();
    const consumable = plan.frames.flatMap((frame) => frame.items.filter((item) => item.consumable).map((item) => item.key));
    const dots = consumable.filter((key) => !key.startsWith('review/generated/'));
    expect(dots).toHaveLength(96);
    const dotsFor20 = planFor({ headcount: 20 }).frames.flatMap((frame) => frame.items.filter((item) => item.consumable && item.key.startsWith('keyMetrics/')));
    expect(dotsFor20).toHaveLength(160);
    for (const key of dots) expect(key).toMatch(/^keyMetrics\/palette\/(today|nextYear)\/dot\/\d+$/);
  });

  it('has a stories area and the note on failed deployment recovery time', () => {
    const plan = planFor();
    expect(isArea(itemByKey(plan, 'keyMetrics/area/stories'))).toBe(true);
    expect(plainOf(itemByKey(plan, 'keyMetrics/doraNote'))).toMatch(/failed deployment recovery time/);
  });
});

describe('planBoard: activity content', () => {
  it('kick-off: purpose, ground rules and introductions', () => {
    const plan = planFor();
    for (const key of ['kickoff/purpose', 'kickoff/groundRules']) expect(plainOf(itemByKey(plan, key))).not.toBe('');
    expect(plainOf(itemByKey(plan, 'kickoff/area/introductions'))).toMatch(/name.*role/i);
  });

  it('the cover: the workshop name (escaped) or the workshop’s own in its band, the date, the agenda as a timeline and the legend', () => {
    const named = planFor({ workshopName: '<script>alert("x")</script> & co', date: '12–15 May 2026' });
    const title = itemByKey(named, 'cover/title');
    expect(title.content).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(plainOf(title)).toBe('<script>alert("x")</script> & co');
    expect(plainOf(itemByKey(named, 'cover/timebox'))).toBe('Data Mesh Accelerate workshop · 12–15 May 2026 · four afternoons (remote)');
    expect(plainOf(itemByKey(planFor(), 'cover/title'))).toBe('Data Mesh Accelerate');
    expect(plainOf(itemByKey(named, 'cover/legend'))).toMatch(/dots: today/i);
    expect(plainOf(itemByKey(named, 'cover/agenda/1'))).toMatch(/^\d\d:\d\d {2}Kick-off/);
    const cover = frameOf(named, 'cover');
    expect(Math.min(...named.frames.map((frame) => frame.y - frame.height / 2))).toBe(cover.y - cover.height / 2);
    expect(Math.min(...named.frames.map((frame) => frame.x - frame.width / 2))).toBe(cover.x - cover.width / 2);
  });

  it('principles: an explanation and a challenges area per principle, plus same / different / surprised', () => {
    const plan = planFor();
    for (const id of ['domainOwnership', 'dataAsProduct', 'selfServePlatform', 'federatedGovernance']) {
      expect(plainOf(itemByKey(plan, `principles/${id}/explanation`))).not.toBe('');
      expect(isArea(itemByKey(plan, `principles/area/${id}`))).toBe(true);
    }
    for (const area of ['same', 'different', 'surprised']) expect(isArea(itemByKey(plan, `principles/area/${area}`))).toBe(true);
    expect(plainOf(itemByKey(plan, 'principles/prompt'))).toContain(
      'If we were to start applying this principle tomorrow, what challenges would we face?',
    );
  });

  it('nirvana: each group area holds its "Our Nirvana is…" sticky', () => {
    const plan = planFor({ groups: 5 });
    for (let g = 1; g <= 5; g++) {
      const starter = itemByKey(plan, `nirvana/group-${g}/starter`);
      expect(starter.kind).toBe('sticky');
      expect(plainOf(starter)).toBe('Our Nirvana is…');
      expect(contains(rectOf(itemByKey(plan, `nirvana/area/group-${g}`)), rectOf(starter))).toBe(true);
    }
    expect(isArea(itemByKey(plan, 'nirvana/area/shared'))).toBe(true);
  });

  it('OKRs: three objective areas and the outcome / measurable hint', () => {
    const plan = planFor();
    expect(keysMatching(plan, /^okrs\/area\/objective-\d$/)).toEqual(['okrs/area/objective-1', 'okrs/area/objective-2', 'okrs/area/objective-3']);
    const hint = plainOf(itemByKey(plan, 'okrs/hint'));
    expect(hint).toMatch(/outcome/i);
    expect(hint).toMatch(/output/i);
    expect(hint).toMatch(/number|measur/i);
  });

  it.each([1, 3, 5])('OKRs with %i objectives: each area has an objective slot, then key-result rows KR n.1 to n.4, top to bottom inside it', (objectives) => {
    const plan = planFor({ objectives });
    for (let n = 1; n <= objectives; n++) {
      const area = rectOf(itemByKey(plan, `okrs/area/objective-${n}`));
      const labels = [`okrs/objective-${n}/slot/objective`, ...[1, 2, 3, 4].map((k) => `okrs/objective-${n}/slot/kr-${k}`)].map((key) => itemByKey(plan, key));
      expect(labels.map(plainOf)).toEqual(['Objective', `KR ${n}.1`, `KR ${n}.2`, `KR ${n}.3`, `KR ${n}.4`]);
      const tops = labels.map((label) => rectOf(label).top);
      expect([...tops].sort((a, b) => a - b)).toEqual(tops);
      // Each row is tall enough for a sticky note (about 200 px).
      for (let k = 1; k < tops.length; k++) expect(tops[k]! - tops[k - 1]!).toBeGreaterThanOrEqual(180);
      for (const label of labels) expect(contains(area, rectOf(label)), label.key).toBe(true);
    }
  });

  it('the facilitator prep checklist is a frame of its own beside the cover, on no agenda row', () => {
    const plan = planFor();
    const prep = itemByKey(plan, 'prep/checklist');
    const text = plainOf(prep);
    for (const topic of [/Materials/, /Tools/, /right people/, /Prepare the audience/, /reading/]) expect(text).toMatch(topic);
    expect(plainOf(itemByKey(plan, 'prep/title'))).toBe('Before the workshop');
    const [cover, prepFrame] = [frameOf(plan, 'cover'), frameOf(plan, 'prep')];
    expect(prepFrame.y - prepFrame.height / 2).toBe(cover.y - cover.height / 2);
    expect(prepFrame.x - prepFrame.width / 2).toBeGreaterThan(cover.x + cover.width / 2);
    const kickoff = frameOf(plan, 'kickoff');
    expect(kickoff.y - kickoff.height / 2).toBeGreaterThan(Math.max(cover.y + cover.height / 2, prepFrame.y + prepFrame.height / 2));
  });

  it('use cases: the escaped template and the cluster areas', () => {
    const plan = planFor();
    const template = itemByKey(plan, 'useCases/template');
    expect(template.content).toContain('We believe that &lt;this Use Case&gt; will help achieving &lt;this GOAL&gt;');
    expect(plainOf(template)).toContain('We believe that <this Use Case> will help achieving <this GOAL>');
    for (const area of ['efficiency', 'experience', 'discarded', 'selected'])
      expect(isArea(itemByKey(plan, `useCases/area/${area}`))).toBe(true);
    expect(plainOf(itemByKey(plan, 'useCases/area/efficiency'))).toMatch(/for example/i);
    expect(plainOf(itemByKey(plan, 'useCases/area/experience'))).toMatch(/for example/i);
  });

  it('data products: the template sticky outside every area, and a large map', () => {
    const plan = planFor();
    const template = itemByKey(plan, 'dataProducts/template');
    expect(template.kind).toBe('sticky');
    expect(plainOf(template).split('\n')).toEqual(['Data product name', 'Job: …', 'Use case: …', 'Sources: …', 'Consumers: …', 'Owner: …']);
    const frame = frameOf(plan, 'dataProducts');
    for (const area of frame.items.filter(isArea)) expect(intersects(rectOf(area), rectOf(template))).toBe(false);
    const map = itemByKey(plan, 'dataProducts/area/map');
    expect(map.width * map.height).toBeGreaterThanOrEqual(2000 * 1400);
    expect(isArea(itemByKey(plan, 'dataProducts/area/products'))).toBe(true);
    expect(plainOf(itemByKey(plan, 'dataProducts/prompt'))).toContain('If you were to hire a data product');
  });

  it('review: next steps area and a region holding only the preview the generated review replaces', () => {
    const plan = planFor();
    const frame = frameOf(plan, 'review');
    const region = reviewContentRegion(plan);
    const rect = rectOf(region);
    expect(region.width).toBeGreaterThanOrEqual(2000);
    expect(region.height).toBeGreaterThanOrEqual(1200);
    expect(contains({ left: 0, top: 0, right: frame.width, bottom: frame.height }, rect)).toBe(true);
    const preview = frame.items.filter((item) => item.key.startsWith('review/generated/'));
    // Every section's heading and what it will hold, all inside the region, all consumable (a rebuild never restores them).
    expect(preview.filter((item) => item.key.endsWith('/heading'))).toHaveLength(8);
    for (const item of frame.items) {
      const inPreview = item.key.startsWith('review/generated/');
      expect(inPreview ? contains(rect, rectOf(item)) && item.consumable === true : !intersects(rect, rectOf(item)), item.key).toBe(true);
    }
    expect(isArea(itemByKey(plan, 'review/area/nextSteps'))).toBe(true);
    expect(() => reviewContentRegion({ ...plan, frames: [] })).toThrow();
  });

  it('closing: future posts and one word', () => {
    const plan = planFor();
    expect(isArea(itemByKey(plan, 'futurespective/area/posts'))).toBe(true);
    expect(isArea(itemByKey(plan, 'checkout/area/words'))).toBe(true);
  });
});

describe('planBoard: configuration', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('%i groups give exactly that many nirvana and use case group areas', (groups) => {
    const plan = planFor({ groups });
    const expected = Array.from({ length: groups }, (_, i) => i + 1);
    expect(keysMatching(plan, /^nirvana\/area\/group-\d+$/)).toEqual(expected.map((g) => `nirvana/area/group-${g}`));
    expect(keysMatching(plan, /^nirvana\/group-\d+\/starter$/)).toHaveLength(groups);
    expect(keysMatching(plan, /^useCases\/area\/brainstorm-\d+$/)).toEqual(expected.map((g) => `useCases/area/brainstorm-${g}`));
  });

  it('omitting futurespective and check-out removes their frames and agenda lines', () => {
    const plan = planFor({ omit: ['futurespective', 'checkout'] });
    expect(plan.frames.map((frame) => frame.activity)).toEqual(['cover', 'prep', ...ACTIVITY_IDS.filter((id) => id !== 'futurespective' && id !== 'checkout')]);
    expect(keysMatching(plan, /^(futurespective|checkout)\//)).toEqual([]);
    for (const key of keysMatching(plan, /^cover\/agenda/)) expect(plainOf(itemByKey(plan, key))).not.toMatch(/Futurespective|Check-out/);
    expect(planFor({ omit: ['checkout'] }).frames.map((frame) => frame.activity)).toContain('futurespective');
  });

  it('remote runs four afternoons in four rows, in person two days in two rows, under the cover’s row', () => {
    const rowsOf = (format: 'remote' | 'inPerson') =>
      new Set(planFor({ format }).frames.map((frame) => frame.y - frame.height / 2)).size;
    expect(rowsOf('remote')).toBe(1 + 4);
    expect(rowsOf('inPerson')).toBe(1 + 2);
    const agendaText = (plan: BoardPlan) => keysMatching(plan, /^cover\/agenda/).map((key) => plainOf(itemByKey(plan, key))).join('\n');
    const remote = agendaText(planFor({ format: 'remote' }));
    const inPerson = agendaText(planFor({ format: 'inPerson' }));
    for (const n of [1, 2, 3, 4]) expect(remote).toContain(`Afternoon ${n}`);
    expect(remote).not.toMatch(/Day \d/);
    expect(inPerson).toContain('Day 1');
    expect(inPerson).toContain('Day 2');
    expect(inPerson).not.toMatch(/Afternoon/);
    expect(remote).toMatch(/\d+ min/);
    expect(frameOf(planFor({ format: 'inPerson' }), 'okrs').title).toMatch(/^Day 1/);
    expect(frameOf(planFor({ format: 'remote' }), 'okrs').title).toMatch(/^Afternoon 2/);
  });

  it('is deterministic', () => {
    const config = { format: 'inPerson' as const, groups: 6, omit: ['checkout' as const], workshopName: 'Acme' };
    expect(planFor(config)).toEqual(planFor({ ...config, omit: [...config.omit] }));
    expect(JSON.stringify(planBoard({ format: 'remote', groups: 3, omit: [], workshopName: '', date: '', startTime: '', headcount: 12, objectives: 3 }))).toBe(JSON.stringify(planFor()));
  });
});
