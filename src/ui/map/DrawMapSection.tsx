import type { BoardTarget } from '../boardTarget';
import { useState } from 'preact/hooks';
import type { InteractionMapReport } from '../../actions/drawInteractionMap';
import { ActionMessage } from '../ActionMessage';
import { errorMessageFor, isNamed } from '../errorMessage';
import type { PanelActions } from '../panelActions';
import { useAction } from '../useAction';
import { InteractionMapView } from './InteractionMapView';
import { useZoomToItem } from '../useZoomToItem';

export const DRAW_MAP_LABEL = 'Draw interaction map';

type DrawMapSectionProps = {
  miro: BoardTarget;
  run: PanelActions['drawInteractionMap'];
  /** True while something else rewrites the board (a build). */
  disabled?: boolean;
  /** Id of the text saying why the button is disabled (a board that is not built yet). */
  describedBy?: string | null;
};

/** Draw interaction map: the button, the arrange option, and the last map's report (kept while redrawing). */
export function DrawMapSection({ miro, run, disabled = false, describedBy = null }: DrawMapSectionProps) {
  const [arrange, setArrange] = useState(true);
  const [drawn, setDrawn] = useState<{ report: InteractionMapReport; at: Date } | null>(null);
  const action = useAction(async (options: { arrange: boolean }) => {
    const report = await run(miro, options);
    setDrawn({ report, at: new Date() });
  });
  const zoom = useZoomToItem(miro, 'Draw the map again to update the lists.');
  const { state } = action;

  return (
    <div class="map-draw" role="group" aria-label="Interaction map">
      <div class="action-row map-draw-row">
        <button
          type="button"
          class={`button button-secondary button-small ${action.isRunning ? 'button-loading' : ''}`}
          disabled={disabled || action.isRunning}
          aria-describedby={describedBy ?? undefined}
          aria-busy={action.isRunning}
          onClick={() => void action.start({ arrange })}
        >
          {DRAW_MAP_LABEL}
        </button>
        <label class="checkbox">
          <input type="checkbox" checked={arrange} onChange={(event) => setArrange(event.currentTarget.checked)} />
          <span>Arrange a copy in the map area</span>
        </label>
      </div>
      <p class="p-small action-description">Connect the data products by their sources and consumers, and list the names to fix.</p>
      {state.status === 'failed' ? <DrawMapFailure error={state.error} /> : null}
      {zoom.message ? <ActionMessage tone="info" message={zoom.message} /> : null}
      {drawn ? (
        <>
          <p class="p-small map-status" role="status">
            {action.isRunning ? 'Drawing…' : `Drawn at ${drawn.at.toLocaleTimeString()}`}
          </p>
          <InteractionMapView report={drawn.report} onZoom={zoom.zoom} />
        </>
      ) : null}
    </div>
  );
}

/** A board that was never built is a step to take, not a failure. */
function DrawMapFailure({ error }: { error: unknown }) {
  if (isNamed(error, 'NoDataProductsFrameError')) return <ActionMessage tone="info" message={(error as Error).message} />;
  return <ActionMessage tone="error" message={errorMessageFor(DRAW_MAP_LABEL, error)} />;
}
