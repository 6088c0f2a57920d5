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
