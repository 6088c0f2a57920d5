import type { InteractionMapReport } from '../../actions/drawInteractionMap';

/** "1 link", "3 links". */
export function countText(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Data product names by item id, for showing edges, cycles and ambiguous names. */
export function productNamesOf(report: Pick<InteractionMapReport, 'products'>): ReadonlyMap<string, string> {
  return new Map(report.products.map((product) => [product.itemId, product.name]));
}

/** Links between data products whose connector the app drew, and those people drew by hand. */
export function linkCounts(report: Pick<InteractionMapReport, 'edges'>): { app: number; people: number } {
  const people = report.edges.filter((edge) => edge.drawnBy === 'participant').length;
  return { app: report.edges.length - people, people };
}

/** What the facilitator should look at: names that drew no link, loops and products on their own. */
export function attentionCount(
  report: Pick<InteractionMapReport, 'unresolved' | 'ambiguous' | 'selfReferences' | 'cycles' | 'isolated'>,
): number {
  return report.unresolved.length + report.ambiguous.length + report.selfReferences.length + report.cycles.length + report.isolated.length;
}

/** One line about the laid-out copy in the interaction map area. */
export function arrangedText(arranged: InteractionMapReport['arranged']): string {
  if (arranged === null) return 'Left as it was';
  if ('skipped' in arranged) return arranged.skipped;
  const { items, connectors } = arranged;
  const changes = items.created + items.updated + items.removed + connectors.created + connectors.removed;
  const base = changes === 0 ? 'Up to date' : 'Redrawn';
  return arranged.scale < 1 ? `${base}, shrunk to ${Math.round(arranged.scale * 100)} % to fit` : base;
}

/** Why an unresolved name probably meant a data product. */
export function unresolvedReasonText(reason: 'draft' | 'similar'): string {
  return reason === 'draft' ? 'a note with that name has no job, sources or consumers yet' : 'the spelling is close';
}

/** A list of names as one line: "ERP, Web shop, CRM". */
export function namesText(names: readonly string[]): string {
  return names.join(', ');
}

/** A data product's name by id; the report names every product it mentions, so the fallback is defensive. */
export function nameOf(names: ReadonlyMap<string, string>, itemId: string): string {
  return names.get(itemId) ?? 'an item no longer on the board';
}

/** Links sorted the way the board reads: by the upstream product's reading order, then the downstream one's. */
export function edgesInReadingOrder(report: Pick<InteractionMapReport, 'edges' | 'products'>): InteractionMapReport['edges'] {
  const order = new Map(report.products.map((product, index) => [product.itemId, index]));
  const rank = (itemId: string) => order.get(itemId) ?? Number.MAX_SAFE_INTEGER;
  return [...report.edges].sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to));
}
