import type { Miro } from '@mirohq/websdk-types';
import { ActionMessage } from './ActionMessage';
import { errorMessageFor } from './errorMessage';
import { ResultSummary } from './ResultSummary';
import { useAction } from './useAction';

type ActionSectionProps = {
  label: string;
  description: string;
  miro: Miro;
  run: (miro: Miro) => Promise<unknown>;
};

/** One board action that takes no options: a button, and the outcome of its last run. */
export function ActionSection({ label, description, miro, run }: ActionSectionProps) {
  const action = useAction(run);
  const { state } = action;
  return (
    <section class="action-section" aria-label={label}>
      <div class="action-row">
        <button
          type="button"
          class={`button button-secondary button-small ${action.isRunning ? 'button-loading' : ''}`}
          disabled={action.isRunning}
          aria-busy={action.isRunning}
          onClick={() => void action.start(miro)}
        >
          {label}
        </button>
      </div>
      <p class="p-small action-description">{description}</p>
      {state.status === 'done' ? <ResultSummary title={`${label}: done`} result={state.result} /> : null}
      {state.status === 'failed' ? <ActionMessage tone="error" message={errorMessageFor(label, state.error)} /> : null}
    </section>
  );
}
