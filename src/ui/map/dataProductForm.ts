import { DataProductInputSchema, type DataProductInput } from '../../core/map/dataProductCard';
import { errorMessageFor, isNamed } from '../errorMessage';

/** The Add data product form's raw field values, as typed. */
export type DataProductFormValues = { name: string; job: string; sources: string; consumers: string; owner: string };

export type DataProductField = keyof DataProductFormValues;

export const emptyDataProductForm: DataProductFormValues = { name: '', job: '', sources: '', consumers: '', owner: '' };

export type DataProductFormValidation =
  | { ok: true; input: DataProductInput; name: string }
  | { ok: false; errors: Partial<Record<DataProductField, string>> };

type Issue = { path: ReadonlyArray<PropertyKey>; message: string };

/**
 * Validation is the action's own schema (`DataProductInputSchema`), so the form rejects exactly
 * what *Add data product* would, before any board call. Empty optional fields are left out.
 */
export function validateDataProductForm(values: DataProductFormValues): DataProductFormValidation {
  const optional = (text: string) => (text.trim() === '' ? undefined : text);
  const input: DataProductInput = {
    name: values.name,
    job: optional(values.job),
    sources: optional(values.sources),
    consumers: optional(values.consumers),
    owner: optional(values.owner),
  };
  const parsed = DataProductInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, input, name: parsed.data.name };
  return { ok: false, errors: fieldErrorsOf(parsed.error.issues) };
}

function fieldErrorsOf(issues: readonly Issue[]): Partial<Record<DataProductField, string>> {
  const errors: Partial<Record<DataProductField, string>> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'name') as DataProductField;
    const key = field in emptyDataProductForm ? field : 'name';
    errors[key] ??= issue.message;
  }
  return errors;
}

/** What the facilitator reads when adding failed: the area's own instructions, or the schema's message. */
export function addDataProductErrorMessage(error: unknown): string {
  if (isNamed(error, 'DataProductsAreaFullError') || isNamed(error, 'NoDataProductsAreaError')) return (error as Error).message;
  if (isNamed(error, 'ZodError')) {
    const issues = (error as { issues?: Issue[] }).issues;
    const first = issues?.[0]?.message;
    if (first) return first;
  }
  return errorMessageFor('Add data product', error);
}
