import type { ItemView } from '../../index';
import { ItemGroup } from './ItemGroup';

/**
 * Items the SDK cannot create or style (stamps, stickers, emoji, pen strokes) drawn as a
 * recognisable glyph: the sandbox only knows their type and box, as the app does.
 */
export function UnsupportedItem({ item }: { item: ItemView }) {
  const size = Math.max(4, Math.min(item.width, item.height));
  return (
    <ItemGroup item={item}>
      <title>{`${item.type} (read-only for apps)`}</title>
      <UnsupportedGlyph type={item.type} size={size} width={item.width} height={item.height} />
    </ItemGroup>
  );
}

function UnsupportedGlyph({ type, size, width, height }: { type: string; size: number; width: number; height: number }) {
  const radius = size / 2;
  switch (type) {
    case 'stamp':
      return (
        <>
          <circle r={radius} fill="#ff6b4a" stroke="#ffffff" stroke-width={size * 0.06} />
          <path d={starPath(radius * 0.55)} fill="#ffffff" />
        </>
      );
    case 'sticker':
      return (
        <>
          <rect x={-radius} y={-radius} width={size} height={size} rx={size * 0.2} fill="#ffd02f" />
          <path d={`M0 ${-radius * 0.6} L${radius * 0.6} 0 L0 ${radius * 0.6} L${-radius * 0.6} 0 Z`} fill="#7a4c00" />
        </>
      );
    case 'emoji':
      return (
        <>
          <circle r={radius} fill="#ffcc33" />
          <circle cx={-radius * 0.35} cy={-radius * 0.2} r={radius * 0.1} fill="#5a3a00" />
          <circle cx={radius * 0.35} cy={-radius * 0.2} r={radius * 0.1} fill="#5a3a00" />
          <path
            d={`M${-radius * 0.45} ${radius * 0.2} Q0 ${radius * 0.65} ${radius * 0.45} ${radius * 0.2}`}
            fill="none"
            stroke="#5a3a00"
            stroke-width={radius * 0.1}
            stroke-linecap="round"
          />
        </>
      );
    case 'curve':
      return (
        <path
          d={`M${-width / 2} 0 C${-width / 4} ${-height / 2} ${width / 4} ${height / 2} ${width / 2} 0`}
          fill="none"
          stroke="#1a1a1a"
          stroke-width={Math.max(2, size * 0.05)}
          stroke-linecap="round"
        />
      );
    default:
      return (
        <>
          <rect x={-width / 2} y={-height / 2} width={width} height={height} class="unsupported-box" />
          <text class="board-text" font-size={radius} text-anchor="middle" y={radius * 0.35} fill="#656b81">
            ?
          </text>
        </>
      );
  }
}

function starPath(radius: number): string {
  const points: string[] = [];
  for (let index = 0; index < 10; index++) {
    const angle = (Math.PI / 5) * index - Math.PI / 2;
    const distance = index % 2 === 0 ? radius : radius * 0.45;
    points.push(`${(Math.cos(angle) * distance).toFixed(2)} ${(Math.sin(angle) * distance).toFixed(2)}`);
  }
  return `M${points.join(' L')} Z`;
}
