import { even, type Box, type CentredRect } from '../layout/geometry';
import { textAt } from '../layout/items';
import { COLOR } from '../layout/style';
import { htmlParagraphs } from '../html';
import type { PlannedItem, PlannedShape } from '../plan';
import { shortenForBoard } from '../review/shorten';
import { estimateTextHeight } from '../textMetrics';
import type { GraphLayout } from './graphLayout';
import type { InteractionGraph } from './interactionGraph';
import { mapItemKey, mapLinkKey, MAP_NOTE_KEY, type MapNodeId } from './mapKeys';
import { nameSlug } from './names';

type NodeKind = 'product' | 'source' | 'consumer';
type CopyNode = { id: MapNodeId; kind: NodeKind; name: string; width: number; height: number };
type Placed = CopyNode & CentredRect;

/** A connector of the copy, between two of its items (role keys). */
export type CopyLink = { key: string; fromItemKey: string; toItemKey: string };

export type ArrangedCopy = {
  /** Frame space; the note first, then products, source systems, consumers. */
  items: PlannedItem[];
  links: CopyLink[];
  /** How much the layout was shrunk to fit the region (1: not at all). */
  scale: number;
};

const NODE_GAP = 40;
const RANK_GAP = 120;
const NOTE_GAP = 24;
const MIN_FONT = 10;
const STYLE: Record<NodeKind, { shape: PlannedShape['shape']; width: number; minHeight: number; fontSize: number; fill: string; border: string }> = {
  source: { shape: 'rectangle', width: 220, minHeight: 80, fontSize: 16, fill: '#e7e9ee', border: '#5f6b7a' },
  product: { shape: 'round_rectangle', width: 240, minHeight: 100, fontSize: 18, fill: '#d5e4ff', border: '#3859ff' },
  consumer: { shape: 'rectangle', width: 220, minHeight: 80, fontSize: 16, fill: '#dcf5e3', border: '#1f8a4c' },
};
const NOTE_LINES = [
  'Arranged copy, redrawn by "Draw interaction map": edit the data products, not this copy.',
  'Grey: source systems · blue: data products · green: consumers.',
];

/**
 * The app's laid-out copy of the interaction map inside `region` (frame space): source systems in
 * a column on the left, data products where the layout puts them, consumers in a column on the
 * right, with a connector per link. `layout` places every node; the columns keep its vertical
 * order. The whole drawing is scaled down (never up) to fit, which keeps nodes apart.
 */
export function planArrangedCopy(graph: InteractionGraph, region: Box, layout: GraphLayout): ArrangedCopy {
  const note = textAt(MAP_NOTE_KEY, NOTE_LINES, region.left, region.top, region.width, { fontSize: 16, color: COLOR.muted });
  const nodes = copyNodes(graph);
  const edges = copyEdges(graph);
  if (nodes.length === 0) return { items: [note], links: [], scale: 1 };

  const positions = layout({ nodes, edges, nodeGap: NODE_GAP, rankGap: RANK_GAP });
  const placed = nodes.map((node): Placed => {
    const at = positions.get(node.id);
    if (!at || !Number.isFinite(at.x) || !Number.isFinite(at.y)) throw new Error(`The layout gave no position for ${node.id}`);
    return { ...node, x: at.x, y: at.y };
  });
  const banded = withSideColumns(placed);
  const top = note.y + note.height / 2 + NOTE_GAP;
  const fitted = fitInto(banded, { left: region.left, top, width: region.width, height: region.top + region.height - top });
  const items: PlannedItem[] = [note, ...fitted.nodes.map((node) => nodeShape(node, fitted.scale))];
  const links = edges.map(({ from, to }) => ({ key: mapLinkKey(from, to), fromItemKey: mapItemKey(from), toItemKey: mapItemKey(to) }));
  return { items, links, scale: fitted.scale };
}

function copyNodes(graph: InteractionGraph): CopyNode[] {
  const node = (id: MapNodeId, kind: NodeKind, written: string): CopyNode => {
    const style = STYLE[kind];
    // Names are participants' text, of any length: a node shows one line's worth, like the review.
    const name = shortenForBoard(written);
    const textHeight = estimateTextHeight(name, style.fontSize, style.width - 24) + 16;
    return { id, kind, name, width: style.width, height: Math.max(style.minHeight, even(textHeight)) };
  };
  return [
    ...graph.products.map((product) => node(`product/${product.itemId}`, 'product', product.name)),
    ...graph.sourceSystems.map((source) => node(`source/${nameSlug(source.key)}`, 'source', source.name)),
    ...graph.consumers.map((consumer) => node(`consumer/${nameSlug(consumer.key)}`, 'consumer', consumer.name)),
  ];
}

