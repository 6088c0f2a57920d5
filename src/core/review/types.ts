import type { ParticipantNote } from '../interpret/participantNotes';
import type { KeyMetricsTally } from '../tally/tallyBoard';
import type { PrincipleId } from '../workshop/principles';

/** Something a participant wrote, as the review shows it: plain text, complete. */
export type ReviewNote = { itemId: string; text: string };

export type KeyResult = ReviewNote;

export type Objective = {
  /** 1-based, in the order the review lists them. */
  number: number;
  /** The sticky note the objective is written on; null when its area holds only key results. */
  itemId: string | null;
  /** The objective without its `O:` / `Objective:` marker ('' when there is none yet). */
  statement: string;
  /** `objective-<n>` for an objective area, null for notes elsewhere in the OKR frame. */
  area: string | null;
  keyResults: KeyResult[];
};

/** Where a use case sits in the use cases frame. */
export type UseCaseCluster = 'selected' | 'efficiency' | 'experience' | 'brainstorm' | 'unsorted' | 'discarded';

export type UseCase = ReviewNote & {
  cluster: UseCaseCluster;
  /** The parts of "We believe that <use case> will help achieving <goal>", or null when not in that form. */
  template: { useCase: string; goal: string } | null;
  /** Number of the objective the goal matches, or null. */
  objective: number | null;
};

export type ProductEnd = {
  name: string;
  /** Item id of the data product this name is, or null for a source system or consumer outside the map. */
  productItemId: string | null;
};

export type ReviewDataProduct = {
  itemId: string;
  name: string;
  job: string;
  owner: string;
  /** The use case it serves, from its `Use case:` line ('' when none is written). */
  useCase: string;
  /** As written, plus data products linked into this one by a connector only. */
  sources: ProductEnd[];
  consumers: ProductEnd[];
};

export type DataProductsReview = {
  products: ReviewDataProduct[];
  /** A → B (A feeds B) between data product item ids: the links of the interaction map. */
  links: Array<{ from: string; to: string }>;
};

export type PrincipleChallenges = { id: PrincipleId; title: string; challenges: ReviewNote[] };

export type LintCode =
  | 'objective-is-output'
  | 'key-result-not-measurable'
  | 'too-many-key-results'
  | 'too-many-objectives'
  | 'use-case-not-template'
  | 'goal-matches-no-objective'
  | 'data-product-no-owner'
  | 'data-product-job-too-long';

export type LintSection = 'okrs' | 'useCases' | 'dataProducts';

/** A pitfall found on the board: what is wrong, and the participant's text it is about. */
export type Lint = {
  code: LintCode;
  section: LintSection;
  message: string;
  /** The note's plain text, complete (the panel shows it as text). */
  text: string;
  /** The note it is about; null for lints about a whole list (too many objectives). */
  itemId: string | null;
};

/** Everything the review says, from one snapshot. Plain data: the board, the panel and every export read it. */
export type Review = {
  workshopName: string;
  nirvana: { shared: ReviewNote[]; groups: Array<{ group: number; statements: ReviewNote[] }> };
  objectives: Objective[];
  useCases: UseCase[];
  dataProducts: DataProductsReview;
  /** Null when the board has no 4 key metrics scales. */
  keyMetrics: KeyMetricsTally | null;
  principles: PrincipleChallenges[];
  observations: { same: ReviewNote[]; different: ReviewNote[]; surprised: ReviewNote[] };
  /** The stories behind the dots (the 4 key metrics frame's stories area). */
  stories: ReviewNote[];
  futurespective: ReviewNote[];
  checkout: ReviewNote[];
  nextSteps: ReviewNote[];
  /** The wrap-up's observations and learnings. */
  learnings: ReviewNote[];
  /** Notes people put in the review frame outside the next-steps area. */
  reviewNotes: ReviewNote[];
  lints: Lint[];
  /** Every note people wrote, with its activity and area (edited nirvana starters included). */
  notes: ParticipantNote[];
};
