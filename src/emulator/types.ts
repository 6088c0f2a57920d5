import type { Miro, VotingResult } from '@mirohq/websdk-types';

export type EmulatorOptions = {
  /** Round trip of every SDK call, in ms: the effect lands after half of it, the answer after all of it (default 0: at once, answer on a microtask). */
  latencyMs?: number;
  /** Probability (0..1) that an SDK call fails before it has any effect (default 0). */
  failureRate?: number;
  /**
   * Probability (0..1) that a call takes effect and then its answer is lost: it rejects with the same
   * transient error as `failureRate`, so the app cannot tell which happened (default 0).
   */
  lostAnswerRate?: number;
  /** Seed for the failure sequence (default 1). Same seed, same calls → same failures. */
  seed?: number;
  /** Clock for the credit window, in ms (default Date.now). Tests pass a controllable one. */
  now?: () => number;
  /** Credits per rolling minute (default 100,000, Miro's limit). */
  creditsPerMinute?: number;
  /** Read items back as Miro may: hex colours upper-cased, half pixels rounded (default false). */
  normaliseReadBack?: boolean;
  /** Plan features answered by `board.canUse` (default: none). `voting` also enables `getVotingResults`. */
  features?: {
    voting?: boolean;
    /** `false`: `canUse('voting')` answers true, yet `getVotingResults` rejects (plugin not installed for the team). */
    votingPlugin?: boolean;
    timer?: boolean;
  };
};

export type MethodStats = { calls: number; credits: number; failures: number; rateLimited: number };

export type EmulatorStats = {
  /** SDK calls that reached the emulated board (including failed and rate-limited ones). */
  calls: number;
  /** Credits charged (failed calls are charged, rate-limited ones are not). */
  credits: number;
  /** Keyed by SDK path, e.g. `board.createShape`, `item.sync`, `frame.add`, `collection.set`. */
  byMethod: Record<string, MethodStats>;
  /** Calls that failed through injected faults, and calls whose answer was lost after they took effect. */
  failures: number;
  /** Calls rejected for exceeding the credit limit. */
  rateLimited: number;
};

/**
 * Item types Miro's SDK reads as `Unsupported` and cannot create. Documented: emoji, stroke, curve,
 * kanban, table, usm, comment, document, mockup, web screenshot; `stamp`/`sticker` are names Miro
 * never documents — any string is accepted, as Miro may report types the docs do not list.
 */
export type UnsupportedType = string;

/** A read-only view of one board item, free of SDK cost: for the sandbox renderer and test assertions. */
export type ItemView = {
  id: string;
  type: string;
  /** As the SDK reports it: centre, relative to the parent frame's top-left when `parentId` is set. */
  x: number;
  y: number;
  /** Centre in board coordinates. */
  boardX: number;
  boardY: number;
  width: number;
  height: number;
  parentId: string | null;
  /** Every other SDK-visible property (content, title, shape, style, start/end, childrenIds, …), deep-copied. */
  props: Record<string, unknown>;
};

/** Stand-ins for other participants: no credits, no failures, and they fire the board's item events. */
export type Participant = {
  /** Plain text; escaped to HTML the way Miro's editor stores it. Board coordinates. */
  addStickyNote(props: { text: string; x: number; y: number; width?: number; color?: string; parentId?: string }): string;
  addShape(props: { shape?: string; text?: string; x: number; y: number; width: number; height: number; fillColor?: string; parentId?: string }): string;
  addCard(props: { title: string; description?: string; x: number; y: number; parentId?: string }): string;
  addUnsupported(props: { type: UnsupportedType; x: number; y: number; width: number; height: number; parentId?: string }): string;
  /** A card or sticky note inside a kanban, table or usm: `get` returns it at x = y = -Infinity. */
  addToContainer(containerId: string, props: { type: 'card' | 'sticky_note'; text: string }): string;
  addConnector(props: { start: string; end: string }): string;
  /** Moves an item's centre to board coordinates (a frame's children move with it). */
  move(id: string, boardX: number, boardY: number): void;
  /**
   * Someone starts typing in an item: until the returned function is called, `sync`/`remove` of it,
   * `frame.add` of it, and changes to its frame (sync, `frame.add`) reject with Miro's lock messages.
   */
  startEditing(id: string): () => void;
  /** Copy-paste or duplicate: a copy beside the original, same parent. Miro fires no `items:create` for it. */
  duplicate(id: string): string;
  /** Replaces a sticky note's, shape's or text's content with escaped plain text (no update event: not a move). */
  editText(id: string, text: string): void;
  resize(id: string, width: number, height: number): void;
  remove(id: string): void;
  /** Parents an item to a frame without moving it on the board. */
  addToFrame(frameId: string, itemId: string): void;
  /** Replaces the board's selection (fires `selection:update`). Added after the first contract; optional for callers. */
  select(ids: readonly string[]): void;
};

export type EmulatedMiro = {
  /** The SDK object: `window.miro` in Miro, this everywhere else. */
  miro: Miro;
  /**
   * Another panel open on the same board (another person's `window.miro`): shared items, storage and
   * credits; its own round trip `latencyMs` (default: the board's), effect after half of it.
   */
  connectClient(client?: { latencyMs?: number }): Miro;
  stats(): EmulatorStats;
  resetStats(): void;
  /** The whole board, free of SDK cost. */
  items(): ItemView[];
  /** Called after every change to the board, whoever made it. Returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  participant: Participant;
  seedVotingResults(results: VotingResult[]): void;
  /** Notifications shown through `miro.board.notifications`, oldest first. */
  notifications(): Array<{ type: string; message: string }>;
};
