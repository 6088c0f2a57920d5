import type { GraphLayout, LayoutRequest } from '../core/map/graphLayout';

/**
 * dagre (a maintained layered graph layout) behind the core's `GraphLayout`. Loaded on demand,
 * so the panel's bundle carries it only in a chunk fetched when the map is arranged.
 * `tight-tree` ranking: dagre's default network simplex took 3–5× longer on a 200-product map
 * for ranks that barely differ (tests/bench/map.ts); crossing reduction is kept.
 */
export async function loadDagreLayout(): Promise<GraphLayout> {
  const dagre = await import('@dagrejs/dagre');
  return (request: LayoutRequest) => {
    const graph = new dagre.graphlib.Graph<Record<string, unknown>, { width: number; height: number; x?: number; y?: number }, object>();
    graph.setGraph({ rankdir: 'LR', ranker: 'tight-tree', nodesep: request.nodeGap, ranksep: request.rankGap, edgesep: 10, marginx: 0, marginy: 0 });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const node of request.nodes) graph.setNode(node.id, { width: node.width, height: node.height });
    for (const edge of request.edges) if (edge.from !== edge.to) graph.setEdge(edge.from, edge.to);
    dagre.layout(graph);
    const positions = new Map<string, { x: number; y: number }>();
    for (const node of request.nodes) {
      const placed = graph.node(node.id);
      positions.set(node.id, { x: placed.x ?? 0, y: placed.y ?? 0 });
    }
    return positions;
  };
}
