import type { BoardTarget } from './boardTarget';
import { useMemo, useState } from 'preact/hooks';
import { BuildSection } from './BuildSection';
import { ConfigForm } from './ConfigForm';
import type { DownloadText } from './downloadText';
import { defaultConfigFormValues, validateConfigForm, type ConfigFormValues } from './configForm';
import { DataProductsSection } from './map/DataProductsSection';
import { panelActionsFrom, type PanelActions } from './panelActions';
import { boardReadinessFrom } from './boardReadiness';
import { ReviewSection } from './review/ReviewSection';
import { TallySection } from './TallySection';
import { useBuild } from './useBuild';
import { useStoredBoardStatus } from './useStoredBoardStatus';

const NEEDS_BOARD_ID = 'panel-needs-built-board';

export type PanelProps = {
  /** `window.miro` in Miro, `createEmulatedMiro().miro` in the sandbox and tests. */
  miro: BoardTarget;
  /** Replaces some of the public-API actions (tests pass fakes); the rest are the real ones. */
  actions?: Partial<PanelActions>;
  initialValues?: ConfigFormValues;
  /** Saves an export (the tally CSV); defaults to a browser download. Tests pass a recorder. */
  download?: DownloadText;
};

export function Panel({ miro, actions, initialValues = defaultConfigFormValues, download }: PanelProps) {
  const run = useMemo(() => panelActionsFrom(actions), [actions]);
  const [values, setValues] = useState(initialValues);
  const validation = useMemo(() => validateConfigForm(values), [values]);
  const build = useBuild(miro, run.buildAccelerateBoard);
  const readiness = boardReadinessFrom(useStoredBoardStatus(miro, run.readBoardStatus, build.state.status), build.state.status);
  const blockedBy = readiness.ready ? null : NEEDS_BOARD_ID;

  const startBuild = () => {
    if (validation.ok) void build.start(validation.config);
  };

  return (
    <main class="panel" aria-label="Accelerate Board">
      <header class="panel-header">
        <h1 class="h3 panel-title">Accelerate Board</h1>
        <p class="p-small panel-subtitle">Data Mesh Accelerate workshop, laid out on this board.</p>
      </header>

      {readiness.hint ? (
        <p class="p-small panel-hint" role="note">
          {readiness.hint}
        </p>
      ) : null}
      <ConfigForm
        values={values}
        onChange={setValues}
        error={validation.ok ? null : validation.error}
        disabled={build.isRunning}
      />
      <BuildSection build={build} onBuild={startBuild} />

      <hr class="hr" />
      <h2 class="h4 panel-section-title">During the workshop</h2>
      {readiness.reason ? (
        <p id={NEEDS_BOARD_ID} class="p-small panel-needs-board">
          {readiness.reason}
        </p>
      ) : null}
      <TallySection miro={miro} run={run.tallyKeyMetrics} paused={build.isRunning} download={download} blockedBy={blockedBy} />
      <DataProductsSection
        miro={miro}
        addDataProduct={run.addDataProduct}
        drawInteractionMap={run.drawInteractionMap}
        paused={build.isRunning}
        blockedBy={blockedBy}
      />
      <ReviewSection miro={miro} run={run.generateReview} download={download} disabled={build.isRunning} blockedBy={blockedBy} />
    </main>
  );
}
