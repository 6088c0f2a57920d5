import { useEffect, useRef, useState } from 'preact/hooks';
import { z } from 'zod';
import { MuralWidgetSchema } from '../mural/widgetModel';
import { API } from './muralDirectory';
import { proxyFetch } from './proxyFetch';
import { participantCreate, type DropKind } from './rehearsalDrop';

/** Rehearsal only: how often the view re-reads the emulated mural while the page is visible. */
export const VIEW_REFRESH_MS = 3000;

/** The adapter's widget schema, plus what only the drawing needs (arrow points, colours). */
const Widget = MuralWidgetSchema.extend({
  points: z.array(z.object({ x: z.number(), y: z.number() })).optional(),
  style: z.looseObject({ backgroundColor: z.string().optional(), strokeColor: z.string().optional() }).optional(),
});
type Widget = z.infer<typeof Widget>;
const WidgetPage = z.object({ value: z.array(Widget), next: z.string().optional() });

async function readAll(muralId: string): Promise<Widget[]> {
  const all: Widget[] = [];
  let next: string | undefined;
  do {
    const query = new URLSearchParams({ limit: '100', ...(next ? { next } : {}) });
    const answer = await proxyFetch(`${API}/murals/${encodeURIComponent(muralId)}/widgets?${query}`);
    if (!answer.ok) throw new Error(`MURAL answered ${answer.status}`);
    const page = WidgetPage.parse(await answer.json());
    all.push(...page.value);
    next = page.next;
  } while (next);
  return all;
}

/** Absolute top-left of each widget (MURAL keeps x, y relative to the parent area). */
function absolute(widgets: Widget[]): Map<string, { x: number; y: number }> {
  const byId = new Map(widgets.map((w) => [w.id, w]));
  const out = new Map<string, { x: number; y: number }>();
  const of = (w: Widget, depth = 0): { x: number; y: number } => {
    const known = out.get(w.id);
    if (known) return known;
    const parent = w.parentId ? byId.get(w.parentId) : undefined;
    const base = parent && depth < 20 ? of(parent, depth + 1) : { x: 0, y: 0 };
    const at = { x: base.x + w.x, y: base.y + w.y };
    out.set(w.id, at);
    return at;
  };
  for (const w of widgets) of(w);
  return out;
}

