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
  date: 'config-date',
  startTime: 'config-start-time',
  headcount: 'config-headcount',
  objectives: 'config-objectives',
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
  /** A labelled input for one text-valued field, with its plain-sentence error. */
  const field = (
    name: 'date' | 'startTime' | 'headcount' | 'objectives',
    label: string,
    input: { type: 'text' | 'number'; placeholder?: string; min?: number; max?: number; inputMode?: 'numeric' },
  ) => (
    <div class={`form-group form-group-small ${errorFor(name) ? 'error' : ''}`}>
      <label for={FIELD_IDS[name]}>{label}</label>
      <input
        id={FIELD_IDS[name]}
        class="input input-small"
        type={input.type}
        placeholder={input.placeholder}
        min={input.min}
        max={input.max}
        step={input.type === 'number' ? 1 : undefined}
        inputMode={input.inputMode ?? (input.type === 'number' ? 'numeric' : undefined)}
        value={values[name]}
        disabled={disabled}
        aria-invalid={errorFor(name) ? true : undefined}
        aria-describedby={errorFor(name) ? errorId(name) : undefined}
        onInput={(event) => update({ [name]: event.currentTarget.value })}
      />
      <FieldError id={errorId(name)} message={errorFor(name)} />
    </div>
  );

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

      <div class="config-row">
        {field('date', 'Date (on the cover)', { type: 'text', placeholder: 'e.g. 12–15 May 2026' })}
        {field('startTime', 'Start time', { type: 'text', placeholder: 'e.g. 13:30', inputMode: 'numeric' })}
      </div>
      <div class="config-row">
        {field('headcount', 'People (1–30)', { type: 'number', min: 1, max: 30 })}
        {field('objectives', 'Objectives (1–5)', { type: 'number', min: 1, max: 5 })}
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
