import type { BoardTarget } from '../boardTarget';
import type { ReviewReport } from '../../actions/generateReview';
import { ActionMessage } from '../ActionMessage';
import { downloadText, type DownloadText } from '../downloadText';
import { errorMessageFor, isNamed } from '../errorMessage';
import { useAction } from '../useAction';
import { ReviewReportView } from './ReviewReportView';

export type RunReview = (miro: BoardTarget) => Promise<ReviewReport>;

type ReviewSectionProps = {
  miro: BoardTarget;
  /** `generateReview` in the panel; tests pass fakes. */
  run: RunReview;
  /** Saves an export; defaults to a browser download (Blob + object URL). */
  download?: DownloadText;
  /** True while something else rewrites the board (a build). */
  disabled?: boolean;
  /** Id of the text saying why the button is unavailable (no built board yet); null when it is available. */
  blockedBy?: string | null;
};

/** Generate review: the button, then what it wrote, the lints and the exports of the last run. */
export function ReviewSection({ miro, run, download = downloadText, disabled = false, blockedBy = null }: ReviewSectionProps) {
  const action = useAction(run);
  const { state } = action;
  return (
    <section class="action-section review-section" aria-label="Generate review">
      <div class="action-row">
        <button
          type="button"
          class={`button button-secondary button-small ${action.isRunning ? 'button-loading' : ''}`}
          disabled={action.isRunning || disabled || blockedBy !== null}
          aria-describedby={blockedBy ?? undefined}
          aria-busy={action.isRunning}
          onClick={() => void action.start(miro)}
        >
          Generate review
        </button>
      </div>
      <p class="p-small action-description">Summarise the board into the review frame, with lints and exports.</p>
      {state.status === 'done' ? <ReviewReportView report={state.result} download={download} /> : null}
      {state.status === 'failed' ? <ReviewFailure error={state.error} /> : null}
    </section>
  );
}

/** A missing review frame is a step to take (build the board), not a failure. */
function ReviewFailure({ error }: { error: unknown }) {
  if (isNamed(error, 'NoReviewFrameError')) return <ActionMessage tone="info" message={(error as Error).message} />;
  return <ActionMessage tone="error" message={errorMessageFor('Generate review', error)} />;
}
