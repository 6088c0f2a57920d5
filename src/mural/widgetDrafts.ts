import { plainTextFromHtml } from '../core/html';
import type { PlannedFrame, PlannedItem, StickyColor } from '../core/plan';
import { muralLocalTopLeftOf, type MuralAbsolutePoint } from './geometry';
import { heightOf, type MuralWidgetRead } from './widgetModel';

/** The typed create routes that take arrays of up to 1000 widgets. */
export type BatchRoute = 'shape' | 'sticky-note' | 'textbox';
export const BATCH_ROUTES: readonly BatchRoute[] = ['shape', 'sticky-note', 'textbox'];

/** One widget to create: its typed route and its body (x, y top-left relative to `parentId`). */
export type WidgetDraft = { route: BatchRoute; body: Record<string, unknown> };

/** Miro's named sticky colours as Miro paints them, so a MURAL board looks like the Miro one. */
const STICKY_HEX: Record<StickyColor, string> = {
  gray: '#e6e6e6', light_yellow: '#fff9b1', yellow: '#f5d128', orange: '#ff9d48', light_green: '#d5f692', green: '#c9df56',
  dark_green: '#93d275', cyan: '#67c6c0', light_pink: '#ffcee0', pink: '#ea94bb', violet: '#be88c7', red: '#f16c7f',
  light_blue: '#a6ccf5', blue: '#6cd8fa', dark_blue: '#9ea9ff', black: '#1a1a1a',
};

/** A plan colour (`#rrggbb`, `#rgb`, `transparent`, a sticky name) → MURAL's `#RRGGBBAA`, upper case. */
export function muralColor(color: string): string {
  if (color === 'transparent') return '#FFFFFF00';
  const named = STICKY_HEX[color as StickyColor];
  const hex = (named ?? color).replace(/^#/, '');
  const full = hex.length === 3 || hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(full)) throw new Error(`Not a colour the MURAL adapter can write: ${JSON.stringify(color)}`);
  return `#${full.toUpperCase()}${full.length === 6 ? 'FF' : ''}`;
}

/** A plan text → MURAL plain text (MURAL's textbox takes no HTML; lines stay lines). */
export const muralText = (html: string): string => plainTextFromHtml(html);

/** The body of `POST …/widgets/area` for a planned frame at `topLeft` (mural coordinates). */
export function areaBody(frame: PlannedFrame, topLeft: MuralAbsolutePoint): Record<string, unknown> {
  return {
    x: topLeft.x,
    y: topLeft.y,
    width: frame.width,
    height: frame.height,
    title: frame.title,
    showTitle: true,
    layout: 'free',
    style: { backgroundColor: muralColor(frame.fillColor), borderColor: '#9AA3ADFF', borderStyle: 'solid', borderWidth: 1 },
  };
}

/** Whether `widget` is exactly the area `body` asks for, at the mural's root (a create whose answer was lost). */
export function isAreaOf(widget: MuralWidgetRead, body: Record<string, unknown>): boolean {
  return (
    widget.type === 'area' && widget.parentId === undefined && widget.title === body.title &&
    near(widget.x, body.x) && near(widget.y, body.y) && near(widget.width, body.width) && near(heightOf(widget), body.height)
  );
}

/** A planned item (centre in frame space) → the widget that renders it inside its area. */
export function draftOf(item: PlannedItem, parentId: string): WidgetDraft {
  const at = muralLocalTopLeftOf(item);
  const place = { parentId, x: at.x, y: at.y, width: item.width, height: item.height };
  switch (item.kind) {
    case 'text':
      return {
        route: 'textbox',
        body: { ...place, text: muralText(item.content), style: { fontSize: item.fontSize, textAlign: item.textAlign } },
      };
    case 'sticky':
      return {
        route: 'sticky-note',
        body: { ...place, shape: 'rectangle', text: muralText(item.content), style: { backgroundColor: muralColor(item.color) } },
      };
    case 'shape':
      return {
        route: 'shape',
        body: {
          ...place,
          shape: item.shape === 'circle' ? 'circle' : 'rectangle',
          text: muralText(item.content),
          style: {
            backgroundColor: muralColor(item.fillColor),
            // MURAL borders are 1–7 px: a borderless plan shape gets a border in its fill colour.
            borderColor: muralColor(item.borderWidth > 0 ? item.borderColor : item.fillColor),
            borderStyle: 'solid',
            borderWidth: Math.min(7, Math.max(1, Math.round(item.borderWidth))),
            fontColor: muralColor(item.color),
          },
        },
      };
  }
}

const TYPE_OF_ROUTE: Record<BatchRoute, string> = { shape: 'shape', 'sticky-note': 'sticky note', textbox: 'text' };

function near(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 0.5;
}

/** Same kind of widget (type, shape, textbox vs title) as the draft: else an update cannot make it match. */
export function isKindOf(widget: MuralWidgetRead, draft: WidgetDraft): boolean {
  if (widget.type !== TYPE_OF_ROUTE[draft.route]) return false;
  if (draft.route === 'textbox') return widget.fixedWidth !== false;
  return widget.shape === draft.body.shape;
}

/** Exactly what the draft creates (kind, area, geometry, text): a create whose answer was lost, or a cut-off run's. */
export function isExactly(widget: MuralWidgetRead, draft: WidgetDraft): boolean {
  const body = draft.body;
  return (
    isKindOf(widget, draft) && widget.parentId === body.parentId && (widget.text ?? '') === body.text &&
    near(widget.x, body.x) && near(widget.y, body.y) && near(widget.width, body.width) && near(heightOf(widget), body.height)
  );
}

/** The PATCH body that makes an app widget match its draft (geometry, text, style), or undefined when it does. */
export function patchFor(widget: MuralWidgetRead, draft: WidgetDraft): Record<string, unknown> | undefined {
  const patch: Record<string, unknown> = {};
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    const actual = key === 'height' ? heightOf(widget) : widget[key];
    if (!near(actual, draft.body[key])) patch[key] = draft.body[key];
  }
  if ((widget.text ?? '') !== draft.body.text) patch.text = draft.body.text;
  const wanted = (draft.body.style ?? {}) as Record<string, unknown>;
  const style: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    const actual = widget.style?.[key];
    const same = typeof value === 'string' && typeof actual === 'string' ? value.toUpperCase() === actual.toUpperCase() : actual === value;
    if (!same) style[key] = value;
  }
  if (Object.keys(style).length > 0) patch.style = style;
  if (widget.parentId !== draft.body.parentId) {
    patch.parentId = draft.body.parentId;
    patch.x = draft.body.x;
    patch.y = draft.body.y;
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}
