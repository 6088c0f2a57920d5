/** What a participant drops on the rehearsal view: a dot (a small circle shape) or a sticky note. */
export type DropKind = 'dot' | 'sticky';

type Placed = { id: string; type: string; x: number; y: number; width: number; height?: number; hidden?: boolean };

export const DOT_SIZE = 30;
export const STICKY_SIZE = 160;

/**
 * The REST create a participant's drop makes: `POST …/widgets/shape` (a circle dot) or
 * `…/widgets/sticky-note`, centred on `point` (mural coordinates), inside the innermost area
 * holding the point (MURAL takes x, y relative to it), kept inside that area's edges as MURAL
 * requires. `absolute` gives each widget's top-left in mural coordinates.
 */
export function participantCreate(
  widgets: readonly Placed[],
  absolute: ReadonlyMap<string, { x: number; y: number }>,
  point: { x: number; y: number },
  kind: DropKind,
  text: string,
): { route: 'shape' | 'sticky-note'; body: Record<string, unknown> } {
  const size = kind === 'dot' ? DOT_SIZE : STICKY_SIZE;
  const areas = widgets
    .filter((widget) => widget.type === 'area' && !widget.hidden)
    .map((area) => ({ area, at: absolute.get(area.id) ?? { x: area.x, y: area.y }, height: area.height ?? area.width }))
    .filter(({ at, area, height }) => point.x >= at.x && point.x <= at.x + area.width && point.y >= at.y && point.y <= at.y + height)
    .sort((a, b) => a.area.width * a.height - b.area.width * b.height);
  const inside = areas[0];
  let x = point.x - size / 2;
  let y = point.y - size / 2;
  const place: Record<string, unknown> = {};
  if (inside && inside.area.width >= size && inside.height >= size) {
    x = Math.min(Math.max(x - inside.at.x, 0), inside.area.width - size);
    y = Math.min(Math.max(y - inside.at.y, 0), inside.height - size);
    place.parentId = inside.area.id;
  }
  Object.assign(place, { x: Math.floor(x), y: Math.floor(y), width: size, height: size });
  if (kind === 'dot') return { route: 'shape', body: { ...place, shape: 'circle', style: { backgroundColor: '#2D9BF0FF' } } };
  return { route: 'sticky-note', body: { ...place, shape: 'rectangle', text } };
}