function copyEdges(graph: InteractionGraph): Array<{ from: MapNodeId; to: MapNodeId }> {
  return [
    ...graph.sourceSystems.flatMap((source) =>
      source.productIds.map((id) => ({ from: `source/${nameSlug(source.key)}` as const, to: `product/${id}` as const })),
    ),
    ...graph.links.map((link) => ({ from: `product/${link.from}` as const, to: `product/${link.to}` as const })),
    ...graph.consumers.flatMap((consumer) =>
      consumer.productIds.map((id) => ({ from: `product/${id}` as const, to: `consumer/${nameSlug(consumer.key)}` as const })),
    ),
  ];
}

/** Source systems and consumers moved to a column each side of the products, stacked in the layout's vertical order. */
function withSideColumns(placed: readonly Placed[]): Placed[] {
  const products = placed.filter((node) => node.kind === 'product');
  const left = Math.min(...products.map((node) => node.x - node.width / 2));
  const right = Math.max(...products.map((node) => node.x + node.width / 2));
  const column = (kind: NodeKind, x: number) => stackedColumn(placed.filter((node) => node.kind === kind), x);
  return [
    ...products,
    ...column('source', left - RANK_GAP - STYLE.source.width / 2),
    ...column('consumer', right + RANK_GAP + STYLE.consumer.width / 2),
  ];
}

function stackedColumn(nodes: readonly Placed[], x: number): Placed[] {
  if (nodes.length === 0) return [];
  const ordered = nodes.map((node, index) => ({ node, index })).sort((a, b) => a.node.y - b.node.y || a.index - b.index);
  const stacked: Placed[] = [];
  let bottom = -Infinity;
  for (const { node } of ordered) {
    const y = Math.max(node.y, bottom + NODE_GAP + node.height / 2);
    stacked.push({ ...node, x, y });
    bottom = y + node.height / 2;
  }
  // Centre the stack where the layout had these nodes, so it faces the products it links to.
  const wanted = (Math.min(...nodes.map((node) => node.y)) + Math.max(...nodes.map((node) => node.y))) / 2;
  const actual = (stacked[0]!.y + stacked[stacked.length - 1]!.y) / 2;
  return stacked.map((node) => ({ ...node, y: node.y + wanted - actual }));
}

function fitInto(nodes: readonly Placed[], box: Box): { nodes: Placed[]; scale: number } {
  const left = Math.min(...nodes.map((node) => node.x - node.width / 2));
  const right = Math.max(...nodes.map((node) => node.x + node.width / 2));
  const top = Math.min(...nodes.map((node) => node.y - node.height / 2));
  const bottom = Math.max(...nodes.map((node) => node.y + node.height / 2));
  const scale = Math.min(1, Math.max(1, box.width) / (right - left), Math.max(1, box.height) / (bottom - top));
  const centre = { x: (left + right) / 2, y: (top + bottom) / 2 };
  const target = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  return {
    scale,
    nodes: nodes.map((node) => ({
      ...node,
      x: round2(target.x + (node.x - centre.x) * scale),
      y: round2(target.y + (node.y - centre.y) * scale),
      // Whole pixels, rounded down: the board may round sizes, and a re-run must find nothing to change.
      width: Math.max(1, Math.floor(node.width * scale)),
      height: Math.max(1, Math.floor(node.height * scale)),
    })),
  };
}

/** Two decimals keep the plan readable and stable; far below the gaps between nodes. */
const round2 = (value: number) => Math.round(value * 100) / 100;

function nodeShape(node: Placed, scale: number): PlannedShape {
  const style = STYLE[node.kind];
  return {
    kind: 'shape',
    key: mapItemKey(node.id),
    x: node.x,
    y: node.y,
    width: node.width,
    height: node.height,
    shape: style.shape,
    content: htmlParagraphs([node.name]),
    fillColor: style.fill,
    borderColor: style.border,
    borderWidth: 2,
    fontSize: Math.max(MIN_FONT, Math.round(style.fontSize * scale)),
    color: COLOR.text,
    textAlign: 'center',
    textAlignVertical: 'middle',
  };
}
