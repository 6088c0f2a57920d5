import type { BoardTarget } from '../boardTarget';
import { useState } from 'preact/hooks';
import type { PanelActions } from '../panelActions';
import { useAction } from '../useAction';
import {
  emptyDataProductForm,
  validateDataProductForm,
  type DataProductField,
  type DataProductFormValues,
} from './dataProductForm';

export type AddedDataProduct = { itemId: string; name: string };

export type AddDataProductHandle = {
  values: DataProductFormValues;
  setField: (field: DataProductField, value: string) => void;
  /** Validation messages from the last submit, cleared field by field as the facilitator edits. */
  fieldErrors: Partial<Record<DataProductField, string>>;
  submit: () => void;
  isRunning: boolean;
  /** The last card added, until the next submit. */
  added: AddedDataProduct | null;
  /** Why the last add failed on the board side (validation errors are in `fieldErrors`). */
  error: unknown;
};

/** The Add data product form: validates with the action's schema, adds one card at a time, clears on success. */
export function useAddDataProduct(miro: BoardTarget, run: PanelActions['addDataProduct']): AddDataProductHandle {
  const [values, setValues] = useState(emptyDataProductForm);
  const [fieldErrors, setFieldErrors] = useState<AddDataProductHandle['fieldErrors']>({});
  const action = useAction(async (input: Parameters<PanelActions['addDataProduct']>[1], name: string): Promise<AddedDataProduct> => {
    const itemId = await run(miro, input);
    // Cleared here, not in the component: the fields are disabled while the card is added.
    setValues(emptyDataProductForm);
    return { itemId, name };
  });

  const setField = (field: DataProductField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  };

  const submit = () => {
    if (action.isRunning) return;
    const validation = validateDataProductForm(values);
    if (!validation.ok) {
      setFieldErrors(validation.errors);
      return;
    }
    setFieldErrors({});
    void action.start(validation.input, validation.name);
  };

  const { state } = action;
  return {
    values,
    setField,
    fieldErrors,
    submit,
    isRunning: action.isRunning,
    // A rejected submit hides the previous success, so only the messages about this attempt show.
    added: state.status === 'done' && Object.values(fieldErrors).every((message) => !message) ? state.result : null,
    error: state.status === 'failed' ? state.error : null,
  };
}
