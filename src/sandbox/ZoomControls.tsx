type ZoomControlsProps = {
  scale: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
};

export function ZoomControls({ scale, onZoomIn, onZoomOut, onFit }: ZoomControlsProps) {
  return (
    <div class="sandbox-zoom" role="group" aria-label="Zoom">
      <button type="button" class="sandbox-zoom-button" aria-label="Zoom out" onClick={onZoomOut}>
        −
      </button>
      <span class="sandbox-zoom-level" aria-live="polite">
        {formatScale(scale)}
      </span>
      <button type="button" class="sandbox-zoom-button" aria-label="Zoom in" onClick={onZoomIn}>
        +
      </button>
      <button type="button" class="sandbox-zoom-button sandbox-zoom-fit" aria-label="Fit board" onClick={onFit}>
        Fit
      </button>
    </div>
  );
}

function formatScale(scale: number): string {
  const percent = scale * 100;
  return `${percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}
