import type { ItemView } from '../index';

/** Typed, defensive reads of `ItemView.props` (the emulator copies SDK properties as plain data). */
export function stringProp(item: ItemView, key: string): string | undefined {
  const value = item.props[key];
  return typeof value === 'string' ? value : undefined;
}

export function styleString(item: ItemView, key: string): string | undefined {
  const value = styleOf(item)[key];
  return typeof value === 'string' ? value : undefined;
}

export function styleNumber(item: ItemView, key: string): number | undefined {
  const value = styleOf(item)[key];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  // Miro reports some numeric styles (fontSize, borderWidth) as strings.
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function styleOf(item: ItemView): Record<string, unknown> {
  const style = item.props['style'];
  return style !== null && typeof style === 'object' ? (style as Record<string, unknown>) : {};
}

export type ConnectorEnd = {
  item: string;
  snapTo?: string;
  /** Relative to the item's box: (0,0) top-left, (1,1) bottom-right. */
  position?: { x: number; y: number };
};

export function connectorEnd(item: ItemView, key: 'start' | 'end'): ConnectorEnd | null {
  const end = item.props[key];
  if (end === null || typeof end !== 'object') return null;
  const record = end as Record<string, unknown>;
  if (typeof record['item'] !== 'string') return null;
  const position = record['position'];
  const hasPosition =
    position !== null &&
    typeof position === 'object' &&
    typeof (position as Record<string, unknown>)['x'] === 'number' &&
    typeof (position as Record<string, unknown>)['y'] === 'number';
  return {
    item: record['item'],
    snapTo: typeof record['snapTo'] === 'string' ? record['snapTo'] : undefined,
    position: hasPosition ? (position as { x: number; y: number }) : undefined,
  };
}

export type ConnectorCaption = { content: string; position: number };

export function connectorCaptions(item: ItemView): ConnectorCaption[] {
  const captions = item.props['captions'];
  if (!Array.isArray(captions)) return [];
  return captions.flatMap((caption: unknown) => {
    if (caption === null || typeof caption !== 'object') return [];
    const record = caption as Record<string, unknown>;
    const content = typeof record['content'] === 'string' ? record['content'] : '';
    const position = typeof record['position'] === 'number' ? record['position'] : 0.5;
    return content ? [{ content, position }] : [];
  });
}
