import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EmulatedMiro, ItemView } from '../index';
import { Panel } from '../ui/Panel';
import type { PanelActions } from '../ui/panelActions';
import { BoardStatus } from './BoardStatus';
import { BoardView } from './BoardView';
import { applyDropPlan, dropPlanFor } from './dropPlan';
import { miroFollowingZoom } from './followViewport';
import { addDotAt, addStampAt, addStickyNoteAt } from './rehearsal';
import { Toolbar } from './Toolbar';
import { useBoardItems } from './useBoardItems';
import { useCamera } from './useCamera';
import { boardPointFrom, type Point } from './viewport';
import { ZoomControls } from './ZoomControls';

type SandboxAppProps = {
  emulated: EmulatedMiro;
  /** Passed through to the panel, as in Miro. */
  actions?: Partial<PanelActions>;
};

/** An emulated Miro board with the real panel beside it: rehearse the workshop without a Miro account. */
export function SandboxApp({ emulated, actions }: SandboxAppProps) {
  const items = useBoardItems(emulated);
  const camera = useCamera(items);
  const [notice, setNotice] = useState<string | null>(null);
  const [addCount, setAddCount] = useState(0);
  const showItems = useRef(camera.showItems);
  showItems.current = camera.showItems;
  // The panel's "zoom to bucket" moves this page's camera, as it would move the view in Miro.
  const panelMiro = useMemo(() => miroFollowingZoom(emulated.miro, (ids) => showItems.current(ids)), [emulated]);
  // For scripting from the console (and the browser test's per-frame screenshots): show these items.
  useEffect(() => {
    const scripted = window as Window & { sandboxShowItems?: (ids: readonly string[]) => void };
    scripted.sandboxShowItems = (ids) => showItems.current(ids);
    return () => {
      delete scripted.sandboxShowItems;
    };
  }, []);

  /** Where the next added item goes: the view's centre, nudged so repeated adds do not stack. */
  const nextAddPoint = (): Point => {
    setAddCount((count) => count + 1);
    const centre = boardPointFrom({ x: camera.size.width / 2, y: camera.size.height / 2 }, camera.viewport);
    const nudge = ((addCount % 5) - 2) * 40;
    return { x: centre.x + nudge, y: centre.y + nudge };
  };

  const attempt = (what: string, change: () => void): boolean => {
    try {
      change();
      setNotice(null);
      return true;
    } catch (error) {
      setNotice(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };

  const drop = (item: ItemView, delta: Point, dropPoint: Point) =>
    attempt('Move', () => applyDropPlan(emulated.participant, dropPlanFor(items, item, delta, dropPoint)));

  return (
    <div class="sandbox">
      <div class="sandbox-board">
        <BoardView
          items={items}
          viewport={camera.viewport}
          size={camera.size}
          onResize={camera.resize}
          onViewportChange={camera.moveByHand}
          onDrop={drop}
        />
        <div class="sandbox-top">
          <div class="sandbox-board-name">
            <strong>Accelerate Board</strong> <span>sandbox · emulated Miro</span>
          </div>
          <Toolbar
            onAddStickyNote={(text) =>
              attempt('Add sticky note', () => addStickyNoteAt(emulated.participant, items, text, nextAddPoint()))
            }
            onAddDot={() => attempt('Add dot', () => addDotAt(emulated.participant, items, nextAddPoint()))}
            onAddStamp={() => attempt('Add stamp', () => addStampAt(emulated.participant, items, nextAddPoint()))}
          />
        </div>
        <BoardStatus itemCount={items.length} stats={emulated.stats()} notice={notice} />
        <ZoomControls
          scale={camera.viewport.scale}
          onZoomIn={camera.zoomIn}
          onZoomOut={camera.zoomOut}
          onFit={camera.fit}
        />
      </div>
      <aside class="sandbox-panel" aria-label="App panel">
        <Panel miro={panelMiro} actions={actions} />
      </aside>
    </div>
  );
}
