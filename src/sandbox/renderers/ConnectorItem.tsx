import type { ItemView } from '../../index';
import { plainTextFromHtml } from '../../core/html';
import { hexOr } from '../colors';
import { boardBoxOf, connectorEndPoint } from '../geometry';
import { connectorCaptions, connectorEnd, stringProp, styleNumber, styleString } from '../itemProps';
import type { Point } from '../viewport';
import { round } from './ItemGroup';

type ConnectorItemProps = {
  item: ItemView;
  /** The items at either end, as currently displayed (a dragged end is already offset). */
  start: ItemView | undefined;
  end: ItemView | undefined;
};

/** A connector as an arrow between the edges of its two items, in board coordinates. */
export function ConnectorItem({ item, start, end }: ConnectorItemProps) {
  if (!start || !end) return null;
  const startBox = boardBoxOf(start);
  const endBox = boardBoxOf(end);
  const from = connectorEndPoint(startBox, connectorEnd(item, 'start'), { x: endBox.cx, y: endBox.cy }, isRound(start));
  const to = connectorEndPoint(endBox, connectorEnd(item, 'end'), from, isRound(end));
  const route = routeOf(stringProp(item, 'shape'), from, to);
  const stroke = hexOr(styleString(item, 'strokeColor'), '#1a1a1a');
  const strokeWidth = styleNumber(item, 'strokeWidth') ?? 2;
  const startCap = styleString(item, 'startStrokeCap') ?? 'none';
  const endCap = styleString(item, 'endStrokeCap') ?? 'stealth';
  return (
    <g class="board-item board-connector" data-item-id={item.id} data-item-type={item.type}>
      <path
        d={route.path}
        fill="none"
        stroke={stroke}
        stroke-width={strokeWidth}
        stroke-dasharray={dashesOf(styleString(item, 'strokeStyle'), strokeWidth)}
      />
      {endCap !== 'none' ? <Arrowhead tip={to} from={route.beforeEnd} size={strokeWidth * 6 + 6} fill={stroke} /> : null}
      {startCap !== 'none' ? <Arrowhead tip={from} from={route.afterStart} size={strokeWidth * 6 + 6} fill={stroke} /> : null}
      {connectorCaptions(item).map((caption, index) => {
        const at = pointAlong(from, to, caption.position > 1 ? caption.position / 100 : caption.position);
        return (
          <text key={index} class="board-text connector-caption" x={round(at.x)} y={round(at.y)} text-anchor="middle" font-size={12}>
            {plainTextFromHtml(caption.content)}
          </text>
        );
      })}
    </g>
  );
}

function isRound(item: ItemView): boolean {
  const shape = stringProp(item, 'shape');
  return (item.type === 'shape' && (shape === 'circle' || shape === 'ellipse')) || item.type === 'stamp';
}

type Route = { path: string; afterStart: Point; beforeEnd: Point };

function routeOf(shape: string | undefined, from: Point, to: Point): Route {
  const f = { x: round(from.x), y: round(from.y) };
  const t = { x: round(to.x), y: round(to.y) };
  if (shape === 'elbowed') {
    const midX = round((f.x + t.x) / 2);
    return {
      path: `M${f.x} ${f.y} L${midX} ${f.y} L${midX} ${t.y} L${t.x} ${t.y}`,
      afterStart: { x: midX, y: f.y },
      beforeEnd: { x: midX, y: t.y },
    };
  }
  if (shape === 'curved') {
    const control = { x: round((f.x + t.x) / 2 + (t.y - f.y) * 0.2), y: round((f.y + t.y) / 2 - (t.x - f.x) * 0.2) };
    return { path: `M${f.x} ${f.y} Q${control.x} ${control.y} ${t.x} ${t.y}`, afterStart: control, beforeEnd: control };
  }
  return { path: `M${f.x} ${f.y} L${t.x} ${t.y}`, afterStart: t, beforeEnd: f };
}

function Arrowhead({ tip, from, size, fill }: { tip: Point; from: Point; size: number; fill: string }) {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const spread = Math.PI / 7;
  const left = { x: tip.x - size * Math.cos(angle - spread), y: tip.y - size * Math.sin(angle - spread) };
  const right = { x: tip.x - size * Math.cos(angle + spread), y: tip.y - size * Math.sin(angle + spread) };
  const points = [tip, left, right].map((point) => `${round(point.x)},${round(point.y)}`).join(' ');
  return <polygon class="connector-arrowhead" points={points} fill={fill} />;
}

function pointAlong(from: Point, to: Point, fraction: number): Point {
  return { x: from.x + (to.x - from.x) * fraction, y: from.y + (to.y - from.y) * fraction };
}

function dashesOf(strokeStyle: string | undefined, width: number): string | undefined {
  if (strokeStyle === 'dashed') return `${width * 4} ${width * 3}`;
  if (strokeStyle === 'dotted') return `${width} ${width * 2}`;
  return undefined;
}
