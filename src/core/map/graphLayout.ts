/**
 * The graph layout the arranged copy needs, as a function the caller passes in. The core stays
 * free of the layout library (dagre is loaded by the adapter, only when the map is arranged);
 * any layered layout that honours the sizes and gaps will do.
 */
export type LayoutRequest = {
  /** Sizes in board px. */
  nodes: ReadonlyArray<{ id: string; width: number; height: number }>;
  /** Ranks flow along the edges, left to right. */
  edges: ReadonlyArray<{ from: string; to: string }>;
  /** Least space between nodes of one rank (vertical) and between ranks (horizontal), px. */
  nodeGap: number;
  rankGap: number;
};

/** Node centres by node id, in a layout space of its own (any origin), px; nodes do not overlap. */
export type GraphLayout = (request: LayoutRequest) => ReadonlyMap<string, { x: number; y: number }>;
