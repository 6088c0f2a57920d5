import { ActionMessage } from './ActionMessage';
import { BuildProgressBar } from './BuildProgressBar';
import { BuildResult } from './BuildResult';
import { errorMessageFor, isAbortError } from './errorMessage';
import type { BuildHandle } from './useBuild';

export const BUILD_LABEL = 'Build Accelerate board';

type BuildSectionProps = {
  build: BuildHandle;
  /** Called on click; the panel validates the form and starts the build only if it is valid. */
  onBuild: () => void;
};

export function BuildSection({ build, onBuild }: BuildSectionProps) {
  const { state } = build;
  return (
    <section class="action-section build-section" aria-label="Build">
      <button
        type="button"
        class="button button-primary button-small build-button"
        disabled={build.isRunning}
        aria-busy={build.isRunning}
        onClick={onBuild}
      >
        {BUILD_LABEL}
      </button>
      {build.isRunning ? (
        <BuildProgressBar progress={build.progress} onCancel={build.cancel} cancelling={build.cancelled} />
      ) : null}
      {state.status === 'done' ? <BuildResult report={state.result} cancelled={build.cancelled} /> : null}
      {state.status === 'failed' ? <BuildFailure error={state.error} cancelled={build.cancelled} /> : null}
    </section>
  );
}

function BuildFailure({ error, cancelled }: { error: unknown; cancelled: boolean }) {
  if (cancelled || isAbortError(error)) {
    return <ActionMessage tone="info" message="Build cancelled. Run Build again to complete the board; nothing is duplicated." />;
  }
  return <ActionMessage tone="error" message={errorMessageFor('Build', error)} />;
}
