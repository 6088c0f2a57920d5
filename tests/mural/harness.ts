import { connectMural, createEmulatedMural, type MuralEmulatorOptions } from '../../src/index';
import type { MuralWidget } from '../../src/muralEmulator/types';
import { fakeClock } from '../support/fakeClock';

/** An emulated MURAL and a target on it, sharing one fake clock (sleeping advances time at once). */
export function muralSetup(options: MuralEmulatorOptions & { maxRequestsPerSecond?: number } = {}) {
  const clock = fakeClock(Date.UTC(2026, 11, 1, 9, 0, 0));
  const { maxRequestsPerSecond, ...emulatorOptions } = options;
  const emulated = createEmulatedMural({ latencyMs: 0, ...emulatorOptions, now: clock.now });
  const target = connectMural({
    fetch: emulated.fetch,
    muralId: emulated.muralId,
    getAccessToken: () => emulated.accessToken(),
    clock,
    ...(maxRequestsPerSecond !== undefined ? { maxRequestsPerSecond } : {}),
  });
  return { clock, emulated, target };
}

/** The widgets keyed by what they are, not by id: kind, area title, geometry, text, style (ids differ between runs). */
export function muralShape(widgets: readonly MuralWidget[]): string[] {
  const byId = new Map(widgets.map((widget) => [widget.id, widget]));
  const describe = (widget: MuralWidget): string => {
    const parent = widget.parentId ? byId.get(widget.parentId) : undefined;
    const text = widget.type === 'area' ? String(widget.title) : String(widget.text ?? '');
    const recordLike = widget.title === 'Accelerate Board record (do not edit)';
    return JSON.stringify([
      widget.type, widget.shape ?? null, parent ? String(parent.title) : null,
      widget.x, widget.y, widget.width, widget.height ?? null,
      recordLike ? 'record' : text, recordLike ? null : widget.style ?? null,
    ]);
  };
  return widgets.map(describe).sort();
}

export const RECORD_TITLE = 'Accelerate Board record (do not edit)';

/** Widgets the records name (areas, their items) plus the records themselves. */
export function recordedIds(widgets: readonly MuralWidget[]): Set<string> {
  const ids = new Set<string>();
  for (const widget of widgets) {
    if (widget.title !== RECORD_TITLE) continue;
    const record = JSON.parse(String(widget.text)) as { area: string; items: Record<string, string> };
    ids.add(widget.id);
    ids.add(record.area);
    for (const id of Object.values(record.items)) ids.add(id);
  }
  return ids;
}

/** What the facilitator's runs made that no record names (a duplicate, or a create taken for lost). */
export function orphans(emulated: { widgets(): MuralWidget[]; userId(user: string): string }): MuralWidget[] {
  const widgets = emulated.widgets();
  const recorded = recordedIds(widgets);
  const facilitator = emulated.userId('Facilitator');
  return widgets.filter((widget) => widget.createdBy.id === facilitator && !recorded.has(widget.id));
}

/** A widget's top-left in mural coordinates (its parent chain resolved). */
export function absoluteTopLeft(widgets: readonly MuralWidget[], id: string): { x: number; y: number } {
  const byId = new Map(widgets.map((widget) => [widget.id, widget]));
  let widget = byId.get(id);
  let x = 0;
  let y = 0;
  while (widget) {
    x += widget.x;
    y += widget.y;
    widget = widget.parentId ? byId.get(widget.parentId) : undefined;
  }
  return { x, y };
}

/** A participant's request through the same REST API (their own token). */
export async function asParticipant(
  emulated: { fetch: (input: string, init?: RequestInit) => Promise<Response>; baseUrl: string; muralId: string; tokenFor(user: string): string },
  user: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; value: unknown }> {
  let response: Response;
  try {
    response = await emulated.fetch(`${emulated.baseUrl}/murals/${emulated.muralId}${path}`, {
      method,
      headers: { authorization: `Bearer ${emulated.tokenFor(user)}`, 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    // A lost answer (the emulator's lostAnswerRate): the participant's change took effect all the same.
    if (error instanceof TypeError) return { status: 0, value: undefined };
    throw error;
  }
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as { value?: unknown }) : {};
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return { status: response.status, value: parsed.value };
}
