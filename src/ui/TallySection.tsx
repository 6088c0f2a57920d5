import type { BoardTarget } from './boardTarget';
import { useState } from 'preact/hooks';
import { tallyCsv } from '../core/tally/tallyCsv';
import { ActionMessage } from './ActionMessage';
import { downloadText, type DownloadText } from './downloadText';
import { errorMessageFor, isNamed } from './errorMessage';
import { TallyReportView } from './TallyReportView';
import { TallyToggles } from './TallyToggles';
import { useLiveRecount } from './useLiveRecount';
import { useTally, type RunTally } from './useTally';
import { useVotingAvailable } from './useVotingAvailable';
import { useZoomToItem } from './useZoomToItem';

export const TALLY_CSV_FILENAME = 'accelerate-tally.csv';

type TallySectionProps = {
  miro: BoardTarget;
  run: RunTally;
  /** True while something else rewrites the board (a build): live recounts wait for it. */
  paused?: boolean;
  download?: DownloadText;
  /** Id of the text saying why Tally is unavailable (no built board yet); null when it is available. */
  blockedBy?: string | null;
};

/**
 * Tally: the button, the live and votes options, the charts and CSV export. Live is on by default and
 * starts with the first click on Tally (so changes made while that tally runs are counted by the next
 * one): the panel never writes tally charts to the board before the facilitator has asked for them.
 */
export function TallySection({ miro, run, paused = false, download = downloadText, blockedBy = null }: TallySectionProps) {
  const [live, setLive] = useState(true);
  const [includeVotes, setIncludeVotes] = useState(false);
  const votingAvailable = useVotingAvailable(miro);
  const tally = useTally(miro, run, { includeVotes: votingAvailable && includeVotes });
  const zoom = useZoomToItem(miro, 'Tally again to update the chart.');
  const { report } = tally;
  useLiveRecount(miro, live && tally.started && !paused, tally.request);

  return (
    <section class="action-section tally-section" aria-label="Tally">
      <div class="action-row tally-actions">
        <button
          type="button"
          class={`button button-secondary button-small ${tally.isRunning && !report ? 'button-loading' : ''}`}
          disabled={tally.isRunning || blockedBy !== null}
          aria-busy={tally.isRunning}
          aria-describedby={blockedBy ?? undefined}
          onClick={tally.request}
        >
          Tally
        </button>
        <button
          type="button"
          class="button button-tertiary button-small"
          disabled={!report}
          onClick={() => report && download(TALLY_CSV_FILENAME, tallyCsv(report))}
        >
          Export CSV
        </button>
      </div>
      <p class="p-small action-description">Count the dots on the key metrics.</p>
      <TallyToggles
        live={live}
        onLiveChange={setLive}
        votingAvailable={votingAvailable}
        includeVotes={includeVotes}
        onIncludeVotesChange={setIncludeVotes}
      />
      {tally.waitingForEdit ? <ActionMessage tone="info" message="Someone is editing an item on the key metrics frame; the tally waits for them to finish (up to 30 s)." /> : null}
      {tally.error ? <TallyFailure error={tally.error} /> : null}
      {zoom.message ? <ActionMessage tone="info" message={zoom.message} /> : null}
      {report ? (
        <>
          <p class="p-small tally-status" role="status">
            {tally.isRunning ? 'Counting…' : `Counted at ${tally.updatedAt?.toLocaleTimeString() ?? ''}`}
            {live && !paused ? ' · live' : ''}
            {report.votesIncluded ? ' · Miro votes included' : ''}
          </p>
          <TallyReportView report={report} onZoom={zoom.zoom} />
        </>
      ) : null}
    </section>
  );
}

/** A board that was never built is a step to take, not a failure. */
function TallyFailure({ error }: { error: unknown }) {
  if (isNamed(error, 'NoKeyMetricsBoardError')) return <ActionMessage tone="info" message={(error as Error).message} />;
  return <ActionMessage tone="error" message={errorMessageFor('Tally', error)} />;
}
