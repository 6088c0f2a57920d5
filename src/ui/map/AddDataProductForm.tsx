import { useEffect, useRef } from 'preact/hooks';
import { ActionMessage } from '../ActionMessage';
import { FieldError } from '../FieldError';
import { addDataProductErrorMessage, type DataProductField } from './dataProductForm';
import { ItemName } from './ItemName';
import type { AddDataProductHandle } from './useAddDataProduct';

type AddDataProductFormProps = {
  form: AddDataProductHandle;
  onZoom: (itemId: string, name: string) => void;
  /** True while something else rewrites the board (a build). */
  disabled?: boolean;
  /** Id of the text saying why the form is disabled (a board that is not built yet). */
  describedBy?: string | null;
};

type FieldSpec = { field: DataProductField; label: string; placeholder: string };

const FIELDS: Record<DataProductField, FieldSpec> = {
  name: { field: 'name', label: 'Name', placeholder: 'e.g. Customer 360' },
  job: { field: 'job', label: 'Job to be done', placeholder: 'e.g. One view of each customer' },
  sources: { field: 'sources', label: 'Sources', placeholder: 'e.g. CRM, Orders' },
  consumers: { field: 'consumers', label: 'Consumers', placeholder: 'e.g. Churn forecast' },
  owner: { field: 'owner', label: 'Owner domain', placeholder: 'e.g. Sales' },
};

const fieldId = (field: DataProductField) => `data-product-${field}`;

/** Add data product: a card in free space in the data products area. Only the name is required. */
export function AddDataProductForm({ form, onZoom, disabled = false, describedBy = null }: AddDataProductFormProps) {
  const nameInput = useRef<HTMLInputElement>(null);
  const locked = disabled || form.isRunning;
  // After a card is added the fields are empty and enabled again: ready for the next data product.
  useEffect(() => {
    if (form.added) nameInput.current?.focus();
  }, [form.added]);

  const input = ({ field, label, placeholder }: FieldSpec, className = '') => {
    const error = form.fieldErrors[field] ?? null;
    return (
      <div class={`form-group form-group-small map-form-field ${className} ${error ? 'error' : ''}`}>
        <label for={fieldId(field)}>{label}</label>
        <input
          id={fieldId(field)}
          ref={field === 'name' ? nameInput : undefined}
          class="input input-small"
          type="text"
          placeholder={placeholder}
          value={form.values[field]}
          disabled={locked}
          aria-required={field === 'name' ? true : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId(field)}-error` : undefined}
          onInput={(event) => form.setField(field, event.currentTarget.value)}
        />
        <FieldError id={`${fieldId(field)}-error`} message={error} />
      </div>
    );
  };

  return (
    <form
      class="map-form"
      aria-label="Add data product"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      {input(FIELDS.name)}
      {input(FIELDS.job)}
      <div class="map-form-pair">
        {input(FIELDS.sources)}
        {input(FIELDS.consumers)}
      </div>
      {input(FIELDS.owner)}
      <div class="action-row">
        <button
          type="submit"
          aria-describedby={describedBy ?? undefined}
          class={`button button-secondary button-small ${form.isRunning ? 'button-loading' : ''}`}
          disabled={locked}
          aria-busy={form.isRunning}
        >
          Add data product
        </button>
      </div>
      {form.added ? (
        <div class="action-result action-result-success" role="status">
          <p class="p-small">
            Added <ItemName itemId={form.added.itemId} name={form.added.name} onZoom={onZoom} />
          </p>
        </div>
      ) : null}
      {form.error ? <ActionMessage tone="error" message={addDataProductErrorMessage(form.error)} /> : null}
    </form>
  );
}
