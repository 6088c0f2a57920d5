import type { BuildProgress } from '../index';

type BuildProgressBarProps = {
  /** Null until the build reports its first progress. */
  progress: BuildProgress | null;
  onCancel: () => void;
  cancelling: boolean;
};

export function BuildProgressBar({ progress, onCancel, cancelling }: BuildProgressBarProps) {
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const counts = progress ? `${done} / ${total} items` : 'Starting…';
  const status = cancelling
    ? 'Cancelling…'
    : progress?.waitingForAnotherBuild
      ? 'another panel is building this board; waiting to complete it…'
      : progress?.waitingForEdit
        ? 'someone is editing an item on the board; waiting for them to finish…'
        : progress?.waitingForCredits
          ? 'waiting for Miro credits…'
          : null;

  return (
    <div class="build-progress">
      <div
        class="build-progress-track"
        role="progressbar"
        aria-label="Build progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={progress ? `${done} of ${total} items` : 'starting'}
      >
        <div class="build-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div class="build-progress-row">
        <span class="p-small" aria-live="polite">
          {counts}
          {status ? <span class="build-progress-status"> — {status}</span> : null}
        </span>
        <button type="button" class="button button-secondary button-small" onClick={onCancel} disabled={cancelling}>
          Cancel
        </button>
      </div>
    </div>
  );
}
