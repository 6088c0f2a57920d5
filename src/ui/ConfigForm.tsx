import type { InvalidConfigError } from '../index';
import type { ConfigFormValues } from './configForm';
import { FieldError } from './FieldError';

type ConfigFormProps = {
  values: ConfigFormValues;
  onChange: (values: ConfigFormValues) => void;
  /** The current validation error, shown next to the field it names. */
  error: InvalidConfigError | null;
  disabled?: boolean;
};

const FIELD_IDS = {
  workshopName: 'config-workshop-name',
  format: 'config-format',
  groups: 'config-groups',
  omit: 'config-omit',
} as const;

type FormField = keyof typeof FIELD_IDS;

function formFieldOf(errorField: string): FormField | null {
  const head = errorField.split('.')[0] ?? '';
  return head in FIELD_IDS ? (head as FormField) : null;
}

export function ConfigForm({ values, onChange, error, disabled = false }: ConfigFormProps) {
  const errorField = error ? formFieldOf(error.field) : null;
  const errorFor = (field: FormField) => (error && errorField === field ? error.sentence : null);
  const errorId = (field: FormField) => `${FIELD_IDS[field]}-error`;
  const update = (patch: Partial<ConfigFormValues>) => onChange({ ...values, ...patch });

  return (
    <form class="config-form" aria-label="Workshop configuration" onSubmit={(event) => event.preventDefault()}>
      <div class={`form-group form-group-small ${errorFor('workshopName') ? 'error' : ''}`}>
        <label for={FIELD_IDS.workshopName}>Workshop name</label>
        <input
          id={FIELD_IDS.workshopName}
          class="input input-small"
          type="text"
          placeholder="e.g. Retail data mesh"
          value={values.workshopName}
          disabled={disabled}
          aria-invalid={errorFor('workshopName') ? true : undefined}
          aria-describedby={errorFor('workshopName') ? errorId('workshopName') : undefined}
          onInput={(event) => update({ workshopName: event.currentTarget.value })}
        />
        <FieldError id={errorId('workshopName')} message={errorFor('workshopName')} />
      </div>

      <div class={`form-group form-group-small ${errorFor('format') ? 'error' : ''}`}>
        <label for={FIELD_IDS.format}>Format</label>
        <select
          id={FIELD_IDS.format}
          class="select select-small"
          value={values.format}
          disabled={disabled}
          onChange={(event) => update({ format: event.currentTarget.value as ConfigFormValues['format'] })}
        >
          <option value="remote">Remote — four afternoons</option>
          <option value="inPerson">In person — two days</option>
        </select>
        <FieldError id={errorId('format')} message={errorFor('format')} />
      </div>

      <div class={`form-group form-group-small ${errorFor('groups') ? 'error' : ''}`}>
        <label for={FIELD_IDS.groups}>Breakout groups (1–8)</label>
        <input
          id={FIELD_IDS.groups}
          class="input input-small"
          type="number"
          min={1}
          max={8}
          step={1}
          inputMode="numeric"
          value={values.groups}
          disabled={disabled}
          aria-invalid={errorFor('groups') ? true : undefined}
          aria-describedby={errorFor('groups') ? errorId('groups') : undefined}
          onInput={(event) => update({ groups: event.currentTarget.value })}
        />
        <FieldError id={errorId('groups')} message={errorFor('groups')} />
      </div>

      <fieldset class={`form-group form-group-small config-optional ${errorFor('omit') ? 'error' : ''}`} disabled={disabled}>
        <legend>Optional activities</legend>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={values.includeFuturespective}
            onChange={(event) => update({ includeFuturespective: event.currentTarget.checked })}
          />
          <span>Include futurespective</span>
        </label>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={values.includeCheckout}
            onChange={(event) => update({ includeCheckout: event.currentTarget.checked })}
          />
          <span>Include check-out</span>
        </label>
        <FieldError id={errorId('omit')} message={errorFor('omit')} />
      </fieldset>

      {error && errorField === null ? (
        <div class="form-group error">
          <FieldError id="config-error" message={error.sentence} />
        </div>
      ) : null}
    </form>
  );
}
