import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workshopConfigFrom, type WorkshopConfigInput } from '../../src/core/config';
import { contrastRatio } from '../../src/core/layout/contrast';
import { fitZoom, LEGIBILITY_BAR, renderedTexts } from '../../src/core/layout/legibility';
import { planBoard } from '../../src/core/layout/planBoard';
import type { BoardPlan, PlannedFrame, PlannedItem } from '../../src/core/plan';
import { contains, rectOf } from './planInvariants';
import { reviewBoardPages } from '../../src/core/review/reviewBoardPages';
import { reviewFromSnapshot } from '../../src/core/review/reviewFromSnapshot';
import { REVIEW_PAGE_FRAME } from '../../src/core/review/reviewPages';
import { plannedBoard } from '../review/plannedSnapshot';

/** A planned board with more posts and check-out words than one review frame holds. */
function crowdedBoard() {
  const board = plannedBoard({ groups: 2 });
  for (let i = 0; i < 80; i++) board.note('futurespective', 'posts', `Post ${i}: ${'we publish data products every week '.repeat(3)}`);
  for (let i = 0; i < 200; i++) board.note('checkout', 'words', `word${i}`);
  return board.snapshot;
}

/** Every configuration that changes the layout: format × 1–8 groups × optional activities × room size × objectives. */
const layoutConfig: fc.Arbitrary<WorkshopConfigInput> = fc.record({
  format: fc.constantFrom('remote', 'inPerson'),
  groups: fc.integer({ min: 1, max: 8 }),
  omit: fc.subarray(['futurespective', 'checkout'] as const),
  workshopName: fc.constantFrom('', 'Acme Data Mesh Accelerate', 'W'.repeat(80)),
  date: fc.constantFrom('', '12–15 May 2026'),
  startTime: fc.constantFrom('', '08:00', '13:00'),
  headcount: fc.integer({ min: 1, max: 30 }),
  objectives: fc.integer({ min: 1, max: 5 }),
});

/** Texts below the bar at the zoom where their frame fits a 1440×900 screen. */
export function illegible(plan: BoardPlan): string[] {
  return renderedTexts(plan)
    .filter((text) => text.px < LEGIBILITY_BAR[text.role])
    .map((text) => `${text.key}: ${text.px.toFixed(1)} px < ${LEGIBILITY_BAR[text.role]} px (${text.role})`);
}

/** What a written item's text sits on: its own fill (shapes), else the smallest shape holding it, else the frame. */
function backgroundOf(frame: PlannedFrame, item: PlannedItem): string {
  if (item.kind === 'shape') return item.fillColor;
  const holders = frame.items
    .flatMap((other) => (other.kind === 'shape' && other.key !== item.key && contains(rectOf(other), rectOf(item)) ? [other] : []))
    .sort((a, b) => a.width * a.height - b.width * b.height);
  return holders[0]?.fillColor ?? frame.fillColor;
}

/** Written items whose text contrast against what they sit on is under 4.5:1. */
export function lowContrast(plan: BoardPlan): string[] {
  return plan.frames.flatMap((frame) =>
    frame.items
      .filter((item) => item.kind !== 'sticky' && item.content !== '')
      .flatMap((item) => {
        if (item.kind === 'sticky') return [];
        const ratio = contrastRatio(item.color, backgroundOf(frame, item));
        return ratio < 4.5 ? [`${item.key}: ${ratio.toFixed(2)}:1`] : [];
      }),
  );
}

/** Rows of group areas (same top) in a frame that do not span the same width as the widest row. */
export function blankStrips(plan: BoardPlan): string[] {
  return plan.frames.flatMap((frame) => {
    const groups = frame.items.filter((item) => /\/area\/(group|brainstorm)-\d+$/.test(item.key));
    if (groups.length === 0) return [];
    const rows = new Map<number, PlannedItem[]>();
    for (const area of groups) rows.set(rectOf(area).top, [...(rows.get(rectOf(area).top) ?? []), area]);
    const spans = [...rows.values()].map((row) => ({
      left: Math.min(...row.map((area) => rectOf(area).left)),
      right: Math.max(...row.map((area) => rectOf(area).right)),
      covered: row.reduce((sum, area) => sum + area.width, 0),
      count: row.length,
    }));
    // The full width: the frame's content, i.e. the widest area below the groups (shared statement, clusters).
    const fullRight = Math.max(...frame.items.filter((item) => item.key.includes('/area/')).map((area) => rectOf(area).right));
    return spans.flatMap((span, index) =>
      span.right < fullRight || span.right - span.left - span.covered > (span.count - 1) * 40
        ? [`${frame.activity} row ${index + 1}: areas end at ${span.right} of ${fullRight}`]
        : [],
    );
  });
}

describe('legibility, contrast and no blank strips, for every configuration', () => {
  it('every frame stays legible at the zoom that fits it on a 1440×900 screen', () => {
    fc.assert(fc.property(layoutConfig, (input) => { expect(illegible(planBoard(workshopConfigFrom(input)))).toEqual([]); }), { numRuns: 60 });
  });

  it('every text the build writes contrasts at least 4.5:1 with what it sits on', () => {
    fc.assert(fc.property(layoutConfig, (input) => { expect(lowContrast(planBoard(workshopConfigFrom(input)))).toEqual([]); }), { numRuns: 30 });
  });

  it('rows of group areas fill the frame width for 1 to 8 groups', () => {
    for (let groups = 1; groups <= 8; groups++) {
      for (const format of ['remote', 'inPerson'] as const) expect(blankStrips(planBoard(workshopConfigFrom({ groups, format })))).toEqual([]);
    }
  });

  it('the review’s page frames are as legible as its frame: every text ≥ 10 px, the page title ≥ 24 px at the page’s fit zoom', () => {
    const pages = reviewBoardPages(reviewFromSnapshot(crowdedBoard()));
    expect(pages.length).toBeGreaterThan(1);
    const zoom = fitZoom(REVIEW_PAGE_FRAME);
    for (const page of pages.slice(1)) {
      for (const item of page) {
        if (item.kind === 'sticky') continue;
        const bar = item.key.endsWith('/header/title') ? LEGIBILITY_BAR.heading : LEGIBILITY_BAR.text;
        expect(item.fontSize * zoom, item.key).toBeGreaterThanOrEqual(bar);
      }
    }
  });

  it('frame headings fit the band on one line and frames stay within the legible size', () => {
    const plan = planBoard(workshopConfigFrom({ format: 'inPerson', groups: 8, headcount: 30, objectives: 5 }));
    for (const frame of plan.frames) expect(fitZoom(frame), frame.activity).toBeGreaterThanOrEqual(10 / 26);
  });
});