const colour = (rgba: string | undefined, fallback: string) => (rgba && /^#[0-9A-F]{8}$/i.test(rgba) ? `#${rgba.slice(1, 7)}` : fallback);

/**
 * A plain SVG of the emulated mural beside the panel (areas, widgets, arrows), re-read through the
 * proxy every few seconds while the page is visible: what participants would see in MURAL.
 */
/** A participant's create through the same REST API (in rehearsal the proxy signs it with this page's session). */
async function createAsParticipant(muralId: string, route: string, body: Record<string, unknown>): Promise<void> {
  const answer = await proxyFetch(`${API}/murals/${encodeURIComponent(muralId)}/widgets/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([body]),
  });
  if (!answer.ok) throw new Error(`MURAL answered ${answer.status} to the ${route === 'shape' ? 'dot' : 'sticky note'}`);
}

/**
 * A plain SVG of the emulated mural beside the panel (areas, widgets, arrows), re-read through the
 * proxy every few seconds while the page is visible: what participants would see in MURAL. A
 * palette above it plays the participants: drag a dot or a sticky note onto the mural and it is
 * created over MURAL's REST API, inside the area it is dropped in.
 */
export function RehearsalView({ muralId }: { muralId: string }) {
  const [widgets, setWidgets] = useState<Widget[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [stickyText, setStickyText] = useState('Our idea');
  const [dragging, setDragging] = useState<{ kind: DropKind; x: number; y: number } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const refresh = useRef<() => void>(() => undefined);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let reading = false;
    const tick = () => {
      if (stopped || reading) return;
      clearTimeout(timer);
      if (document.visibilityState === 'hidden') return;
      reading = true;
      readAll(muralId).then(
        (list) => { setWidgets(list); setError(null); },
        (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
      ).finally(() => {
        reading = false;
        if (!stopped) timer = setTimeout(tick, VIEW_REFRESH_MS);
      });
    };
    refresh.current = tick;
    const onVisibility = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'visible') tick();
    };
    tick();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [muralId]);

  const shown = widgets.filter((w) => !w.hidden);
  const at = absolute(shown);

  // What a drop needs, as of the latest render (the drag's listeners outlive the render that started it).
  const latest = useRef({ shown, at, stickyText });
  latest.current = { shown, at, stickyText };

  /** Dragging from the palette: pointer events (mouse, pen, touch alike), listened to from the press on. */
  const startDrag = (kind: DropKind) => (event: PointerEvent) => {
    event.preventDefault();
    setDragging({ kind, x: event.clientX, y: event.clientY });
    const move = (moved: PointerEvent) => setDragging({ kind, x: moved.clientX, y: moved.clientY });
    const up = (released: PointerEvent) => {
      document.removeEventListener('pointermove', move);
      setDragging(null);
      const svg = svgRef.current;
      const matrix = svg?.getScreenCTM();
      const box = svg?.getBoundingClientRect();
      if (!svg || !matrix || !box || released.clientX < box.left || released.clientX > box.right || released.clientY < box.top || released.clientY > box.bottom) return;
      const point = new DOMPoint(released.clientX, released.clientY).matrixTransform(matrix.inverse());
      const { shown: widgetsNow, at: placed, stickyText: text } = latest.current;
      const { route, body } = participantCreate(widgetsNow, placed, { x: point.x, y: point.y }, kind, text);
      createAsParticipant(muralId, route, body).then(
        () => refresh.current(),
        (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
      );
    };
    document.addEventListener('pointermove', move);
    document.addEventListener('pointerup', up, { once: true });
  };
  const right = Math.max(1000, ...shown.map((w) => (at.get(w.id)?.x ?? 0) + w.width));
  const bottom = Math.max(700, ...shown.map((w) => (at.get(w.id)?.y ?? 0) + (w.height ?? w.width)));
  const order = (w: Widget) => (w.type === 'area' ? 0 : w.type === 'arrow' ? 2 : 1);
  return (
    <section class="rehearsal-view" aria-label="Emulated mural">
      <div class="rehearsal-palette" role="toolbar" aria-label="Participants">
        <span class="p-small">Play a participant: drag onto the mural</span>
        <button type="button" class="rehearsal-drag rehearsal-dot" aria-label="Drag a dot" onPointerDown={startDrag('dot')}>● Dot</button>
        <button type="button" class="rehearsal-drag rehearsal-sticky" aria-label="Drag a sticky note" onPointerDown={startDrag('sticky')}>▭ Sticky note</button>
        <input class="input input-small rehearsal-sticky-text" aria-label="Sticky note text" value={stickyText} onInput={(event) => setStickyText((event.target as HTMLInputElement).value)} />
      </div>
      {dragging ? <div class={`rehearsal-ghost rehearsal-ghost-${dragging.kind}`} style={{ left: `${dragging.x}px`, top: `${dragging.y}px` }} aria-hidden="true" /> : null}
      <p class="p-small">Emulated mural: {shown.length} widgets {error ? `(${error})` : ''}</p>
      <svg ref={svgRef} viewBox={`0 0 ${right} ${bottom}`} role="img" aria-label="The emulated mural">
        {[...shown].sort((a, b) => order(a) - order(b)).map((w) => {
          const p = at.get(w.id)!;
          const h = w.height ?? w.width;
          if (w.type === 'area') {
            return (
              <g key={w.id} data-type="area">
                <rect x={p.x} y={p.y} width={w.width} height={h} fill={colour(w.style?.backgroundColor, '#ffffff')} stroke="#999" />
                <text x={p.x + 12} y={p.y + 40} font-size="32">{w.title}</text>
              </g>
            );
          }
          if (w.type === 'arrow' && w.points && w.points.length >= 2) {
            const [head, tail] = [w.points[0]!, w.points[w.points.length - 1]!];
            return <line key={w.id} data-type="arrow" x1={p.x + tail.x} y1={p.y + tail.y} x2={p.x + head.x} y2={p.y + head.y} stroke={colour(w.style?.strokeColor, '#000000')} stroke-width="3" marker-end="url(#head)" />;
          }
          const round = w.shape === 'circle' || w.shape === 'ellipse';
          return (
            <g key={w.id} data-type={w.type}>
              {round ? (
                <ellipse cx={p.x + w.width / 2} cy={p.y + h / 2} rx={w.width / 2} ry={h / 2} fill={colour(w.style?.backgroundColor, '#fcfe7d')} stroke="#555" />
              ) : w.type === 'text' ? null : (
                <rect x={p.x} y={p.y} width={w.width} height={h} fill={colour(w.style?.backgroundColor, '#fcfe7d')} stroke="#bbb" />
              )}
              {w.text ? <text x={p.x + 4} y={p.y + Math.min(h, 28)} font-size={Math.max(10, Math.min(24, h / 3))}>{w.text.slice(0, 40)}</text> : null}
            </g>
          );
        })}
        <defs>
          <marker id="head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" />
          </marker>
        </defs>
      </svg>
    </section>
  );
}
